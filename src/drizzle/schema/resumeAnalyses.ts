import { index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { jobInfos } from "./jobInfos";
import { aiEngineEnum } from "./questions";
import { users } from "./users";
import type { ResumeReport, StoredResumeAnalysis } from "./jsonTypes";

export const resumeFileTypeEnum = pgEnum("resume_file_type", ["pdf", "docx", "txt"]);

export const resumeAnalyses = pgTable(
  "resume_analyses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    jobInfoId: uuid("job_info_id")
      .notNull()
      .references(() => jobInfos.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    fileType: resumeFileTypeEnum("file_type").notNull(),
    fileSize: integer("file_size").notNull(),
    /** Key in the storage adapter (local folder or S3 bucket). */
    storageKey: text("storage_key").notNull(),
    pageCount: integer("page_count"),
    /** Extracted text: user data, never logged. */
    resumeText: text("resume_text").notNull(),
    /** The deterministic report (keywords, sections, contact, dates, scores with evidence). */
    report: jsonb("report").$type<ResumeReport>().notNull(),
    overallScore: integer("overall_score").notNull(),
    matchRate: real("match_rate").notNull(),
    /** Structured analysis by an LLM, or by the insights engine from the report. */
    aiAnalysis: jsonb("ai_analysis").$type<StoredResumeAnalysis>(),
    aiSource: aiEngineEnum("ai_source"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("resume_analyses_user_id_idx").on(t.userId),
    index("resume_analyses_job_info_id_created_at_idx").on(t.jobInfoId, t.createdAt),
  ],
);

export type ResumeAnalysis = typeof resumeAnalyses.$inferSelect;
