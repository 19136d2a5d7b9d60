import pino from "pino";

/**
 * Structured JSON logs. Secrets and user-written text are redacted by key
 * wherever they appear; log ids and counts, never content.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "darasa" },
  redact: {
    paths: [
      "*.password",
      "*.secret",
      "*.token",
      "*.apiKey",
      "*.authorization",
      "*.cookie",
      "*.description",
      "*.resumeText",
      "*.answer",
      "headers.authorization",
      "headers.cookie",
    ],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
