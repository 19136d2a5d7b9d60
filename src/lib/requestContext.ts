import "server-only";
import { headers } from "next/headers";
import { logger } from "./logger";

import { REQUEST_ID_HEADER } from "./requestHeaders";

/** The id the proxy gave this request (also sent back as a response header). */
export async function getRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined; // outside a request (start-up, tests)
  }
}

export async function getRequestLogger() {
  const requestId = await getRequestId();
  return requestId ? logger.child({ requestId }) : logger;
}
