/**
 * Chooses the adapter for each external concern from configuration.
 * Pure: takes the validated env, returns a description; no I/O.
 */
export type AdapterChoice = {
  database: "postgres" | "pglite";
  auth: "clerk" | "local";
  protection: "arcjet" | "local";
  ai: "gemini" | "openai-compatible" | "gemini+openai-compatible" | "offline-insights";
  /** Hume's live interviewer, or the built-in spoken conversation (and recorded answers). */
  voice: "hume" | "conversation";
  /** The conversational interviewer's voice: server text-to-speech, or the browser's speech synthesis. */
  tts: "openai-compatible" | "browser";
  storage: "s3" | "local";
  stt: "openai-compatible" | "gemini" | "browser-or-typed";
  jobs: "pg-boss";
};

export type AdapterEnv = {
  DATABASE_URL?: string;
  CLERK_PUBLISHABLE_KEY?: string;
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY?: string;
  CLERK_SECRET_KEY?: string;
  CLERK_JWT_KEY?: string;
  ARCJET_KEY?: string;
  GOOGLE_GENERATIVE_AI_API_KEY?: string;
  OPENAI_COMPATIBLE_BASE_URL?: string;
  OPENAI_COMPATIBLE_MODEL?: string;
  S3_BUCKET?: string;
  STT_BASE_URL?: string;
  TTS_BASE_URL?: string;
  HUME_API_KEY?: string;
  HUME_SECRET_KEY?: string;
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
  // Clerk's SDK needs the secret key on every request; the JWT key is optional
  // (it only saves the network round trip when verifying sessions).
  if (!set.publishable || !set.secret) {
    const missing = [!set.publishable && "CLERK_PUBLISHABLE_KEY", !set.secret && "CLERK_SECRET_KEY"].filter(Boolean);
    throw new ConfigurationError(
      `Clerk is partially configured: missing ${missing.join(" and ")}. ` + "Set all Clerk keys, or remove them all to use local sign-in.",
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

export function selectAi(env: AdapterEnv): AdapterChoice["ai"] {
  if (env.OPENAI_COMPATIBLE_BASE_URL && !env.OPENAI_COMPATIBLE_MODEL) {
    throw new ConfigurationError("OPENAI_COMPATIBLE_BASE_URL is set but OPENAI_COMPATIBLE_MODEL is not: name the model to use.");
  }
  const gemini = !!env.GOOGLE_GENERATIVE_AI_API_KEY;
  const compatible = !!env.OPENAI_COMPATIBLE_BASE_URL;
  if (gemini && compatible) return "gemini+openai-compatible";
  if (gemini) return "gemini";
  if (compatible) return "openai-compatible";
  return "offline-insights";
}

/** Live interviews need both Hume keys (one mints browser tokens, both do); one alone is a mistake. */
export function selectVoice(env: AdapterEnv): AdapterChoice["voice"] {
  const api = !!env.HUME_API_KEY;
  const secret = !!env.HUME_SECRET_KEY;
  if (api !== secret) {
    throw new ConfigurationError(
      `Hume is partially configured: missing ${api ? "HUME_SECRET_KEY" : "HUME_API_KEY"}. Set both, or neither to offer the built-in spoken and recorded interviews only.`,
    );
  }
  return api ? "hume" : "conversation";
}

export function selectAdapters(env: AdapterEnv): AdapterChoice {
  return {
    database: env.DATABASE_URL ? "postgres" : "pglite",
    auth: selectAuth(env),
    protection: env.ARCJET_KEY ? "arcjet" : "local",
    ai: selectAi(env),
    voice: selectVoice(env),
    tts: env.TTS_BASE_URL ? "openai-compatible" : "browser",
    storage: env.S3_BUCKET ? "s3" : "local",
    stt: env.STT_BASE_URL ? "openai-compatible" : env.GOOGLE_GENERATIVE_AI_API_KEY ? "gemini" : "browser-or-typed",
    jobs: "pg-boss",
  };
}

export function describeAdapters(choice: AdapterChoice): string {
  return Object.entries(choice)
    .map(([concern, adapter]) => `${concern}=${adapter}`)
    .join(" ");
}
