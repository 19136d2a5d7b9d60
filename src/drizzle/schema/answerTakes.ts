import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interviewAnswers, transcriptSourceEnum } from "./interviews";
import { users } from "./users";
import type { SpokenContentFeedback, StoredSpeechFeedback, StoredSpeechMetrics, TranscriptTiming } from "./jsonTypes";

/**
 * Earlier analysed takes of a recorded answer, kept when the user records it
 * again (the answer row always holds the latest take). Same measures as the
 * answer, so any two takes compare side by side.
 */
export const answerTakes = pgTable(
  "answer_takes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    answerId: uuid("answer_id")
      .notNull()
      .references(() => interviewAnswers.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull(),
    audioBytes: integer("audio_bytes"),
    durationMs: integer("duration_ms"),
    metrics: jsonb("metrics").$type<StoredSpeechMetrics>(),
    waveform: jsonb("waveform").$type<number[]>(),
    transcript: text("transcript"),
    transcriptSource: transcriptSourceEnum("transcript_source"),
    transcriptTiming: jsonb("transcript_timing").$type<TranscriptTiming>(),
    feedback: jsonb("feedback").$type<StoredSpeechFeedback>(),
    score: integer("score"),
    contentFeedback: jsonb("content_feedback").$type<SpokenContentFeedback>(),
    contentRating: integer("content_rating"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [index("answer_takes_answer_id_idx").on(t.answerId), index("answer_takes_user_id_idx").on(t.userId)],
);

export type AnswerTake = typeof answerTakes.$inferSelect;
