import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBoundaryAction } from "@/server/action";
import { isBoundaryRoute } from "@/server/route";

/**
 * Every request goes through the one boundary (ARCHITECTURE.md, "Request
 * flow"): each HTTP method a route.ts under src/app/api exports was built by
 * defineRoute, and each server action a "use server" module exports was built
 * by defineAction. No exceptions: /api/health and /api/webhooks/* are
 * `auth: "public"` routes of the same boundary (the webhook keeps its own
 * signature check inside).
 */
const root = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const routeFiles = filesUnder("src/app/api", (name) => name === "route.ts");
const serverActionFiles = filesUnder("src", (name) => /\.tsx?$/.test(name)).filter((file) =>
  /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8")),
);
const load = (file: string) => import(/* @vite-ignore */ path.join(root, file)) as Promise<Record<string, unknown>>;

describe("route handlers", () => {
  it("are found (the listing itself works)", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(25);
    expect(routeFiles).toContain("src/app/api/health/route.ts");
    expect(routeFiles).toContain("src/app/api/webhooks/clerk/route.ts");
  });

  it.each(routeFiles)(
    "%s: every exported method is built by defineRoute",
    async (file) => {
      const exports = await load(file);
      const handlers = Object.keys(exports).filter((name) => METHODS.includes(name));
      expect(handlers.length, "exports no HTTP method").toBeGreaterThan(0);
      for (const name of handlers) expect(isBoundaryRoute(exports[name]), `${name} is not built by defineRoute`).toBe(true);
    },
    60_000,
  );
});

describe("server actions", () => {
  it("are found in every feature that has actions", () => {
    for (const file of [
      "src/features/jobInfos/actions.ts",
      "src/features/users/actions.ts",
      "src/features/users/settingsAction.ts",
      "src/features/interviews/notesAction.ts",
    ]) {
      expect(serverActionFiles).toContain(file);
    }
  });

  it.each(serverActionFiles)(
    "%s: every exported function is built by defineAction",
    async (file) => {
      const exports = await load(file);
      const functions = Object.entries(exports).filter(([, value]) => typeof value === "function");
      expect(functions.length, "exports no action").toBeGreaterThan(0);
      for (const [name, value] of functions) expect(isBoundaryAction(value), `${name} is not built by defineAction`).toBe(true);
    },
    60_000,
  );
});
