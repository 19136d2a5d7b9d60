import { env } from "@/config/env";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { getDb } from "@/drizzle/db";
import { purgeDeletedFiles } from "@/features/files/purge";
import { handleClerkWebhook } from "@/features/users/clerkWebhook";
import { defineRoute } from "@/server/route";
import { getStorage } from "@/services/storage";
import { verifyClerkWebhook, WebhookVerificationError } from "@/services/auth/webhook";

/**
 * Clerk → our users table. Signature checked, deduplicated, order-tolerant.
 * Public: the caller is Clerk, proven by the svix signature over the raw body
 * (read by verifyClerkWebhook, hence `body: "stream"`).
 */
export const POST = defineRoute({ auth: "public", body: "stream" }, async ({ request, log }) => {
  if (!env.CLERK_WEBHOOK_SIGNING_SECRET) throw new AppError("NOT_FOUND", "Clerk webhooks are not configured.");
  let event;
  try {
    event = await verifyClerkWebhook(request, env.CLERK_WEBHOOK_SIGNING_SECRET);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      log.warn({ reason: error.message }, "clerk webhook rejected");
      throw new AppError("INVALID_SIGNATURE", "The webhook signature is missing, invalid or too old.");
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
    throw new AppError("INTERNAL", "The event could not be processed; it will be retried.", { cause: error });
  }
});
