import { and, asc, desc, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { questionAttempts, questions, questionUsage, type Question, type QuestionAttempt, type QuestionDifficulty } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";
import { QUESTION_GRACE_MS } from "./permissions";
import type { Feedback } from "./schemas";

// Owner id in every WHERE: another user's question is "not found".

export function startOfMonth(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** The counting rule (permissions.ts): shown, and answered or kept over 24 hours. */
function countsByRule(graceStart: Date): SQL {
  return and(eq(questions.status, "ready"), or(isNotNull(questions.answer), lt(questions.createdAt, graceStart)))!;
}

/**
 * This month's questions by the counting rule (permissions.ts, QUESTION_GRACE_MS):
 * `counted` were shown and answered or kept over 24 hours; `pending` are
 * unanswered and younger than that (including one still being written).
 * Counted = the ledger's rows for the month (question_usage: answered
 * questions, and counted ones that were deleted) + the questions still here
 * that count by the rule but have no ledger row. One statement, so one
 * snapshot: a delete or an answer committing meanwhile is seen entirely or
 * not at all, never counted twice or missed.
 */
export async function countQuestionUsage(db: DbOrTx, userId: string, now = new Date()): Promise<{ counted: number; pending: number }> {
  const graceStart = new Date(now.getTime() - QUESTION_GRACE_MS);
  const monthStart = startOfMonth(now);
  const unledgered = sql`not exists (select 1 from ${questionUsage} where ${questionUsage.questionId} = ${questions.id})`;
  const ledgered = sql`(select count(*) from ${questionUsage} where ${and(eq(questionUsage.userId, userId), gte(questionUsage.askedAt, monthStart))})`;
  const [row] = await db
    .select({
      counted: sql<number>`(count(*) filter (where ${and(countsByRule(graceStart), unledgered)}) + ${ledgered})::int`,
      pending: sql<number>`count(*) filter (where ${and(isNull(questions.answer), gte(questions.createdAt, graceStart))})::int`,
    })
    .from(questions)
    .where(and(eq(questions.userId, userId), gte(questions.createdAt, monthStart)));
  return row ?? { counted: 0, pending: 0 };
}

/**
 * Writes the ledger row of every question matching `where` (the user's) that
 * counts by the rule and has none yet: called in the transaction that deletes
 * them, after locking them, so a deleted question that counted stays counted.
 */
export async function recordCountedQuestions(tx: DbOrTx, userId: string, where: SQL, now = new Date()) {
  await tx
    .insert(questionUsage)
    .select(
      tx
        .select({
          id: sql`gen_random_uuid()`.as("id"),
          userId: questions.userId,
          questionId: questions.id,
          askedAt: questions.createdAt,
          countedAt: sql`now()`.as("counted_at"),
        })
        .from(questions)
        .where(and(eq(questions.userId, userId), where, countsByRule(new Date(now.getTime() - QUESTION_GRACE_MS)))),
    )
    .onConflictDoNothing();
}

/**
 * Reserves a question slot under the plan's monthly quota. Counting and
 * inserting happen under a per-user lock, so parallel requests cannot exceed
 * it. A new question needs a slot free of both counted and pending questions,
 * so answering every pending one later never passes the limit.
 * `pickBankQuestion` chooses the offline engine's bank question under the
 * same lock, excluding every bank question already asked *or reserved* for the
 * job, so parallel requests never pick the same one (and never show a question
 * that is then discarded as a duplicate).
 */
export async function reserveQuestion(
  db: DbOrTx,
  input: {
    userId: string;
    jobInfoId: string;
    difficulty: QuestionDifficulty;
    monthlyLimit: number | null;
    pickBankQuestion?: (excludeIds: ReadonlySet<string>, seed: string) => string | null;
  },
): Promise<{ ok: true; question: Question; usedThisMonth: number } | { ok: false; usedThisMonth: number; pending: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`questions-quota:${input.userId}`}))`);
    const { counted, pending } = await countQuestionUsage(tx, input.userId);
    if (input.monthlyLimit !== null && counted + pending >= input.monthlyLimit) return { ok: false, usedThisMonth: counted, pending };
    const id = crypto.randomUUID();
    let bankQuestionId: string | null = null;
    if (input.pickBankQuestion) {
      const taken = await tx
        .select({ bankQuestionId: questions.bankQuestionId })
        .from(questions)
        .where(and(eq(questions.userId, input.userId), eq(questions.jobInfoId, input.jobInfoId), isNotNull(questions.bankQuestionId)));
      bankQuestionId = input.pickBankQuestion(new Set(taken.map((r) => r.bankQuestionId!)), id);
    }
    const [question] = await tx
      .insert(questions)
      .values({ id, userId: input.userId, jobInfoId: input.jobInfoId, difficulty: input.difficulty, bankQuestionId })
      .returning();
    return { ok: true, question: question!, usedThisMonth: counted };
  });
}

export async function completeQuestion(
  db: DbOrTx,
  userId: string,
  id: string,
  data: { text: string; source: "llm" | "insights"; bankQuestionId: string | null; modelLabel: string },
) {
  await db
    .update(questions)
    .set({ ...data, status: "ready" })
    .where(and(eq(questions.id, id), eq(questions.userId, userId)));
}

/** Gives a failed generation's slot back (it never counted against the quota in spirit). */
export async function discardQuestion(db: DbOrTx, userId: string, id: string) {
  await db.delete(questions).where(and(eq(questions.id, id), eq(questions.userId, userId), eq(questions.status, "generating")));
}

export async function getQuestion(db: DbOrTx, userId: string, id: string): Promise<Question | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.userId, userId)))
    .limit(1);
  return row;
}

export async function listQuestions(db: DbOrTx, userId: string, jobInfoId: string): Promise<Question[]> {
  if (!isUuid(jobInfoId)) return [];
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), eq(questions.status, "ready")))
    .orderBy(desc(questions.createdAt));
}

/** What was already asked for a job, so nothing is asked twice. */
export async function listAskedForJob(db: DbOrTx, userId: string, jobInfoId: string) {
  const rows = await db
    .select({ text: questions.text, bankQuestionId: questions.bankQuestionId })
    .from(questions)
    .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), eq(questions.status, "ready")))
    .orderBy(asc(questions.createdAt));
  return {
    texts: rows.map((r) => r.text),
    bankIds: rows.map((r) => r.bankQuestionId).filter((id): id is string => id !== null),
  };
}

/**
 * Saves an answer (a new attempt) before any grading, so the user's text
 * survives a failed model call. The question row holds the latest attempt;
 * an earlier one moves to question_attempts with its feedback — unless it is
 * the same text still ungraded (grading it again is not a new attempt).
 * Returns the attempt's time (its feedback is saved against it), or null
 * when the question is not the user's or not ready.
 */
export async function saveAnswer(db: DbOrTx, userId: string, id: string, answer: string): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(questions)
      .where(and(eq(questions.id, id), eq(questions.userId, userId), eq(questions.status, "ready")))
      .for("update");
    if (!current) return null;
    const isRegrade = current.answer === answer && current.feedback === null;
    if (current.answer !== null && current.answeredAt !== null && !isRegrade) {
      await tx.insert(questionAttempts).values({
        questionId: current.id,
        userId,
        answer: current.answer,
        answeredAt: current.answeredAt,
        feedback: current.feedback,
        rating: current.rating,
        feedbackSource: current.feedbackSource,
        feedbackModelLabel: current.feedbackModelLabel,
      });
    }
    // Answered: it counts from now on, even once deleted (the ledger keeps it; a re-answer adds nothing).
    await tx.insert(questionUsage).values({ userId, questionId: current.id, askedAt: current.createdAt }).onConflictDoNothing();
    const answeredAt = new Date();
    await tx
      .update(questions)
      .set({ answer, answeredAt, feedback: null, rating: null, feedbackSource: null, feedbackModelLabel: null })
      .where(and(eq(questions.id, id), eq(questions.userId, userId)));
    return answeredAt;
  });
}

/** Saves feedback on the attempt it grades: if a newer attempt was saved meanwhile, nothing is written. */
export async function saveFeedback(
  db: DbOrTx,
  userId: string,
  id: string,
  answeredAt: Date,
  feedback: Feedback,
  producer: { source: "llm" | "insights"; label: string },
) {
  await db
    .update(questions)
    .set({ feedback, rating: feedback.rating, feedbackSource: producer.source, feedbackModelLabel: producer.label })
    .where(and(eq(questions.id, id), eq(questions.userId, userId), isNotNull(questions.answer), eq(questions.answeredAt, answeredAt)));
}

/** Earlier attempts at a job's questions, newest first (the latest attempt is on the question row). */
export async function listQuestionAttempts(db: DbOrTx, userId: string, jobInfoId: string): Promise<QuestionAttempt[]> {
  if (!isUuid(jobInfoId)) return [];
  const rows = await db
    .select({ attempt: questionAttempts })
    .from(questionAttempts)
    .innerJoin(questions, eq(questions.id, questionAttempts.questionId))
    .where(and(eq(questionAttempts.userId, userId), eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId)))
    .orderBy(desc(questionAttempts.answeredAt));
  return rows.map((r) => r.attempt);
}

/**
 * Deletes a question and its attempts. One that counted against the plan
 * (answered, or kept over 24 hours) keeps its ledger row, so deleting never
 * gives its slot back; a pending one (unanswered, under 24 hours) does. The
 * row is locked first, so an answer saved meanwhile is either seen or refused.
 */
export async function deleteQuestion(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return db.transaction(async (tx) => {
    const owned = and(eq(questions.id, id), eq(questions.userId, userId));
    const [locked] = await tx.select({ id: questions.id }).from(questions).where(owned).for("update");
    if (!locked) return false;
    await recordCountedQuestions(tx, userId, eq(questions.id, id));
    await tx.delete(questions).where(owned);
    return true;
  });
}

/** Counts for the job hub: questions asked, answered and graded, and the mean rating. */
export async function getQuestionSummary(db: DbOrTx, userId: string, jobInfoId: string) {
  const [row] = await db
    .select({
      asked: sql<number>`count(*)::int`,
      graded: sql<number>`count(${questions.rating})::int`,
      meanRating: sql<number | null>`round(avg(${questions.rating})::numeric, 1)::float`,
    })
    .from(questions)
    .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), eq(questions.status, "ready")));
  return row ?? { asked: 0, graded: 0, meanRating: null };
}
