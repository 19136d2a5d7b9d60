import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { jobInfos } from "./jobInfos";
import { users } from "./users";
import type { QuestionFeedback } from "./jsonTypes";
import { questionDifficulties } from "@/lib/domainValues";

export { questionDifficulties };

export const questionDifficultyEnum = pgEnum("question_difficulty", questionDifficulties);
/** Who wrote a question or its feedback: a language model, or the offline insights engine. */
export const aiEngineEnum = pgEnum("ai_engine", ["llm", "insights"]);
export const questionStatusEnum = pgEnum("question_status", ["generating", "ready"]);

export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    jobInfoId: uuid("job_info_id")
      .notNull()
      .references(() => jobInfos.id, { onDelete: "cascade" }),
    difficulty: questionDifficultyEnum("difficulty").notNull(),
    status: questionStatusEnum("status").notNull().default("generating"),
    text: text("text").notNull().default(""),
    source: aiEngineEnum("source"),
    /** Set when the question came from the shipped bank: never asked twice for one job. */
    bankQuestionId: text("bank_question_id"),
    modelLabel: text("model_label"),
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** Structured feedback (rating, strengths with quotes, gaps, model answer, breakdown). */
    feedback: jsonb("feedback").$type<QuestionFeedback>(),
    rating: integer("rating"),
    feedbackSource: aiEngineEnum("feedback_source"),
    /** Who wrote the feedback (the model's name, or the engine's): may differ from who wrote the question. */
    feedbackModelLabel: text("feedback_model_label"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("questions_user_id_created_at_idx").on(t.userId, t.createdAt),
    index("questions_job_info_id_created_at_idx").on(t.jobInfoId, t.createdAt),
    uniqueIndex("questions_job_bank_question_uq").on(t.jobInfoId, t.bankQuestionId).where(sql`${t.bankQuestionId} is not null`),
  ],
);

export type Question = typeof questions.$inferSelect;
export type QuestionDifficulty = (typeof questionDifficulties)[number];
