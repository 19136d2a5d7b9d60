import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { questions } from "./questions";
import { users } from "./users";

/**
 * The monthly question ledger: one row per question that counted against the
 * plan's limit (features/questions/permissions.ts), written when it was
 * answered, or when it was deleted after counting. Deleting the question (or
 * its job) keeps the row — `question_id` becomes null — so a deleted question
 * stays counted; deleting the account deletes the rows.
 */
export const questionUsage = pgTable(
  "question_usage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: uuid("question_id").references(() => questions.id, { onDelete: "set null" }),
    /** When the question was asked: the month it counts in. */
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull(),
    /** When the row was written. */
    countedAt: timestamp("counted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("question_usage_user_id_asked_at_idx").on(t.userId, t.askedAt), uniqueIndex("question_usage_question_id_uq").on(t.questionId)],
);

export type QuestionUsage = typeof questionUsage.$inferSelect;
