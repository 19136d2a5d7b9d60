import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { LOCAL_SESSION_COOKIE, readSessionToken } from "./localSession";
import { getAuthMode } from "./mode";
import { getSessionSecret } from "./sessionSecret";
import type { UserProfile } from "./profile";

export { getAuthMode } from "./mode";
export type { UserProfile } from "./profile";

/** Who is asking, per the active auth adapter (no database access). */
export const getCurrentUserId = cache(async (): Promise<string | null> => {
  if (getAuthMode() === "clerk") {
    const { getClerkUserId } = await import("./clerk");
    return getClerkUserId();
  }
  return (await getLocalSession())?.userId ?? null;
});

const getLocalSession = cache(async () => readSessionToken((await cookies()).get(LOCAL_SESSION_COOKIE)?.value, getSessionSecret()));

/** The session version in the local sign-in cookie (compared with the user's row to honour sign-out). */
export async function getLocalSessionVersion(): Promise<number | undefined> {
  return (await getLocalSession())?.version;
}

/** Name and e-mail for a Clerk user whose first visit beat the `user.created` webhook. */
export async function getClerkProfileForOnboarding(userId: string): Promise<UserProfile> {
  const clerk = await import("./clerk");
  return clerk.getClerkProfileForOnboarding(userId);
}

/** With Clerk, the plan the verified session token carries (Clerk Billing); null in local mode. */
export async function getSessionPlan(proPlanKey: string): Promise<"free" | "pro" | null> {
  if (getAuthMode() !== "clerk") return null;
  const clerk = await import("./clerk");
  return clerk.getClerkPlan(proPlanKey);
}
