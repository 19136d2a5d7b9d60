import { and, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { jobInfos, type JobInfo, type User } from "@/drizzle/schema";
import { canCreateJobInfo } from "./permissions";
import { isUuid } from "@/lib/ids";
import type { JobInfoInput } from "./schemas";

// Every function takes the owner id and puts it in the WHERE clause:
// another user's job is indistinguishable from a missing one.

export async function listJobInfos(db: DbOrTx, userId: string): Promise<JobInfo[]> {
  return db.select().from(jobInfos).where(eq(jobInfos.userId, userId)).orderBy(desc(jobInfos.updatedAt));
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
export async function insertJobInfoWithinLimit(
  db: DbOrTx,
  user: Pick<User, "id" | "plan">,
  data: JobInfoInput,
): Promise<JobInfo | undefined> {
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

export async function deleteJobInfo(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(jobInfos)
    .where(and(eq(jobInfos.id, id), eq(jobInfos.userId, userId)))
    .returning({ id: jobInfos.id });
  return rows.length > 0;
}
