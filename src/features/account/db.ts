import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { coachMessages, interviewAnswers, interviews, jobInfos, liveInterviews, questions, resumeAnalyses, users } from "@/drizzle/schema";

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
