import { NextResponse } from "next/server";
import type { AppError, ErrorCode, ErrorStatus } from "./errors";
import { failWith, fail, type Envelope } from "./result";

/** The JSON envelope of every route handler (the same shape as a server action's result). */
export type ApiEnvelope<T> = Envelope<T>;

export function apiOk<T>(data: T, init?: ResponseInit) {
  return NextResponse.json<ApiEnvelope<T>>({ success: true, data }, init);
}

/**
 * An error envelope. The status is the code's own (`ERROR_STATUS`): the
 * compiler refuses a status that does not belong to the code, and any code
 * outside the closed list.
 */
export function apiError<C extends ErrorCode>(status: NoInfer<ErrorStatus<C>>, code: C, message: string, init?: ResponseInit) {
  return NextResponse.json<ApiEnvelope<never>>(fail(code, message), { ...init, status });
}

/** The response for an AppError: its status, its envelope, and `Retry-After` when it has one. */
export function appErrorResponse(error: AppError, init?: ResponseInit) {
  const headers = new Headers(init?.headers);
  if (error.retryAfterSeconds) headers.set("retry-after", String(error.retryAfterSeconds));
  return NextResponse.json<ApiEnvelope<never>>(failWith(error), { ...init, status: error.status, headers });
}
