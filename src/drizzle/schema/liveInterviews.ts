import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { jobInfos } from "./jobInfos";
import { users } from "./users";
import type { LiveFeedback, LiveMetrics, Turn } from "./jsonTypes";

/**
 * created → (chat verified with Hume) in_call → (user ends) processing →
 * ready | failed. Only the server moves a record along.
 */
export const liveInterviewStatusEnum = pgEnum("live_interview_status", ["created", "in_call", "processing", "ready", "failed"]);

/** A live voice interview with the Hume EVI interviewer. */
export const liveInterviews = pgTable(
  "live_interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    jobInfoId: uuid("job_info_id")
      .notNull()
      .references(() => jobInfos.id, { onDelete: "cascade" }),
    status: liveInterviewStatusEnum("status").notNull().default("created"),
    /** Attached only after Hume confirms the chat; unique, so a chat can back one interview only. */
    humeChatId: text("hume_chat_id").unique(),
    humeChatGroupId: text("hume_chat_group_id"),
    /** From Hume's chat timestamps, never from the browser. */
    chatStartedAt: timestamp("chat_started_at", { withTimezone: true }),
    chatEndedAt: timestamp("chat_ended_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    /** Condensed transcript: turns with times relative to the chat start. */
    transcript: jsonb("transcript").$type<Turn[]>(),
    metrics: jsonb("metrics").$type<LiveMetrics>(),
    feedback: jsonb("feedback").$type<LiveFeedback>(),
    score: integer("score"),
    feedbackSource: text("feedback_source"),
    /** The user's own notes on the interview. */
    notes: text("notes"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    attachedAt: timestamp("attached_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [index("live_interviews_user_id_created_at_idx").on(t.userId, t.createdAt), index("live_interviews_job_info_id_idx").on(t.jobInfoId)],
);

export type LiveInterview = typeof liveInterviews.$inferSelect;
