import { z } from "zod";
import { getDb } from "@/drizzle/db";
import type { VerifiedWebhook } from "@/services/auth/webhook";
import { claimWebhookEvent, unsafeApplyClerkUser, unsafeDeleteUser } from "./db";
import { clerkUserEventSchema, profileFromClerk } from "./schemas";

const deletedSchema = z.object({ id: z.string().min(1) });

export type WebhookOutcome = "duplicate" | "ignored-type" | "invalid-payload" | "applied" | "ignored-stale" | "ignored-deleted" | "deleted";

/**
 * Applies one verified Clerk event exactly once: the message id is claimed in
 * the same transaction as the change, so a failure leaves it retryable.
 */
export async function handleClerkWebhook(event: VerifiedWebhook): Promise<WebhookOutcome> {
  const db = await getDb();
  // Pages keep nothing across requests (ARCHITECTURE.md, "Cache rule"): there is no cache to clear after the change.
  return db.transaction(async (tx): Promise<WebhookOutcome> => {
    if (!(await claimWebhookEvent(tx, event.id, event.type))) return "duplicate";
    switch (event.type) {
      case "user.created":
      case "user.updated": {
        const parsed = clerkUserEventSchema.safeParse(event.data);
        if (!parsed.success) return "invalid-payload";
        return unsafeApplyClerkUser(tx, profileFromClerk(parsed.data), new Date(parsed.data.updated_at));
      }
      case "user.deleted": {
        const parsed = deletedSchema.safeParse(event.data);
        if (!parsed.success) return "invalid-payload";
        await unsafeDeleteUser(tx, parsed.data.id);
        return "deleted";
      }
      default:
        return "ignored-type";
    }
  });
}
