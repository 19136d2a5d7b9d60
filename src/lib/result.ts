import type { AppError, ErrorCode, FieldErrors } from "./errors";

/** What a refused request or action says: a code from the closed list and a message for people. */
export type ErrorBody = { code: ErrorCode; message: string; fieldErrors?: FieldErrors };

/**
 * The one envelope of every route handler's JSON and every server action's
 * result: `{ success: true, data }` or `{ success: false, error }`.
 * Serialisable, never a raw error.
 */
export type Envelope<T> = { success: true; data: T } | { success: false; error: ErrorBody };

/** A server action's result (the state `useActionState` holds). */
export type ActionResult<T = null> = Envelope<T>;

export const ok = <T>(data: T): Envelope<T> => ({ success: true, data });

export function fail(code: ErrorCode, message: string, fieldErrors?: FieldErrors): Envelope<never> {
  return { success: false, error: fieldErrors ? { code, message, fieldErrors } : { code, message } };
}

/** The envelope of an AppError (its code, message and field errors; never its stack or cause). */
export function failWith(error: AppError): Envelope<never> {
  return fail(error.code, error.message, error.fieldErrors);
}
