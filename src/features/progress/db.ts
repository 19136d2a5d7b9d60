import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { interviewAnswers, interviews, liveInterviews, questions, resumeAnalyses } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";

export type ProgressPoint = { id: string; at: Date; value: number; source?: "llm" | "insights" | null };

export type JobProgress = {
  questionRatings: ProgressPoint[];
  recordedDelivery: ProgressPoint[];
  liveScores: ProgressPoint[];
  resumeScores: ProgressPoint[];
};

/** Every score the user earned for one job, oldest first (owner id in every WHERE). */
export async function getJobProgress(db: DbOrTx, userId: string, jobInfoId: string): Promise<JobProgress> {
  if (!isUuid(jobInfoId)) return { questionRatings: [], recordedDelivery: [], liveScores: [], resumeScores: [] };
  const [questionRows, recordedRows, liveRows, resumeRows] = await Promise.all([
    db
      .select({ id: questions.id, at: questions.answeredAt, value: questions.rating, source: questions.feedbackSource })
      .from(questions)
      .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), isNotNull(questions.rating), isNotNull(questions.answeredAt)))
      .orderBy(asc(questions.answeredAt)),
    // One point per interview: the mean delivery score of its analysed answers.
    db
      .select({
        id: interviews.id,
        at: interviews.createdAt,
        value: sql<number>`round(avg(${interviewAnswers.score}))::int`,
      })
      .from(interviews)
      .innerJoin(interviewAnswers, eq(interviewAnswers.interviewId, interviews.id))
      .where(and(eq(interviews.userId, userId), eq(interviews.jobInfoId, jobInfoId), isNotNull(interviewAnswers.score)))
      .groupBy(interviews.id)
      .orderBy(asc(interviews.createdAt)),
    db
      .select({ id: liveInterviews.id, at: liveInterviews.createdAt, value: liveInterviews.score, source: liveInterviews.feedbackSource })
      .from(liveInterviews)
      .where(and(eq(liveInterviews.userId, userId), eq(liveInterviews.jobInfoId, jobInfoId), isNotNull(liveInterviews.score)))
      .orderBy(asc(liveInterviews.createdAt)),
    db
      .select({ id: resumeAnalyses.id, at: resumeAnalyses.createdAt, value: resumeAnalyses.overallScore })
      .from(resumeAnalyses)
      .where(and(eq(resumeAnalyses.userId, userId), eq(resumeAnalyses.jobInfoId, jobInfoId)))
      .orderBy(asc(resumeAnalyses.createdAt)),
  ]);
  const points = <T extends { id: string; at: Date | null; value: number | null; source?: string | null }>(rows: T[]): ProgressPoint[] =>
    rows.flatMap((r) => (r.at && r.value !== null ? [{ id: r.id, at: r.at, value: r.value, source: (r.source as ProgressPoint["source"]) ?? null }] : []));
  return {
    questionRatings: points(questionRows),
    recordedDelivery: points(recordedRows),
    liveScores: points(liveRows),
    resumeScores: points(resumeRows),
  };
}
