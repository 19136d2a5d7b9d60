import { env } from "@/config/env";
import { apiError, apiOk } from "@/lib/apiResponse";
import { getRequestLogger } from "@/lib/requestContext";
import { getDb } from "@/drizzle/db";
import { purgeDeletedFiles } from "@/features/files/purge";
import { handleClerkWebhook } from "@/features/users/clerkWebhook";
import { getStorage } from "@/services/storage";
import { verifyClerkWebhook, WebhookVerificationError } from "@/services/auth/webhook";

/** Clerk → our users table. Signature checked, deduplicated, order-tolerant. */
export async function POST(request: Request) {
  const log = await getRequestLogger();
  if (!env.CLERK_WEBHOOK_SIGNING_SECRET) {
    return apiError(404, "NOT_FOUND", "Clerk webhooks are not configured.");
  }
  let event;
  try {
    event = await verifyClerkWebhook(request, env.CLERK_WEBHOOK_SIGNING_SECRET);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      log.warn({ reason: error.message }, "clerk webhook rejected");
      return apiError(400, "INVALID_SIGNATURE", "The webhook signature is missing, invalid or too old.");
    }
    throw error;
  }
  try {
    const outcome = await handleClerkWebhook(event);
    log.info({ webhookId: event.id, type: event.type, outcome }, "clerk webhook processed");
    // A deleted user's files were scheduled with the rows; a failure here is finished by the periodic purge.
    if (outcome === "deleted") await purgeDeletedFiles(await getDb(), getStorage(), log).catch(() => {});
    return apiOk({ outcome });
  } catch (error) {
    log.error({ webhookId: event.id, type: event.type, err: (error as Error).message }, "clerk webhook failed");
    // 5xx makes Clerk retry later; the event was not marked processed.
    return apiError(500, "INTERNAL", "The event could not be processed; it will be retried.");
  }
}
