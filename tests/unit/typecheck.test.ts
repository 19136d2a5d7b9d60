import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

describe("types", () => {
  // `next build` skips type checking (next.config.ts), so this is where a type error fails the suite.
  it("the whole project type-checks (tsc --noEmit)", () => {
    let output = "";
    try {
      execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "--pretty", "false"], { cwd: root, encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim().split("\n").filter(Boolean)).toEqual([]);
  }, 300_000);
});
