import type { User } from "@/drizzle/schema";

export const FREE_PLAN_JOB_LIMIT = 25;

/** Free plans keep a generous but finite number of jobs; Pro is unlimited. */
export function canCreateJobInfo(user: Pick<User, "plan">, existingCount: number): boolean {
  return user.plan === "pro" || existingCount < FREE_PLAN_JOB_LIMIT;
}
