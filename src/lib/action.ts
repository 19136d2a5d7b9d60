import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getRequestLogger } from "./requestContext";
import { fail, messages, type ActionResult } from "./result";

/**
 * Runs a server action body: unknown errors are logged with the request id
 * and replaced by a generic message, so no stack or SQL reaches the browser.
 */
export async function runAction<T>(name: string, body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error); // redirects and notFound are control flow, not failures
    const log = await getRequestLogger();
    log.error({ action: name, err: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }, "action failed");
    return fail("INTERNAL", messages.INTERNAL);
  }
}
