import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { answerTakes, type AnswerTake, type InterviewAnswer } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";

// Earlier takes of recorded answers. Owner id in every WHERE.

/** Copies an analysed answer into a take before it is recorded again (inside the caller's transaction). */
export async function archiveTake(tx: DbOrTx, answer: InterviewAnswer) {
  await tx.insert(answerTakes).values({
    answerId: answer.id,
    userId: answer.userId,
    storageKey: answer.storageKey!,
    audioBytes: answer.audioBytes,
    durationMs: answer.durationMs,
    metrics: answer.metrics,
    waveform: answer.waveform,
    transcript: answer.transcript,
    transcriptSource: answer.transcriptSource,
    transcriptTiming: answer.transcriptTiming,
    feedback: answer.feedback,
    score: answer.score,
    contentFeedback: answer.contentFeedback,
    contentRating: answer.contentRating,
    recordedAt: answer.recordedAt,
    processedAt: answer.processedAt,
  });
}

/** Summary of each earlier take of an answer, newest first (no blobs). */
export async function listTakes(db: DbOrTx, userId: string, answerId: string) {
  if (!isUuid(answerId)) return [];
  return db
    .select({
      id: answerTakes.id,
      recordedAt: answerTakes.recordedAt,
      score: answerTakes.score,
      contentRating: answerTakes.contentRating,
      durationMs: answerTakes.durationMs,
    })
    .from(answerTakes)
    .where(and(eq(answerTakes.answerId, answerId), eq(answerTakes.userId, userId)))
    .orderBy(desc(answerTakes.recordedAt));
}

/** Number of earlier takes per answer of an interview. */
export async function countTakesByAnswer(db: DbOrTx, userId: string, answerIds: string[]): Promise<Map<string, number>> {
  if (answerIds.length === 0) return new Map();
  const rows = await db
    .select({ answerId: answerTakes.answerId })
    .from(answerTakes)
    .where(and(eq(answerTakes.userId, userId), inArray(answerTakes.answerId, answerIds)));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.answerId, (counts.get(r.answerId) ?? 0) + 1);
  return counts;
}

export async function getTake(db: DbOrTx, userId: string, id: string): Promise<AnswerTake | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(answerTakes)
    .where(and(eq(answerTakes.id, id), eq(answerTakes.userId, userId)))
    .limit(1);
  return row;
}

/** Deletes one take (its recording is scheduled for deletion by the database); false when it is not the user's. */
export async function deleteTake(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(answerTakes)
    .where(and(eq(answerTakes.id, id), eq(answerTakes.userId, userId)))
    .returning({ id: answerTakes.id });
  return rows.length > 0;
}
