import { foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { jobInfos } from "./jobInfos";
import { users } from "./users";
import type { SpokenContentFeedback, StoredSpeechFeedback, StoredSpeechMetrics, TranscriptTiming } from "./jsonTypes";
import { transcriptSources, interviewKinds, interviewModes } from "@/lib/domainValues";

export { transcriptSources, interviewKinds, interviewModes };

export const interviewStatusEnum = pgEnum("interview_status", ["in_progress", "completed"]);
export const answerStatusEnum = pgEnum("answer_status", ["awaiting", "processing", "ready", "failed"]);
/** Where a transcript came from, best first: server speech-to-text, the browser's recogniser, typed by the user. */
export const transcriptSourceEnum = pgEnum("transcript_source", transcriptSources);
/** What a recorded interview asks: a mix, one kind only, or a short opener. */
export const interviewKindEnum = pgEnum("interview_kind", interviewKinds);
/** Recorded: one question at a time at the user's pace. Conversation: the interviewer speaks, listens, follows up. */
export const interviewModeEnum = pgEnum("interview_mode", interviewModes);

/** A recorded mock interview: N questions, one recorded answer each. */
export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    jobInfoId: uuid("job_info_id")
      .notNull()
      .references(() => jobInfos.id, { onDelete: "cascade" }),
    status: interviewStatusEnum("status").notNull().default("in_progress"),
    kind: interviewKindEnum("kind").notNull().default("mixed"),
    mode: interviewModeEnum("mode").notNull().default("recorded"),
    /** The user's own notes on the interview. */
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("interviews_user_id_idx").on(t.userId), index("interviews_job_info_id_created_at_idx").on(t.jobInfoId, t.createdAt)],
);

export const interviewAnswers = pgTable(
  "interview_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    questionText: text("question_text").notNull(),
    bankQuestionId: text("bank_question_id"),
    /** A follow-up turn: the answer it follows up (conversation mode; at most one per answer). */
    followUpOf: uuid("follow_up_of"),
    /** Who wrote a follow-up's question (an LLM by name, or the insights engine), shown beside it. */
    followUpProducer: jsonb("follow_up_producer").$type<{ kind: "llm" | "insights"; label: string }>(),
    status: answerStatusEnum("status").notNull().default("awaiting"),
    storageKey: text("storage_key"),
    audioBytes: integer("audio_bytes"),
    /** Measured by the server from the decoded audio, never taken from the browser. */
    durationMs: integer("duration_ms"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    metrics: jsonb("metrics").$type<StoredSpeechMetrics>(),
    /** ~1,000 normalised points for instant display; kept out of list queries. */
    waveform: jsonb("waveform").$type<number[]>(),
    transcript: text("transcript"),
    transcriptSource: transcriptSourceEnum("transcript_source"),
    /** Word and segment timings of the transcript (ms from the recording start): `TranscriptTiming`. */
    transcriptTiming: jsonb("transcript_timing").$type<TranscriptTiming>(),
    /** Delivery feedback from the audio (speechFeedback.ts). */
    feedback: jsonb("feedback").$type<StoredSpeechFeedback>(),
    /** Delivery score 0–100 against the norm bands. */
    score: integer("score"),
    /** What was said, graded against the question: `SpokenContentFeedback` (LLM or insights engine). */
    contentFeedback: jsonb("content_feedback").$type<SpokenContentFeedback>(),
    /** Content rating 1–10 from the same grader as typed answers. */
    contentRating: integer("content_rating"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("interview_answers_interview_position_uq").on(t.interviewId, t.position),
    uniqueIndex("interview_answers_follow_up_of_uq").on(t.followUpOf),
    foreignKey({ columns: [t.followUpOf], foreignColumns: [t.id] }).onDelete("cascade"),
    index("interview_answers_user_id_idx").on(t.userId),
  ],
);

export type Interview = typeof interviews.$inferSelect;
export type InterviewAnswer = typeof interviewAnswers.$inferSelect;
