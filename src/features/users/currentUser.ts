import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { env } from "@/config/env";
import { getAuthMode, getClerkProfileForOnboarding, getCurrentUserId, getLocalSessionVersion, getSessionPlan } from "@/services/auth";
import { ensureUser, getUser, setPlan } from "./db";

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
    return existing && existing.sessionVersion === (await getLocalSessionVersion()) ? existing : null;
  }
  const user = existing ?? (await ensureUser(db, await getClerkProfileForOnboarding(userId)));
  if (!user) return null;
  // Clerk Billing decides the plan, per request, from the verified token; the row follows
  // (background jobs and exports read it there).
  const plan = await getSessionPlan(env.CLERK_PRO_PLAN_KEY);
  if (plan && plan !== user.plan) {
    await setPlan(db, user.id, plan);
    return { ...user, plan };
  }
  return user;
});

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
