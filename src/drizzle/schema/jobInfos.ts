import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { experienceLevels } from "@/lib/domainValues";

export { experienceLevels };

export const experienceLevelEnum = pgEnum("experience_level", experienceLevels);

export const jobInfos = pgTable(
  "job_infos",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title"),
    experienceLevel: experienceLevelEnum("experience_level").notNull(),
    description: text("description").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$onUpdate(() => sql`now()`),
  },
  (t) => [index("job_infos_user_id_updated_at_idx").on(t.userId, t.updatedAt)],
);

export type JobInfo = typeof jobInfos.$inferSelect;
export type ExperienceLevel = (typeof experienceLevels)[number];
