import { randomBytes } from "node:crypto";
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from "jose";

/** Clerk's "frontend API" host encoded in the fake publishable key. */
export const CLERK_FRONTEND_HOST = "clerk.darasa.test";

export type ClerkTestKeys = {
  env: { CLERK_PUBLISHABLE_KEY: string; CLERK_SECRET_KEY: string; CLERK_JWT_KEY: string };
  privateKey: CryptoKey;
  issuer: string;
};

/**
 * A fake production Clerk instance, generated per test run (never committed):
 * `pk_live_` + base64("<frontend host>$"), a random `sk_live_`, and an
 * RSA-2048 key pair whose public half is CLERK_JWT_KEY (offline verification).
 */
export async function createClerkTestKeys(): Promise<ClerkTestKeys> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return {
    env: {
      CLERK_PUBLISHABLE_KEY: `pk_live_${Buffer.from(`${CLERK_FRONTEND_HOST}$`).toString("base64").replace(/=+$/, "")}`,
      CLERK_SECRET_KEY: `sk_live_${randomBytes(24).toString("hex")}`,
      CLERK_JWT_KEY: await exportSPKI(publicKey),
    },
    privateKey,
    issuer: `https://${CLERK_FRONTEND_HOST}`,
  };
}

export type SessionTokenOptions = {
  sub: string;
  name?: string;
  email?: string;
  /** Seconds from now; negative for an expired token. Default 600. */
  expiresIn?: number;
  /** Seconds ago the token was issued. Default 5. */
  issuedAgo?: number;
  /** Sign with another key (a forged token). */
  signingKey?: CryptoKey;
  azp?: string;
  /** Clerk Billing plans the user holds, as the `pla` claim carries them (e.g. ["u:pro"]). */
  plans?: string[];
};

/** A Clerk session token (RS256 JWT) as Clerk's frontend would mint it. */
export async function mintSessionToken(keys: ClerkTestKeys, options: SessionTokenOptions) {
  const now = Math.floor(Date.now() / 1000);
  const iat = now - (options.issuedAgo ?? 5);
  const claims: Record<string, unknown> = { sid: `sess_${options.sub}`, azp: options.azp ?? "http://127.0.0.1" };
  if (options.name !== undefined) claims.name = options.name;
  if (options.email !== undefined) claims.email = options.email;
  if (options.plans !== undefined) Object.assign(claims, { v: 2, pla: options.plans.join(",") });
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "ins_test", typ: "JWT" })
    .setIssuer(keys.issuer)
    .setSubject(options.sub)
    .setIssuedAt(iat)
    .setNotBefore(iat - 5)
    .setExpirationTime(now + (options.expiresIn ?? 600))
    .sign(options.signingKey ?? keys.privateKey);
  return { token, iat };
}

/** Cookies Clerk reads from a signed-in browser: the token and a client "updated at" not after its iat. */
export function sessionCookies({ token, iat }: { token: string; iat: number }): Record<string, string> {
  return { __session: token, __client_uat: String(iat - 1) };
}

/** Another RSA key (for forged tokens). */
export async function otherPrivateKey(): Promise<CryptoKey> {
  return (await generateKeyPair("RS256", { modulusLength: 2048 })).privateKey;
}
