import { and, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { interviewAnswers, interviews, jobInfos, liveInterviews, questions, resumeAnalyses, type JobInfo, type User } from "@/drizzle/schema";
import { recordCountedQuestions } from "@/features/questions/db";
import { canCreateJobInfo } from "./permissions";
import { isUuid } from "@/lib/ids";
import type { JobInfoInput } from "./schemas";

// Every function takes the owner id and puts it in the WHERE clause:
// another user's job is indistinguishable from a missing one.

export async function listJobInfos(db: DbOrTx, userId: string): Promise<JobInfo[]> {
  return db.select().from(jobInfos).where(eq(jobInfos.userId, userId)).orderBy(desc(jobInfos.updatedAt));
}

/** Per job of the user: how much was practised and when, for the dashboard's cards (one query). */
export type JobProgressSummary = {
  jobInfoId: string;
  questionsGraded: number;
  meanRating: number | null;
  interviews: number;
  latestInterviewScore: number | null;
  latestResumeScore: number | null;
  lastPracticeAt: Date | null;
};

export async function listJobProgressSummaries(db: DbOrTx, userId: string): Promise<JobProgressSummary[]> {
  // Qualified: inside the subqueries a bare "id" would be the subquery's own table's.
  const jobId = sql.raw('"job_infos"."id"');
  const rows = await db
    .select({
      jobInfoId: jobInfos.id,
      questionsGraded: sql<number>`(select count(*)::int from ${questions} q where q.job_info_id = ${jobId} and q.user_id = ${userId} and q.rating is not null)`,
      meanRating: sql<
        number | null
      >`(select round(avg(q.rating)::numeric, 1)::float8 from ${questions} q where q.job_info_id = ${jobId} and q.user_id = ${userId} and q.rating is not null)`,
      interviews: sql<number>`((select count(*)::int from ${interviews} i where i.job_info_id = ${jobId} and i.user_id = ${userId}) + (select count(*)::int from ${liveInterviews} l where l.job_info_id = ${jobId} and l.user_id = ${userId} and l.hume_chat_id is not null))`,
      latestInterviewScore: sql<
        number | null
      >`(select round(avg(a.score))::int from ${interviewAnswers} a where a.interview_id = (select i.id from ${interviews} i where i.job_info_id = ${jobId} and i.user_id = ${userId} order by i.created_at desc limit 1) and a.score is not null)`,
      latestResumeScore: sql<
        number | null
      >`(select r.overall_score from ${resumeAnalyses} r where r.job_info_id = ${jobId} and r.user_id = ${userId} order by r.created_at desc limit 1)`,
      lastPracticeAt: sql<string | null>`greatest(
        (select max(q.answered_at) from ${questions} q where q.job_info_id = ${jobId} and q.user_id = ${userId}),
        (select max(a.recorded_at) from ${interviewAnswers} a join ${interviews} i on i.id = a.interview_id where i.job_info_id = ${jobId} and i.user_id = ${userId}),
        (select max(l.created_at) from ${liveInterviews} l where l.job_info_id = ${jobId} and l.user_id = ${userId} and l.hume_chat_id is not null),
        (select max(r.created_at) from ${resumeAnalyses} r where r.job_info_id = ${jobId} and r.user_id = ${userId}))`,
    })
    .from(jobInfos)
    .where(eq(jobInfos.userId, userId));
  return rows.map((r) => ({ ...r, lastPracticeAt: r.lastPracticeAt ? new Date(r.lastPracticeAt) : null }));
}

export async function countJobInfos(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(jobInfos).where(eq(jobInfos.userId, userId));
  return row?.n ?? 0;
}

export async function getJobInfo(db: DbOrTx, userId: string, id: string): Promise<JobInfo | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(jobInfos)
    .where(and(eq(jobInfos.id, id), eq(jobInfos.userId, userId)))
    .limit(1);
  return row;
}

/** Inserts a job with no plan check (test factories, seeding); the app creates jobs through insertJobInfoWithinLimit. */
export async function insertJobInfo(db: DbOrTx, userId: string, data: JobInfoInput): Promise<JobInfo> {
  const [row] = await db
    .insert(jobInfos)
    .values({ ...data, userId })
    .returning();
  return row!;
}

/**
 * Inserts a job unless the user is at their plan's limit: counted and
 * inserted under a per-user advisory lock, so parallel creations cannot
 * exceed it. Undefined when the limit is reached.
 */
export async function insertJobInfoWithinLimit(db: DbOrTx, user: Pick<User, "id" | "plan">, data: JobInfoInput): Promise<JobInfo | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`job-infos-quota:${user.id}`}))`);
    if (!canCreateJobInfo(user, await countJobInfos(tx, user.id))) return undefined;
    return insertJobInfo(tx, user.id, data);
  });
}

export async function updateJobInfo(db: DbOrTx, userId: string, id: string, data: JobInfoInput) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .update(jobInfos)
    .set(data)
    .where(and(eq(jobInfos.id, id), eq(jobInfos.userId, userId)))
    .returning();
  return row;
}

/**
 * Deletes the job and, by cascade, everything practised for it. Its questions
 * that counted against the monthly limit keep their ledger rows first (locked,
 * as deleteQuestion does): deleting a job never gives questions back.
 */
export async function deleteJobInfo(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return db.transaction(async (tx) => {
    const ofJob = and(eq(questions.userId, userId), eq(questions.jobInfoId, id));
    await tx.select({ id: questions.id }).from(questions).where(ofJob).orderBy(questions.id).for("update");
    await recordCountedQuestions(tx, userId, eq(questions.jobInfoId, id));
    const rows = await tx
      .delete(jobInfos)
      .where(and(eq(jobInfos.id, id), eq(jobInfos.userId, userId)))
      .returning({ id: jobInfos.id });
    return rows.length > 0;
  });
}
