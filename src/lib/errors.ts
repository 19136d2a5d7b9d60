/**
 * The closed list of error codes Darasa sends, each with its HTTP status.
 * Route handlers, server actions, the proxy and the request guard
 * (scripts/requestGuard.mjs, scripts/stalledBody.mjs) answer with these
 * codes only; the browser may branch on them, so a new code is added here,
 * never made up at a call site.
 */
export const ERROR_STATUS = {
  // The request itself
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_SIGNATURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BOT_DETECTED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  MISDIRECTED: 421,
  RATE_LIMITED: 429,

  // Plans and quotas
  PLAN_REQUIRED: 403,
  PLAN_LIMIT: 403,
  QUOTA_EXCEEDED: 403,

  // The state of what the request is about
  CONFLICT: 409,
  BANK_EXHAUSTED: 409,
  CHAT_IN_USE: 409,
  NO_CALL: 409,
  CHAT_NOT_VERIFIED: 422,
  LIVE_NOT_CONFIGURED: 404,

  // Recordings
  TOO_LONG: 413,
  CORRUPT_AUDIO: 422,

  // Resume files that were stored but cannot be read (src/resume/extract.ts)
  SCANNED_PDF: 422,
  EMPTY: 422,
  ENCRYPTED: 422,
  CORRUPT: 422,
  TOO_MANY_PAGES: 422,
  TOO_LARGE_EXPANDED: 422,
  TIMEOUT: 422,
  UNSUPPORTED: 422,

  // Our side or a provider's
  INTERNAL: 500,
  AI_UNAVAILABLE: 503,
  VOICE_UNAVAILABLE: 503,
  TTS_FAILED: 503,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorStatus<C extends ErrorCode = ErrorCode> = (typeof ERROR_STATUS)[C];

/** Per-field messages of a refused form or body, keyed by field name. */
export type FieldErrors = Record<string, string[] | undefined>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}

/**
 * An expected failure a feature reports instead of building an HTTP
 * response: thrown (or returned) with a code from the closed list and a
 * message fit to show the user. The request boundary (src/server/route.ts,
 * src/server/action.ts) turns it into the one envelope; any other error is
 * logged and answered with a generic INTERNAL.
 */
export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For RATE_LIMITED: sent as `Retry-After`. */
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options?: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = Math.max(1, Math.ceil(options.retryAfterSeconds));
  }

  get status(): ErrorStatus {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Messages shared by many call sites. */
export const messages = {
  NOT_FOUND: "We couldn't find that. It may have been deleted.",
  INTERNAL: "Something went wrong on our side. Please try again.",
  UNAUTHENTICATED: "Please sign in to continue.",
  VALIDATION_FAILED: "Please fix the highlighted fields.",
} as const;
