import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { resumeAnalyses, type ResumeAnalysis } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";

// Owner id in every WHERE: another user's analysis is "not found".

/** Metadata only: lists never load resume text or reports. */
const listColumns = {
  id: resumeAnalyses.id,
  jobInfoId: resumeAnalyses.jobInfoId,
  fileName: resumeAnalyses.fileName,
  fileType: resumeAnalyses.fileType,
  fileSize: resumeAnalyses.fileSize,
  pageCount: resumeAnalyses.pageCount,
  overallScore: resumeAnalyses.overallScore,
  matchRate: resumeAnalyses.matchRate,
  aiSource: resumeAnalyses.aiSource,
  createdAt: resumeAnalyses.createdAt,
};

export type ResumeAnalysisSummary = Pick<ResumeAnalysis, keyof typeof listColumns>;

export async function insertResumeAnalysis(db: DbOrTx, data: typeof resumeAnalyses.$inferInsert): Promise<ResumeAnalysis> {
  const [row] = await db.insert(resumeAnalyses).values(data).returning();
  return row!;
}

export async function listResumeAnalyses(db: DbOrTx, userId: string, jobInfoId: string): Promise<ResumeAnalysisSummary[]> {
  if (!isUuid(jobInfoId)) return [];
  return db
    .select(listColumns)
    .from(resumeAnalyses)
    .where(and(eq(resumeAnalyses.userId, userId), eq(resumeAnalyses.jobInfoId, jobInfoId)))
    .orderBy(desc(resumeAnalyses.createdAt));
}

export async function getResumeAnalysis(db: DbOrTx, userId: string, id: string): Promise<ResumeAnalysis | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(resumeAnalyses)
    .where(and(eq(resumeAnalyses.id, id), eq(resumeAnalyses.userId, userId)))
    .limit(1);
  return row;
}

export async function saveResumeAiAnalysis(
  db: DbOrTx,
  userId: string,
  id: string,
  analysis: NonNullable<ResumeAnalysis["aiAnalysis"]>,
  source: "llm" | "insights",
) {
  await db
    .update(resumeAnalyses)
    .set({ aiAnalysis: analysis, aiSource: source })
    .where(and(eq(resumeAnalyses.id, id), eq(resumeAnalyses.userId, userId)));
}

/** Deletes the record and returns its storage key so the caller removes the file too. */
export async function deleteResumeAnalysis(db: DbOrTx, userId: string, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .delete(resumeAnalyses)
    .where(and(eq(resumeAnalyses.id, id), eq(resumeAnalyses.userId, userId)))
    .returning({ storageKey: resumeAnalyses.storageKey });
  return row?.storageKey;
}
