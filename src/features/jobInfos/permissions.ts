import type { JobInfo, User } from "@/drizzle/schema";

/** A job belongs to exactly one user; nobody else may see or change it. */
export function canAccessJobInfo(user: Pick<User, "id">, jobInfo: Pick<JobInfo, "userId">): boolean {
  return user.id === jobInfo.userId;
}

export const FREE_PLAN_JOB_LIMIT = 25;

/** Free plans keep a generous but finite number of jobs; Pro is unlimited. */
export function canCreateJobInfo(user: Pick<User, "plan">, existingCount: number): boolean {
  return user.plan === "pro" || existingCount < FREE_PLAN_JOB_LIMIT;
}
