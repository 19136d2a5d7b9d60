import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { aiEngineEnum } from "./questions";
import { jobInfos } from "./jobInfos";
import { users } from "./users";

export const coachRoleEnum = pgEnum("coach_role", ["user", "coach"]);

/** The coaching conversation for one job. */
export const coachMessages = pgTable(
  "coach_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    jobInfoId: uuid("job_info_id")
      .notNull()
      .references(() => jobInfos.id, { onDelete: "cascade" }),
    role: coachRoleEnum("role").notNull(),
    content: text("content").notNull(),
    /** Who wrote a coach message: a language model, or the offline scripted coach. */
    source: aiEngineEnum("source"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("coach_messages_job_info_id_created_at_idx").on(t.jobInfoId, t.createdAt), index("coach_messages_user_id_idx").on(t.userId)],
);

export type CoachMessage = typeof coachMessages.$inferSelect;
