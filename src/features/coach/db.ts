import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { coachMessages, type CoachMessage } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";

// Owner id in every WHERE: another user's conversation does not exist.

export async function addCoachMessage(
  db: DbOrTx,
  input: { userId: string; jobInfoId: string; role: CoachMessage["role"]; content: string; source?: CoachMessage["source"] },
): Promise<CoachMessage> {
  const [row] = await db.insert(coachMessages).values(input).returning();
  return row!;
}

/** The conversation for a job, oldest first (the most recent `limit` messages). */
export async function listCoachMessages(db: DbOrTx, userId: string, jobInfoId: string, limit = 200): Promise<CoachMessage[]> {
  if (!isUuid(jobInfoId)) return [];
  const rows = await db
    .select()
    .from(coachMessages)
    .where(and(eq(coachMessages.userId, userId), eq(coachMessages.jobInfoId, jobInfoId)))
    .orderBy(desc(coachMessages.createdAt))
    .limit(limit);
  return rows.reverse();
}

/** The texts of the coach's replies in a conversation, oldest first (the offline coach never repeats one). */
export async function listCoachReplies(db: DbOrTx, userId: string, jobInfoId: string, limit = 2_000): Promise<string[]> {
  if (!isUuid(jobInfoId)) return [];
  const rows = await db
    .select({ content: coachMessages.content })
    .from(coachMessages)
    .where(and(eq(coachMessages.userId, userId), eq(coachMessages.jobInfoId, jobInfoId), eq(coachMessages.role, "coach")))
    .orderBy(desc(coachMessages.createdAt))
    .limit(limit);
  return rows.reverse().map((r) => r.content);
}

export async function clearCoachMessages(db: DbOrTx, userId: string, jobInfoId: string): Promise<void> {
  if (!isUuid(jobInfoId)) return;
  await db.delete(coachMessages).where(and(eq(coachMessages.userId, userId), eq(coachMessages.jobInfoId, jobInfoId)));
}
