import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

describe("formatting", () => {
  it("every source file is formatted by Prettier (npm run format)", () => {
    let output = "";
    try {
      execFileSync(process.execPath, [path.join(root, "node_modules/prettier/bin/prettier.cjs"), "--list-different", "."], { cwd: root, encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim().split("\n").filter(Boolean)).toEqual([]);
  }, 120_000);
});
