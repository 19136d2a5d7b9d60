import { and, count, eq, isNotNull, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/drizzle/db";
import { answerTakes, coachMessages, interviewAnswers, interviews, jobInfos, liveInterviews, questions, resumeAnalyses, users } from "@/drizzle/schema";

/**
 * Everything a user owns, as plain data for "export my data". Stored files
 * (resumes, recordings) are listed by name and size, not embedded.
 */
export async function exportUserData(db: DbOrTx, userId: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, plan: users.plan, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return undefined;
  const [jobs, questionRows, resumes, interviewRows, answers, liveRows, coachRows] = await Promise.all([
    db.select().from(jobInfos).where(eq(jobInfos.userId, userId)),
    db.select().from(questions).where(eq(questions.userId, userId)),
    db
      .select({
        id: resumeAnalyses.id,
        jobInfoId: resumeAnalyses.jobInfoId,
        fileName: resumeAnalyses.fileName,
        fileType: resumeAnalyses.fileType,
        fileSize: resumeAnalyses.fileSize,
        resumeText: resumeAnalyses.resumeText,
        report: resumeAnalyses.report,
        aiAnalysis: resumeAnalyses.aiAnalysis,
        createdAt: resumeAnalyses.createdAt,
      })
      .from(resumeAnalyses)
      .where(eq(resumeAnalyses.userId, userId)),
    db.select().from(interviews).where(eq(interviews.userId, userId)),
    db
      .select({
        id: interviewAnswers.id,
        interviewId: interviewAnswers.interviewId,
        position: interviewAnswers.position,
        questionText: interviewAnswers.questionText,
        status: interviewAnswers.status,
        durationMs: interviewAnswers.durationMs,
        metrics: interviewAnswers.metrics,
        transcript: interviewAnswers.transcript,
        feedback: interviewAnswers.feedback,
        score: interviewAnswers.score,
        recordedAt: interviewAnswers.recordedAt,
      })
      .from(interviewAnswers)
      .where(eq(interviewAnswers.userId, userId)),
    db.select().from(liveInterviews).where(eq(liveInterviews.userId, userId)),
    db.select().from(coachMessages).where(eq(coachMessages.userId, userId)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    user,
    jobInfos: jobs,
    questions: questionRows,
    resumeAnalyses: resumes,
    interviews: interviewRows,
    interviewAnswers: answers,
    liveInterviews: liveRows,
    coachMessages: coachRows,
  };
}

/** How much of each kind the user has stored, for the privacy summary in Settings. */
export async function countUserData(db: DbOrTx, userId: string) {
  const n = async (table: PgTable & { userId: AnyColumn }, where?: SQL) => {
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(where ? and(eq(table.userId, userId), where) : eq(table.userId, userId));
    return row?.n ?? 0;
  };
  const [jobs, questionCount, resumes, interviewCount, recordings, takes, live, coach] = await Promise.all([
    n(jobInfos),
    n(questions),
    n(resumeAnalyses),
    n(interviews),
    n(interviewAnswers, isNotNull(interviewAnswers.storageKey)),
    n(answerTakes),
    n(liveInterviews),
    n(coachMessages),
  ]);
  return { jobs, questions: questionCount, resumes, interviews: interviewCount, recordings, takes, liveInterviews: live, coachMessages: coach };
}

export type UserDataCounts = Awaited<ReturnType<typeof countUserData>>;
