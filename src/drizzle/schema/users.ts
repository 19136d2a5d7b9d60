import { sql } from "drizzle-orm";
import { integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const planEnum = pgEnum("plan", ["free", "pro"]);

export const users = pgTable("users", {
  /** Clerk user id (`user_…`) or a local id (`local_…`). */
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  imageUrl: text("image_url"),
  plan: planEnum("plan").notNull().default("free"),
  /** Preferred AI provider when more than one is configured (null = the default order). */
  aiProvider: text("ai_provider", { enum: ["gemini", "openai-compatible", "insights"] }),
  /** Optional endpoint notified (HMAC-signed) when a recorded answer's analysis finishes. */
  webhookUrl: text("webhook_url"),
  webhookSecret: text("webhook_secret"),
  /** Speaking profile: the language variety for speech recognition (BCP-47, e.g. en-GB). */
  speechLanguage: text("speech_language").notNull().default("en-US"),
  /** Speaking profile: the user's own filler words or two-word phrases, counted besides the built-in English ones. */
  extraFillers: text("extra_fillers").array().notNull().default(sql`'{}'::text[]`),
  /** Local sign-in: sessions carry this number; signing out increments it, revoking every earlier session cookie. */
  sessionVersion: integer("session_version").notNull().default(0),
  /** When the user agreed that the browser vendor's cloud service may hear recordings (null: not agreed). */
  cloudRecognitionConsentAt: timestamp("cloud_recognition_consent_at", { withTimezone: true }),
  /** The `updated_at` of the newest Clerk event applied, so older events never overwrite newer data. */
  sourceUpdatedAt: timestamp("source_updated_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$onUpdate(() => sql`now()`),
});

export type User = typeof users.$inferSelect;
