import { adapterEnv, env } from "@/config/env";
import { clerkPublishableKey, selectAuth } from "@/config/adapters";

export type AuthMode = "clerk" | "local";

/** Throws a ConfigurationError when Clerk is half-configured. */
export function getAuthMode(): AuthMode {
  return selectAuth(adapterEnv());
}

export function getClerkOptions() {
  return {
    publishableKey: clerkPublishableKey(adapterEnv()),
    // No `secretKey` here: Clerk reads CLERK_SECRET_KEY itself, and a secretKey
    // passed as a middleware option makes every request fail unless
    // CLERK_ENCRYPTION_KEY is also set (code=encryption_key_missing).
    // Verifies session tokens without calling Clerk (v7 does not read CLERK_JWT_KEY by itself).
    jwtKey: env.CLERK_JWT_KEY,
  };
}
