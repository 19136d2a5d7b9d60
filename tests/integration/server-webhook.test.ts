/**
 * Clerk webhooks against the real built server (local auth mode): Svix
 * signatures, replay/stale protection, deduplication by svix-id, and
 * order-tolerant application of user events.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { clerkUserDeleted, clerkUserEvent, newWebhookSecret, signDelivery, type SignedDelivery } from "../support/svixSigner";

const SECRET = newWebhookSecret();
let server: TestServer;

type Envelope = { success: boolean; data?: { outcome: string }; error?: { code: string; message: string } };

async function deliver(delivery: SignedDelivery, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/webhooks/clerk`, {
    method: "POST",
    // Svix is a machine: webhooks must be exempt from bot detection.
    headers: { "user-agent": "Svix-Webhooks/1.0", ...delivery.headers, ...headers },
    body: delivery.body,
  });
  return { status: res.status, body: (await res.json()) as Envelope, requestId: res.headers.get("x-request-id") };
}

const msgId = () => `msg_${randomUUID().replaceAll("-", "")}`;
const send = (body: string, id = msgId(), sentAt?: Date) => deliver(signDelivery(SECRET, id, body, sentAt));
const outcomeOf = async (body: string, id?: string) => {
  const res = await send(body, id);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data?.outcome;
};

const T0 = Date.parse("2026-01-01T00:00:00Z");
const user = (id: string, firstName: string, updatedAt: number) => ({ id, firstName, email: `${id}@example.com`, updatedAt });

beforeAll(async () => {
  server = await startTestServer({ CLERK_WEBHOOK_SIGNING_SECRET: SECRET });
});

afterAll(async () => {
  await server?.stop();
});

describe("POST /api/webhooks/clerk: verification", () => {
  it("applies a validly signed user.created", async () => {
    const res = await send(clerkUserEvent("user.created", user("user_valid", "Vera", T0)));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, data: { outcome: "applied" } });
    expect(res.requestId).toBeTruthy();
  });

  it("rejects a signature made with another secret", async () => {
    const body = clerkUserEvent("user.created", user("user_forged", "Mallory", T0));
    const res = await deliver(signDelivery(newWebhookSecret(), msgId(), body));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ success: false, error: { code: "INVALID_SIGNATURE" } });
  });

  it("rejects a body changed after signing", async () => {
    const signed = signDelivery(SECRET, msgId(), clerkUserEvent("user.created", user("user_tamper", "Tess", T0)));
    const res = await deliver({ ...signed, body: signed.body.replace("Tess", "Evil") });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe("INVALID_SIGNATURE");
  });

  it("rejects a timestamp more than 5 minutes old or ahead", async () => {
    const body = clerkUserEvent("user.created", user("user_stale", "Stan", T0));
    const old = await send(body, msgId(), new Date(Date.now() - 6 * 60_000));
    expect(old.status).toBe(400);
    expect(old.body.error?.code).toBe("INVALID_SIGNATURE");
    const future = await send(body, msgId(), new Date(Date.now() + 6 * 60_000));
    expect(future.status).toBe(400);
    // Inside the window is fine.
    expect((await send(body, msgId(), new Date(Date.now() - 60_000))).body.data?.outcome).toBe("applied");
  });

  it.each(["svix-id", "svix-timestamp", "svix-signature"])("rejects a delivery without %s", async (header) => {
    const signed = signDelivery(SECRET, msgId(), clerkUserEvent("user.created", user(`user_no_${header}`, "Nia", T0)));
    const headers = { ...signed.headers };
    delete headers[header];
    const res = await deliver({ body: signed.body, headers });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe("INVALID_SIGNATURE");
  });

  it("rejects a validly signed body that is not JSON, or has no type", async () => {
    const notJson = await send("this is not json {");
    expect(notJson.status).toBe(400);
    expect(notJson.body.success).toBe(false);
    const noType = await send(JSON.stringify({ data: { id: "user_x" } }));
    expect(noType.status).toBe(400);
  });

  it("does not burn a message id on a rejected delivery", async () => {
    const id = msgId();
    const body = clerkUserEvent("user.created", user("user_retry", "Rita", T0));
    expect((await deliver(signDelivery(newWebhookSecret(), id, body))).status).toBe(400);
    expect(await outcomeOf(body, id)).toBe("applied");
  });
});

describe("POST /api/webhooks/clerk: processing", () => {
  it("processes a replayed svix-id once (deduplicated by id, not by body)", async () => {
    const id = msgId();
    const body = clerkUserEvent("user.created", user("user_replay", "Ray", T0));
    const signed = signDelivery(SECRET, id, body);
    expect((await deliver(signed)).body.data?.outcome).toBe("applied");
    // The identical delivery again (still inside the 5-minute window).
    expect((await deliver(signed)).body).toEqual({ success: true, data: { outcome: "duplicate" } });
    // Same id, newer content, freshly signed: still the same message, not applied.
    expect(await outcomeOf(clerkUserEvent("user.updated", user("user_replay", "Changed", T0 + 5000)), id)).toBe("duplicate");
    // Proof the duplicate changed nothing: the row still holds T0, so an event at T0 + 1 s is newer.
    expect(await outcomeOf(clerkUserEvent("user.updated", user("user_replay", "Ray 2", T0 + 1000)))).toBe("applied");
  });

  it("keeps the newest state when user.updated arrives before user.created", async () => {
    const id = "user_order";
    expect(await outcomeOf(clerkUserEvent("user.updated", user(id, "Newer Name", T0 + 60_000)))).toBe("applied");
    // The older create arrives late: it must not overwrite the newer name.
    expect(await outcomeOf(clerkUserEvent("user.created", user(id, "Older Name", T0)))).toBe("ignored-stale");
    // What we hold is the T0+60s version: same timestamp is stale, anything older too, newer applies.
    expect(await outcomeOf(clerkUserEvent("user.updated", user(id, "Same Time", T0 + 60_000)))).toBe("ignored-stale");
    expect(await outcomeOf(clerkUserEvent("user.updated", user(id, "Between", T0 + 30_000)))).toBe("ignored-stale");
    expect(await outcomeOf(clerkUserEvent("user.updated", user(id, "Newest", T0 + 120_000)))).toBe("applied");
  });

  it("never brings a deleted user back", async () => {
    const id = "user_gone";
    expect(await outcomeOf(clerkUserEvent("user.created", user(id, "Gina", T0)))).toBe("applied");
    expect(await outcomeOf(clerkUserDeleted(id))).toBe("deleted");
    expect(await outcomeOf(clerkUserEvent("user.updated", user(id, "Late Update", T0 + 999_000)))).toBe("ignored-deleted");
    expect(await outcomeOf(clerkUserEvent("user.created", user(id, "Late Create", T0 + 999_000)))).toBe("ignored-deleted");
    // A deletion for a user we never saw is remembered too.
    expect(await outcomeOf(clerkUserDeleted("user_never_seen"))).toBe("deleted");
    expect(await outcomeOf(clerkUserEvent("user.created", user("user_never_seen", "Ghost", T0)))).toBe("ignored-deleted");
  });

  it("ignores event types it does not handle, and reports malformed user payloads", async () => {
    const session = JSON.stringify({ type: "session.created", object: "event", data: { id: "sess_1", user_id: "user_valid" } });
    expect(await outcomeOf(session)).toBe("ignored-type");
    const noUpdatedAt = JSON.stringify({ type: "user.created", object: "event", data: { id: "user_bad", email_addresses: [] } });
    expect(await outcomeOf(noUpdatedAt)).toBe("invalid-payload");
  });

  it("logs rejections with a reason but never the signing secret", () => {
    const logs = server.logs();
    expect(logs).toContain("clerk webhook rejected");
    expect(logs).toContain("clerk webhook processed");
    expect(logs).not.toContain(SECRET.slice("whsec_".length));
  });
});
