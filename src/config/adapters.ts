/**
 * Chooses the adapter for each external concern from configuration.
 * Pure: takes the validated env, returns a description; no I/O.
 */
export type AdapterChoice = {
  database: "postgres" | "pglite";
  auth: "clerk" | "local";
  protection: "arcjet" | "local";
  ai: "offline-insights";
  voice: "recorded";
  storage: "local";
  jobs: "none";
};

export type AdapterEnv = {
  DATABASE_URL?: string;
  CLERK_PUBLISHABLE_KEY?: string;
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY?: string;
  CLERK_SECRET_KEY?: string;
  CLERK_JWT_KEY?: string;
  ARCJET_KEY?: string;
};

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

export function clerkPublishableKey(env: AdapterEnv): string | undefined {
  return env.CLERK_PUBLISHABLE_KEY ?? env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;
}

/** Clerk is all-or-nothing: a half-configured Clerk must never fall back to local sign-in. */
export function selectAuth(env: AdapterEnv): "clerk" | "local" {
  const publishable = clerkPublishableKey(env);
  const set = { publishable: !!publishable, secret: !!env.CLERK_SECRET_KEY, jwtKey: !!env.CLERK_JWT_KEY };
  if (!set.publishable && !set.secret && !set.jwtKey) return "local";
  if (!set.publishable || (!set.secret && !set.jwtKey)) {
    const missing = [
      !set.publishable && "CLERK_PUBLISHABLE_KEY",
      !set.secret && !set.jwtKey && "CLERK_SECRET_KEY (or CLERK_JWT_KEY)",
    ].filter(Boolean);
    throw new ConfigurationError(
      `Clerk is partially configured: missing ${missing.join(" and ")}. ` +
        "Set all Clerk keys, or remove them all to use local sign-in.",
    );
  }
  if (!/^pk_(live|test)_[A-Za-z0-9+/=_-]+$/.test(publishable!)) {
    throw new ConfigurationError("CLERK_PUBLISHABLE_KEY must start with pk_live_ or pk_test_.");
  }
  if (env.CLERK_SECRET_KEY && !/^sk_(live|test)_/.test(env.CLERK_SECRET_KEY)) {
    throw new ConfigurationError("CLERK_SECRET_KEY must start with sk_live_ or sk_test_.");
  }
  if (env.CLERK_JWT_KEY && !env.CLERK_JWT_KEY.includes("BEGIN PUBLIC KEY")) {
    throw new ConfigurationError("CLERK_JWT_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----).");
  }
  return "clerk";
}

export function selectAdapters(env: AdapterEnv): AdapterChoice {
  return {
    database: env.DATABASE_URL ? "postgres" : "pglite",
    auth: selectAuth(env),
    protection: env.ARCJET_KEY ? "arcjet" : "local",
    ai: "offline-insights",
    voice: "recorded",
    storage: "local",
    jobs: "none",
  };
}

export function describeAdapters(choice: AdapterChoice): string {
  return Object.entries(choice)
    .map(([concern, adapter]) => `${concern}=${adapter}`)
    .join(" ");
}
