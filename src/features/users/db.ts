import { randomBytes } from "node:crypto";
import { and, eq, isNull, like, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { deletedUsers, users, webhookEvents, type User } from "@/drizzle/schema";
import type { UserProfile } from "@/services/auth/profile";

export type { UserProfile };

/**
 * Serialises writes about one user id until the transaction ends, so a
 * delete and a concurrent create/update cannot interleave (no resurrection).
 * Call inside a transaction.
 */
async function lockUserId(tx: DbOrTx, id: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${id}))`);
}

export async function getUser(db: DbOrTx, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/**
 * Creates the user from the session if the webhook has not done it yet
 * (onboarding never waits for the webhook). Existing rows are left alone.
 * Returns undefined for a user Clerk has told us is deleted.
 */
export async function ensureUser(db: DbOrTx, profile: UserProfile): Promise<User | undefined> {
  return db.transaction(async (tx) => {
    await lockUserId(tx, profile.id);
    const [tombstone] = await tx.select().from(deletedUsers).where(eq(deletedUsers.id, profile.id)).limit(1);
    if (tombstone) return undefined;
    await tx.insert(users).values(profile).onConflictDoNothing({ target: users.id });
    return getUser(tx, profile.id);
  });
}

/**
 * Applies a Clerk create/update event. Tolerates any order: an event older
 * than what we hold is ignored, and a deleted user is never brought back.
 */
export async function unsafeApplyClerkUser(db: DbOrTx, profile: UserProfile, sourceUpdatedAt: Date) {
  await lockUserId(db, profile.id);
  const [tombstone] = await db.select().from(deletedUsers).where(eq(deletedUsers.id, profile.id)).limit(1);
  if (tombstone) return "ignored-deleted" as const;
  const rows = await db
    .insert(users)
    .values({ ...profile, sourceUpdatedAt })
    .onConflictDoUpdate({
      target: users.id,
      set: { email: profile.email, name: profile.name, imageUrl: profile.imageUrl ?? null, sourceUpdatedAt },
      setWhere: or(isNull(users.sourceUpdatedAt), lt(users.sourceUpdatedAt, sourceUpdatedAt)),
    })
    .returning({ id: users.id });
  return rows.length > 0 ? ("applied" as const) : ("ignored-stale" as const);
}

/** Deletes the user and, by cascade, everything they own; remembers the deletion. */
export async function unsafeDeleteUser(db: DbOrTx, id: string) {
  await lockUserId(db, id);
  await db.insert(deletedUsers).values({ id }).onConflictDoNothing();
  await db.delete(users).where(eq(users.id, id));
}

/** Deletes a user's account at their own request (no tombstone: a local user may sign up again). */
export async function deleteOwnAccount(db: DbOrTx, id: string) {
  await db.delete(users).where(eq(users.id, id));
}

/** Records a webhook delivery; false when this message id was already processed. */
export async function claimWebhookEvent(db: DbOrTx, id: string, type: string): Promise<boolean> {
  const rows = await db.insert(webhookEvents).values({ id, type }).onConflictDoNothing().returning({ id: webhookEvents.id });
  return rows.length > 0;
}

export async function listLocalUsers(db: DbOrTx): Promise<Pick<User, "id" | "name" | "email">[]> {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(like(users.id, "local\\_%")).orderBy(users.name).limit(50);
}

/** The local user with this e-mail (the earliest, if several were created). */
export async function findLocalUserByEmail(db: DbOrTx, email: string): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(like(users.id, "local\\_%"), eq(users.email, email)))
    .orderBy(users.createdAt)
    .limit(1);
  return row;
}

export async function createLocalUser(db: DbOrTx, data: { name: string; email: string }): Promise<User> {
  const [row] = await db
    .insert(users)
    .values({ id: `local_${crypto.randomUUID()}`, ...data })
    .returning();
  return row!;
}

export async function setPlan(db: DbOrTx, id: string, plan: "free" | "pro") {
  await db
    .update(users)
    .set({ plan })
    .where(and(eq(users.id, id), sql`${users.id} like 'local\\_%'`));
}

export async function updateSettings(
  db: DbOrTx,
  id: string,
  data: { name: string; aiProvider: "gemini" | "openai-compatible" | "insights" | null; plan?: "free" | "pro"; webhookUrl: string | null },
) {
  await db
    .update(users)
    .set({
      name: data.name,
      aiProvider: data.aiProvider,
      webhookUrl: data.webhookUrl,
      // A signing secret exists exactly while a webhook is configured; kept when the URL changes.
      webhookSecret: data.webhookUrl ? sql`coalesce(${users.webhookSecret}, ${`whsec_${randomBytes(24).toString("base64")}`})` : null,
    })
    .where(eq(users.id, id));
  if (data.plan) await setPlan(db, id, data.plan);
}

export async function updateSpeakingProfile(db: DbOrTx, id: string, data: { speechLanguage: string; cloudRecognition: boolean; extraFillers: string[] }) {
  await db
    .update(users)
    .set({
      speechLanguage: data.speechLanguage,
      extraFillers: data.extraFillers,
      // Keeps the original date of an agreement that stands; withdrawing clears it.
      cloudRecognitionConsentAt: data.cloudRecognition ? sql`coalesce(${users.cloudRecognitionConsentAt}, now())` : null,
    })
    .where(eq(users.id, id));
}

export async function setCloudRecognitionConsent(db: DbOrTx, id: string, allowed: boolean) {
  await db
    .update(users)
    .set({ cloudRecognitionConsentAt: allowed ? sql`coalesce(${users.cloudRecognitionConsentAt}, now())` : null })
    .where(eq(users.id, id));
}

/** Ends every local session of the user (their cookies name an older version from now on). */
export async function revokeLocalSessions(db: DbOrTx, id: string) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id));
}
