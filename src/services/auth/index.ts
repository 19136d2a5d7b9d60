import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { ensureUser, getUser } from "@/features/users/db";
import { LOCAL_SESSION_COOKIE, readSessionToken } from "./localSession";
import { getAuthMode } from "./mode";
import { getSessionSecret } from "./sessionSecret";

export { getAuthMode } from "./mode";

/** Who is asking, per the active auth adapter (no database access). */
export const getCurrentUserId = cache(async (): Promise<string | null> => {
  if (getAuthMode() === "clerk") {
    const { getClerkUserId } = await import("./clerk");
    return getClerkUserId();
  }
  return (await getLocalSession())?.userId ?? null;
});

const getLocalSession = cache(async () => readSessionToken((await cookies()).get(LOCAL_SESSION_COOKIE)?.value, getSessionSecret()));

/**
 * The signed-in user's row from our database, created from the session on a
 * first visit that beat the Clerk webhook. Never calls Clerk on the hot path.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const userId = await getCurrentUserId();
  if (!userId) return null;
  const db = await getDb();
  const existing = await getUser(db, userId);
  if (getAuthMode() !== "clerk") {
    // A local session for a deleted user, or one issued before a sign-out, is no session.
    return existing && existing.sessionVersion === (await getLocalSession())?.version ? existing : null;
  }
  if (existing) return existing;
  const { getClerkProfileForOnboarding } = await import("./clerk");
  return (await ensureUser(db, await getClerkProfileForOnboarding(userId))) ?? null;
});

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
