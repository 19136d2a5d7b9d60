import { describe, expect, it } from "vitest";
import { createSessionToken, LOCAL_SESSION_MAX_AGE_SECONDS, verifySessionToken } from "@/services/auth/localSession";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const USER = "local_6f1c2f0e-8a44-4c4b-9a63-1f1b2c3d4e5f";
const NOW = Date.UTC(2025, 0, 1);

function swapPayload(token: string, payload: object): string {
  const [, signature] = token.split(".");
  return `${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${signature}`;
}

describe("local session tokens", () => {
  it("round-trips the user id", () => {
    const token = createSessionToken(USER, SECRET, NOW);
    expect(verifySessionToken(token, SECRET, NOW)).toBe(USER);
  });

  it("rejects a token whose payload was changed", () => {
    const token = createSessionToken(USER, SECRET, NOW);
    const forged = swapPayload(token, { sub: "local_someone-else", exp: NOW / 1000 + 60 });
    expect(verifySessionToken(forged, SECRET, NOW)).toBeNull();
  });

  it("rejects a token whose signature was changed", () => {
    const token = createSessionToken(USER, SECRET, NOW);
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifySessionToken(token.slice(0, -1) + last, SECRET, NOW)).toBeNull();
  });

  it("rejects a token signed with another secret", () => {
    const token = createSessionToken(USER, "another-secret-also-at-least-32-characters", NOW);
    expect(verifySessionToken(token, SECRET, NOW)).toBeNull();
  });

  it("expires after the maximum age", () => {
    const token = createSessionToken(USER, SECRET, NOW);
    const lifetimeMs = LOCAL_SESSION_MAX_AGE_SECONDS * 1000;
    expect(verifySessionToken(token, SECRET, NOW + lifetimeMs - 1000)).toBe(USER);
    expect(verifySessionToken(token, SECRET, NOW + lifetimeMs)).toBeNull();
    expect(verifySessionToken(token, SECRET, NOW + lifetimeMs * 2)).toBeNull();
  });

  it.each([undefined, "", "a", "a.", ".b", "a.b", "a.b.c"])("rejects malformed token %j", (token) => {
    expect(verifySessionToken(token, SECRET, NOW)).toBeNull();
  });

  it("rejects a valid token with an extra segment", () => {
    const token = createSessionToken(USER, SECRET, NOW);
    expect(verifySessionToken(`${token}.extra`, SECRET, NOW)).toBeNull();
  });
});

describe("local session tokens with a correctly signed but invalid payload", () => {
  // Only someone holding the secret could produce these; the verifier must still not crash or accept them.
  async function signed(data: string) {
    const { createHmac } = await import("node:crypto");
    return `${data}.${createHmac("sha256", SECRET).update(data).digest("base64url")}`;
  }
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it.each([
    ["not JSON", Buffer.from("not json").toString("base64url")],
    ["missing exp", encode({ sub: USER })],
    ["non-string sub", encode({ sub: 42, exp: NOW / 1000 + 60 })],
    ["string exp", encode({ sub: USER, exp: String(NOW / 1000 + 60) })],
  ])("returns null for %s", async (_label, data) => {
    expect(verifySessionToken(await signed(data), SECRET, NOW)).toBeNull();
  });
});

describe("session versions", () => {
  it("carries the version it was issued with; tokens from before versions read as version 0", async () => {
    const { readSessionToken } = await import("@/services/auth/localSession");
    const SECRET2 = "a-test-secret-that-is-at-least-32-characters";
    expect(readSessionToken(createSessionToken("local_x", SECRET2, Date.now(), 3), SECRET2)).toEqual({ userId: "local_x", version: 3 });
    expect(readSessionToken(createSessionToken("local_x", SECRET2), SECRET2)).toEqual({ userId: "local_x", version: 0 });
  });
});
