import { NextResponse } from "next/server";
import type { ErrorCode } from "./result";

/** The one JSON envelope of every route handler: `{ success, data?, error?: { code, message } }`. */
export type ApiEnvelope<T> = { success: true; data: T } | { success: false; error: { code: ErrorCode | string; message: string } };

export function apiOk<T>(data: T, init?: ResponseInit) {
  return NextResponse.json<ApiEnvelope<T>>({ success: true, data }, init);
}

export function apiError(status: number, code: ErrorCode | string, message: string, init?: ResponseInit) {
  return NextResponse.json<ApiEnvelope<never>>({ success: false, error: { code, message } }, { ...init, status });
}
