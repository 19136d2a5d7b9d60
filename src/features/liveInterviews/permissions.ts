import type { User } from "@/drizzle/schema";

/** Live interviews a plan may start per calendar month (null = unlimited). Each costs Hume minutes. */
export const LIVE_INTERVIEW_LIMITS: Record<User["plan"], number | null> = { free: 3, pro: null };

export function monthlyLiveInterviewLimit(user: Pick<User, "plan">): number | null {
  return LIVE_INTERVIEW_LIMITS[user.plan];
}
