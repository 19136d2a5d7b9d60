import { randomBytes } from "node:crypto";
import { Webhook } from "svix";

/** A fresh Svix/Clerk signing secret (`whsec_<base64>`). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export type SignedDelivery = { headers: Record<string, string>; body: string };

/**
 * Signs `body` as Svix does (HMAC over `id.timestamp.body`). `sentAt`
 * defaults to now; pass an old date to make a stale delivery.
 */
export function signDelivery(secret: string, msgId: string, body: string, sentAt = new Date()): SignedDelivery {
  const signature = new Webhook(secret).sign(msgId, sentAt, body);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "svix-id": msgId,
      "svix-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
      "svix-signature": signature,
    },
  };
}

/** A Clerk `user.created` / `user.updated` payload. */
export function clerkUserEvent(
  type: "user.created" | "user.updated",
  user: { id: string; firstName: string; lastName?: string; email: string; updatedAt: number },
): string {
  return JSON.stringify({
    type,
    object: "event",
    data: {
      id: user.id,
      object: "user",
      first_name: user.firstName,
      last_name: user.lastName ?? null,
      username: null,
      image_url: null,
      primary_email_address_id: "idn_1",
      email_addresses: [{ id: "idn_1", email_address: user.email }],
      created_at: user.updatedAt,
      updated_at: user.updatedAt,
    },
  });
}

export function clerkUserDeleted(id: string): string {
  return JSON.stringify({ type: "user.deleted", object: "event", data: { id, object: "user", deleted: true } });
}
