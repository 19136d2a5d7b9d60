import "server-only";
import { auth, clerkClient } from "@clerk/nextjs/server";
import type { UserProfile } from "./profile";
import { logger } from "@/lib/logger";

/** The signed-in Clerk user id, verified by clerkMiddleware (offline with CLERK_JWT_KEY). */
export async function getClerkUserId(): Promise<string | null> {
  const { userId } = await auth();
  return userId ?? null;
}

/**
 * Profile for a first visit that beat the webhook. Uses claims in the session
 * token when the Clerk session template adds them (email, name), else one
 * bounded Backend API call; never waits more than 3 s.
 */
export async function getClerkProfileForOnboarding(userId: string): Promise<UserProfile> {
  const { sessionClaims } = await auth();
  const claims = (sessionClaims ?? {}) as Record<string, unknown>;
  const email = typeof claims.email === "string" ? claims.email : undefined;
  const name = typeof claims.name === "string" ? claims.name : undefined;
  if (email) return { id: userId, email, name: name ?? email };
  try {
    const client = await clerkClient();
    const user = await Promise.race([client.users.getUser(userId), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000))]);
    const primary = user.primaryEmailAddress?.emailAddress ?? user.emailAddresses[0]?.emailAddress ?? "";
    return { id: userId, email: primary, name: user.fullName || user.username || primary || "New user", imageUrl: user.imageUrl };
  } catch (error) {
    logger.warn({ err: (error as Error).message, userId }, "clerk profile lookup failed; webhook will fill it in");
    return { id: userId, email: "", name: name ?? "New user" };
  }
}

/**
 * The plan from Clerk Billing, read from the verified session token (`pla`
 * claim, e.g. "u:pro"): Pro when the user holds the plan whose key is
 * CLERK_PRO_PLAN_KEY (default "pro"), otherwise Free.
 */
export async function getClerkPlan(proPlanKey: string): Promise<"free" | "pro"> {
  const { has } = await auth();
  return has({ plan: proPlanKey }) ? "pro" : "free";
}
