import { apiOk, appErrorResponse } from "@/lib/apiResponse";
import { isAppError } from "@/lib/errors";

/**
 * A feature's outcome as its route answers it, for tests that call the
 * feature directly: its value in the success envelope with the route's
 * status, or an AppError as the boundary maps it (status, envelope,
 * Retry-After). Any other error is rethrown: the test fails on it.
 */
export async function asResponse<T>(work: Promise<T>, status = 200): Promise<Response> {
  try {
    return apiOk(await work, { status });
  } catch (error) {
    if (isAppError(error)) return appErrorResponse(error);
    throw error;
  }
}

/** The same for a streaming feature: its `{ response, saved }`, or the refusal with nothing to save. */
export async function asOutcome<T extends { response: Response; saved: Promise<void> }>(
  work: Promise<T>,
): Promise<{ response: Response; saved: Promise<void> }> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error)) return { response: appErrorResponse(error), saved: Promise.resolve() };
    throw error;
  }
}
