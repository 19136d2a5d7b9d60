import { and, desc, eq, gte, isNotNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { liveInterviews, type LiveInterview } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";

// Owner id in every WHERE, except functions named unsafe… (the background worker).

/** A record that never got a call stops counting against the plan after this long. */
export const UNUSED_RECORD_GRACE_MS = 15 * 60 * 1000;

function startOfMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** Live interviews that count against this month's limit. */
export async function countLiveInterviewsThisMonth(db: DbOrTx, userId: string, now = new Date()): Promise<number> {
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(liveInterviews)
    .where(
      and(
        eq(liveInterviews.userId, userId),
        gte(liveInterviews.createdAt, startOfMonth(now)),
        or(isNotNull(liveInterviews.humeChatId), gte(liveInterviews.createdAt, new Date(now.getTime() - UNUSED_RECORD_GRACE_MS))),
      ),
    );
  return count;
}

/**
 * Creates the interview record before the call, under the plan's monthly
 * limit. Counting and inserting happen under a per-user lock, so parallel
 * starts cannot exceed it. A record whose call never connected stops
 * counting after UNUSED_RECORD_GRACE_MS.
 */
export async function reserveLiveInterview(
  db: DbOrTx,
  input: { userId: string; jobInfoId: string; monthlyLimit: number | null; now?: Date },
): Promise<{ ok: true; interview: LiveInterview; usedThisMonth: number } | { ok: false; usedThisMonth: number }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`live-interviews-quota:${input.userId}`}))`);
    const count = await countLiveInterviewsThisMonth(tx, input.userId, now);
    if (input.monthlyLimit !== null && count >= input.monthlyLimit) return { ok: false, usedThisMonth: count };
    const [interview] = await tx.insert(liveInterviews).values({ userId: input.userId, jobInfoId: input.jobInfoId }).returning();
    return { ok: true, interview: interview!, usedThisMonth: count + 1 };
  });
}

export async function getLiveInterview(db: DbOrTx, userId: string, id: string): Promise<LiveInterview | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(liveInterviews)
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.userId, userId)))
    .limit(1);
  return row;
}

/** Metadata only: lists never load transcripts or feedback. */
export async function listLiveInterviews(db: DbOrTx, userId: string, jobInfoId: string) {
  if (!isUuid(jobInfoId)) return [];
  return db
    .select({
      id: liveInterviews.id,
      status: liveInterviews.status,
      createdAt: liveInterviews.createdAt,
      durationMs: liveInterviews.durationMs,
      score: liveInterviews.score,
    })
    .from(liveInterviews)
    .where(and(eq(liveInterviews.userId, userId), eq(liveInterviews.jobInfoId, jobInfoId), isNotNull(liveInterviews.humeChatId)))
    .orderBy(desc(liveInterviews.createdAt));
}

export async function getLiveInterviewStatus(db: DbOrTx, userId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ id: liveInterviews.id, status: liveInterviews.status, error: liveInterviews.error, attempts: liveInterviews.attempts })
    .from(liveInterviews)
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.userId, userId)))
    .limit(1);
  return row;
}

export type AttachOutcome = "attached" | "already-attached" | "chat-in-use" | "wrong-state";

/**
 * Attaches a Hume chat the caller has already verified. The unique index on
 * hume_chat_id makes "not attached to another interview" hold under races.
 */
export async function attachChat(
  db: DbOrTx,
  userId: string,
  id: string,
  chat: { chatId: string; chatGroupId: string | null; startedAt: Date },
): Promise<AttachOutcome> {
  const [current] = await db
    .select({ status: liveInterviews.status, humeChatId: liveInterviews.humeChatId })
    .from(liveInterviews)
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.userId, userId)))
    .limit(1);
  if (!current) return "wrong-state";
  if (current.humeChatId === chat.chatId) return "already-attached";
  if (current.status !== "created") return "wrong-state";
  try {
    const rows = await db
      .update(liveInterviews)
      .set({ humeChatId: chat.chatId, humeChatGroupId: chat.chatGroupId, chatStartedAt: chat.startedAt, status: "in_call", attachedAt: new Date() })
      .where(and(eq(liveInterviews.id, id), eq(liveInterviews.userId, userId), eq(liveInterviews.status, "created")))
      .returning({ id: liveInterviews.id });
    return rows.length > 0 ? "attached" : "wrong-state";
  } catch (error) {
    if (isUniqueViolation(error)) return "chat-in-use";
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return true;
  }
  return false;
}

export async function isChatAttached(db: DbOrTx, chatId: string): Promise<boolean> {
  const [row] = await db.select({ id: liveInterviews.id }).from(liveInterviews).where(eq(liveInterviews.humeChatId, chatId)).limit(1);
  return !!row;
}

/** The user ended the call (or asked again after a failure): hand it to the worker. */
export async function markForAnalysis(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(liveInterviews)
    .set({ status: "processing", attempts: 0, error: null, endedAt: sql`coalesce(${liveInterviews.endedAt}, now())` })
    .where(
      and(
        eq(liveInterviews.id, id),
        eq(liveInterviews.userId, userId),
        isNotNull(liveInterviews.humeChatId),
        sql`${liveInterviews.status} in ('in_call', 'failed')`,
      ),
    )
    .returning({ id: liveInterviews.id });
  return rows.length > 0;
}

export async function deleteLiveInterview(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(liveInterviews)
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.userId, userId)))
    .returning({ id: liveInterviews.id });
  return rows.length > 0;
}

// ---- worker side (the job carries only the interview id) ----

export async function unsafeClaimForAnalysis(db: DbOrTx, id: string) {
  const [row] = await db
    .update(liveInterviews)
    .set({ attempts: sql`${liveInterviews.attempts} + 1` })
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.status, "processing")))
    .returning();
  return row;
}

export async function unsafeSaveLiveAnalysis(
  db: DbOrTx,
  id: string,
  data: Pick<LiveInterview, "chatStartedAt" | "chatEndedAt" | "durationMs" | "transcript" | "metrics" | "feedback" | "score" | "feedbackSource">,
) {
  await db
    .update(liveInterviews)
    .set({ ...data, status: "ready", error: null, processedAt: new Date() })
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.status, "processing")));
}

export async function unsafeMarkLiveFailed(
  db: DbOrTx,
  id: string,
  error: string,
  partial?: Partial<Pick<LiveInterview, "transcript" | "durationMs" | "chatEndedAt">>,
) {
  await db
    .update(liveInterviews)
    .set({ ...partial, status: "failed", error })
    .where(eq(liveInterviews.id, id));
}

export async function unsafeRecordLiveError(db: DbOrTx, id: string, error: string) {
  await db.update(liveInterviews).set({ error }).where(eq(liveInterviews.id, id));
}

/** Saves the user's notes on their own live interview; false when it is not theirs. */
export async function saveLiveInterviewNotes(db: DbOrTx, userId: string, id: string, notes: string | null): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(liveInterviews)
    .set({ notes })
    .where(and(eq(liveInterviews.id, id), eq(liveInterviews.userId, userId)))
    .returning({ id: liveInterviews.id });
  return rows.length > 0;
}
