import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { aiEngineEnum, questions } from "./questions";
import { users } from "./users";
import type { QuestionFeedback } from "./jsonTypes";

/**
 * Earlier answers to a technical question, kept when the user answers it
 * again (the question row always holds the latest attempt). Same columns as
 * the row's answer, so any two attempts compare side by side.
 */
export const questionAttempts = pgTable(
  "question_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    answer: text("answer").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
    feedback: jsonb("feedback").$type<QuestionFeedback>(),
    rating: integer("rating"),
    feedbackSource: aiEngineEnum("feedback_source"),
    feedbackModelLabel: text("feedback_model_label"),
  },
  (t) => [index("question_attempts_question_id_answered_at_idx").on(t.questionId, t.answeredAt), index("question_attempts_user_id_idx").on(t.userId)],
);

export type QuestionAttempt = typeof questionAttempts.$inferSelect;
