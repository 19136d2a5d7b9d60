import { Webhook, WebhookVerificationError as SvixVerificationError } from "svix";

export class WebhookVerificationError extends Error {
  override name = "WebhookVerificationError";
}

export type VerifiedWebhook = { id: string; type: string; data: unknown };

const MAX_BODY_BYTES = 512 * 1024;

/**
 * Verifies a Clerk (Svix-signed) webhook: HMAC signature over id, timestamp
 * and the raw body; timestamps more than 5 minutes away are refused.
 * Returns the event with its message id, used to deduplicate retries.
 */
export async function verifyClerkWebhook(request: Request, secret: string): Promise<VerifiedWebhook> {
  const id = request.headers.get("svix-id");
  const timestamp = request.headers.get("svix-timestamp");
  const signature = request.headers.get("svix-signature");
  if (!id || !timestamp || !signature) throw new WebhookVerificationError("missing svix headers");
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) throw new WebhookVerificationError("body too large");
  try {
    new Webhook(secret).verify(body, { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": signature });
  } catch (error) {
    if (error instanceof SvixVerificationError) throw new WebhookVerificationError(error.message);
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError("body is not JSON");
  }
  const event = parsed as { type?: unknown; data?: unknown };
  if (typeof event.type !== "string") throw new WebhookVerificationError("event has no type");
  return { id, type: event.type, data: event.data };
}
