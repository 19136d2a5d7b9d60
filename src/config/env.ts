import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** Empty strings in .env files mean "not set". */
const optional = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v));

export const envSchema = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Server
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DARASA_DATA_DIR: z.string().default(".data"),
  // Database
  DATABASE_URL: optional().pipe(z.url({ message: "DATABASE_URL must be a postgres:// URL" }).optional()),
  // Background jobs: 1 (default) the web server runs them too; 0 it only queues them for `npm run worker` (needs DATABASE_URL).
  WORKERS: optional()
    .pipe(z.enum(["0", "1"], { message: "WORKERS must be 0 (queue jobs only; run them with npm run worker) or 1 (the default: run them here)" }).optional())
    .transform((v) => v !== "0"),
  // Auth (Clerk)
  CLERK_PUBLISHABLE_KEY: optional(),
  CLERK_SECRET_KEY: optional(),
  CLERK_JWT_KEY: optional(),
  CLERK_WEBHOOK_SIGNING_SECRET: optional(),
  // Clerk Billing: the key of the plan that unlocks Pro (Clerk dashboard → Billing → Plans).
  CLERK_PRO_PLAN_KEY: optional().transform((v) => v ?? "pro"),
  // Local auth
  SESSION_SECRET: optional().pipe(z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional()),
  // A passphrase for local sign-in on a machine shared with other people (hides the user list).
  LOCAL_PASSPHRASE: optional().pipe(z.string().min(8, "LOCAL_PASSPHRASE must be at least 8 characters").optional()),
  // AI: Google Gemini
  GOOGLE_GENERATIVE_AI_API_KEY: optional(),
  GOOGLE_MODEL: z.string().default("gemini-2.5-flash"),
  GOOGLE_BASE_URL: optional().pipe(z.url().optional()),
  // AI: any OpenAI-compatible server (Ollama, LM Studio, vLLM, llama.cpp)
  OPENAI_COMPATIBLE_BASE_URL: optional().pipe(z.url({ message: "OPENAI_COMPATIBLE_BASE_URL must be a URL such as http://127.0.0.1:11434/v1" }).optional()),
  OPENAI_COMPATIBLE_MODEL: optional(),
  OPENAI_COMPATIBLE_API_KEY: optional(),
  // Speech-to-text: any OpenAI-compatible transcription endpoint (OpenAI, a local whisper server)
  STT_BASE_URL: optional().pipe(z.url().optional()),
  STT_MODEL: z.string().default("whisper-1"),
  STT_API_KEY: optional(),
  // Text-to-speech for the conversational interviewer: any OpenAI-compatible /audio/speech endpoint
  TTS_BASE_URL: optional().pipe(z.url().optional()),
  TTS_MODEL: z.string().default("tts-1"),
  TTS_VOICE: z.string().default("alloy"),
  TTS_API_KEY: optional(),
  // Live voice interviews: Hume EVI
  HUME_API_KEY: optional(),
  HUME_SECRET_KEY: optional(),
  HUME_CONFIG_ID: optional(),
  HUME_API_URL: z.url().default("https://api.hume.ai"),
  HUME_EVI_HOST: z.string().default("api.hume.ai"),
  // File storage (S3-compatible); unset: the local data folder
  S3_BUCKET: optional(),
  S3_REGION: z.string().default("auto"),
  S3_ENDPOINT: optional().pipe(z.url().optional()),
  S3_ACCESS_KEY_ID: optional(),
  S3_SECRET_ACCESS_KEY: optional(),
  S3_FORCE_PATH_STYLE: optional(),
  // Protection
  ARCJET_KEY: optional(),
  ARCJET_ENV: optional(),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().positive().default(300),
};

/**
 * Validated server configuration. Server variables are read at run time
 * (not inlined at build), so one build serves every configuration.
 */
export const env = createEnv({
  server: envSchema,
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  onValidationError: (issues) => {
    const lines = issues.map((i) => `  - ${i.path?.map(String).join(".") ?? "?"}: ${i.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  },
});

export type Env = typeof env;

/** What adapter selection reads: the validated env plus the public Clerk key Clerk's SDK would also pick up. */
export function adapterEnv() {
  const publicKey = process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY?.trim();
  return { ...env, NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: publicKey || undefined };
}
