import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** The layer rule (ARCHITECTURE.md) as the project's ESLint configuration enforces it. */
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports");
}

describe("layer rule", () => {
  it.each([
    ["src/lib/x.ts", 'import { getCurrentUser } from "@/features/users/currentUser";'],
    ["src/lib/x.ts", 'import { limitUser } from "@/services/protection";'],
    ["src/lib/x.ts", 'import type { User } from "@/drizzle/schema";'],
    ["src/lib/x.ts", 'import { defineRoute } from "@/server/route";'],
    ["src/services/x/y.ts", 'import { getUser } from "@/features/users/db";'],
    ["src/insights/x.ts", 'import type { LiveMetrics } from "@/features/liveInterviews/metrics";'],
    ["src/insights/x.ts", 'import type { Turn } from "@/services/hume/transcript";'],
    ["src/resume/x.ts", 'import { defineRoute } from "@/server/route";'],
    ["src/features/x/y.ts", 'import { GET } from "@/app/api/health/route";'],
    ["src/drizzle/schema/x.ts", 'import type { Feedback } from "@/features/questions/schemas";'],
    ["src/drizzle/schema/x.ts", 'import type { Turn } from "@/services/hume/transcript";'],
    ["src/drizzle/x.ts", 'import { defineRoute } from "@/server/route";'],
  ])(
    "refuses in %s: %s",
    async (file, source) => {
      expect(await restricted(file, source)).toBe(true);
    },
    60_000,
  );

  it.each([
    ["src/lib/x.ts", 'import { env } from "@/config/env";'],
    ["src/features/x/actions.ts", 'import { defineAction } from "@/server/action";'],
    ["src/server/x.ts", 'import { getCurrentUser } from "@/features/users/currentUser";'],
    ["src/services/x/y.ts", 'import type { Turn } from "@/insights/liveInterviewTypes";'],
    ["src/drizzle/schema/x.ts", 'import type { LiveFeedback } from "@/insights/liveInterviewTypes";'],
    ["src/drizzle/schema/x.ts", 'import { experienceLevels } from "@/lib/domainValues";'],
    ["src/app/api/x/route.ts", 'import { defineRoute } from "@/server/route";'],
  ])(
    "allows in %s: %s",
    async (file, source) => {
      expect(await restricted(file, source)).toBe(false);
    },
    60_000,
  );
});
