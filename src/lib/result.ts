/** Result of a server action: typed, serialisable, never a raw error. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[] | undefined> };

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "VALIDATION_FAILED"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  | "FORBIDDEN"
  | "BOT_DETECTED"
  | "INVALID_SIGNATURE"
  | "CONFLICT"
  | "INTERNAL";

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

export function fail(
  code: ErrorCode,
  message: string,
  fieldErrors?: Record<string, string[] | undefined>,
): ActionResult<never> {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export const messages = {
  NOT_FOUND: "We couldn't find that. It may have been deleted.",
  INTERNAL: "Something went wrong on our side. Please try again.",
  UNAUTHENTICATED: "Please sign in to continue.",
  VALIDATION_FAILED: "Please fix the highlighted fields.",
} as const;
