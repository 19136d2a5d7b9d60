import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { apiError, appErrorResponse } from "@/lib/apiResponse";
import { AppError, ERROR_STATUS, isErrorCode, type ErrorCode } from "@/lib/errors";
import { fail } from "@/lib/result";
import type { ExtractErrorCode } from "@/resume/extract";
import type { ProtectionDecision } from "@/services/protection";

/**
 * The error codes are a closed list with one HTTP status each (src/lib/errors.ts).
 * The `@ts-expect-error` lines are the type test: `npm run typecheck` fails if
 * any of them starts to compile (a made-up code, or a status that is not the code's).
 */
describe("error codes", () => {
  it("refuse codes outside the list, at compile time", () => {
    // @ts-expect-error not a code of the closed list
    const made = () => new AppError("SOMETHING_ELSE", "x");
    // @ts-expect-error not a code of the closed list
    const routed = () => apiError(400, "BAD_THING", "x");
    // @ts-expect-error a status that is not the code's (CONFLICT is 409)
    const wrongStatus = () => apiError(404, "CONFLICT", "x");
    // @ts-expect-error not a code of the closed list
    const failed = () => fail("OOPS", "x");
    // @ts-expect-error codes are not free strings
    const widened = () => new AppError("NOT_FOUND" as string, "x");
    expect([made, routed, wrongStatus, failed, widened]).toHaveLength(5);
    expectTypeOf<"NOT_FOUND">().toExtend<ErrorCode>();
    expectTypeOf<string>().not.toExtend<ErrorCode>();
  });

  it("cover what lower layers report: protection decisions and resume refusals", () => {
    expectTypeOf<Extract<ProtectionDecision, { allowed: false }>["code"]>().toExtend<ErrorCode>();
    expectTypeOf<ExtractErrorCode>().toExtend<ErrorCode>();
    const denied = { status: 429, code: "RATE_LIMITED" } as const satisfies Pick<Extract<ProtectionDecision, { allowed: false }>, "status" | "code">;
    expect(ERROR_STATUS[denied.code]).toBe(denied.status);
  });

  it("include the codes the request guard sends before Next.js, with the same status", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const scripts = ["scripts/requestGuard.mjs", "scripts/stalledBody.mjs"].map((file) => readFileSync(path.join(root, file), "utf8")).join("\n");
    const refusals = [...scripts.matchAll(/status: (\d{3}), code: "([A-Z_]+)"/g)].map((m) => ({ status: Number(m[1]), code: m[2]! }));
    const named = [...scripts.matchAll(/code: "([A-Z_]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const code of named) expect(isErrorCode(code), code).toBe(true);
    for (const { status, code } of refusals) expect(ERROR_STATUS[code as ErrorCode], code).toBe(status);
  });

  it("give an AppError its code's status, and Retry-After when it has one", async () => {
    const limited = new AppError("RATE_LIMITED", "Slow down.", { retryAfterSeconds: 2.2 });
    expect(limited.status).toBe(429);
    const response = appErrorResponse(limited);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toEqual({ success: false, error: { code: "RATE_LIMITED", message: "Slow down." } });
    expect(apiError(409, "CONFLICT", "Taken.").status).toBe(409);
    expect(isErrorCode("NOT_FOUND")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
  });
});
