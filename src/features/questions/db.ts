import { and, asc, desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { questions, type Question, type QuestionDifficulty } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";
import type { Feedback } from "./schemas";

// Owner id in every WHERE: another user's question is "not found".

export function startOfMonth(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * Reserves a question slot under the plan's monthly quota. Counting and
 * inserting happen under a per-user lock, so parallel requests cannot exceed
 * it. `pickBankQuestion` chooses the offline engine's bank question under the
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
): Promise<{ ok: true; question: Question; usedThisMonth: number } | { ok: false; usedThisMonth: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`questions-quota:${input.userId}`}))`);
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(questions)
      .where(and(eq(questions.userId, input.userId), gte(questions.createdAt, startOfMonth())));
    if (input.monthlyLimit !== null && count >= input.monthlyLimit) return { ok: false, usedThisMonth: count };
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
    return { ok: true, question: question!, usedThisMonth: count + 1 };
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

/** Saves the answer before any grading, so the user's text survives a failed model call. */
export async function saveAnswer(db: DbOrTx, userId: string, id: string, answer: string) {
  const rows = await db
    .update(questions)
    .set({ answer, answeredAt: new Date(), feedback: null, rating: null, feedbackSource: null, feedbackModelLabel: null })
    .where(and(eq(questions.id, id), eq(questions.userId, userId), eq(questions.status, "ready")))
    .returning({ id: questions.id });
  return rows.length > 0;
}

export async function saveFeedback(db: DbOrTx, userId: string, id: string, feedback: Feedback, producer: { source: "llm" | "insights"; label: string }) {
  await db
    .update(questions)
    .set({ feedback, rating: feedback.rating, feedbackSource: producer.source, feedbackModelLabel: producer.label })
    .where(and(eq(questions.id, id), eq(questions.userId, userId), isNotNull(questions.answer)));
}

export async function deleteQuestion(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(questions)
    .where(and(eq(questions.id, id), eq(questions.userId, userId)))
    .returning({ id: questions.id });
  return rows.length > 0;
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
