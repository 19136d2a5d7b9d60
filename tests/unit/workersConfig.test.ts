import { describe, expect, it } from "vitest";
import { z } from "zod";
import { envSchema } from "@/config/env";

/** WORKERS (ARCHITECTURE.md, "Where jobs run"): unset or 1 runs the jobs in the web server, 0 only queues them. */
describe("WORKERS", () => {
  const workers = z.object({ WORKERS: envSchema.WORKERS });

  it("defaults to running the jobs in the web server", () => {
    expect(workers.parse({}).WORKERS).toBe(true);
    expect(workers.parse({ WORKERS: "" }).WORKERS).toBe(true);
    expect(workers.parse({ WORKERS: "1" }).WORKERS).toBe(true);
  });

  it("0 only queues them", () => {
    expect(workers.parse({ WORKERS: "0" }).WORKERS).toBe(false);
    expect(workers.parse({ WORKERS: " 0 " }).WORKERS).toBe(false);
  });

  it("refuses anything else with a readable message", () => {
    for (const value of ["2", "false", "no", "yes"]) {
      const result = workers.safeParse({ WORKERS: value });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/WORKERS must be 0 .* or 1/);
    }
  });
});
