import type { User } from "@/drizzle/schema";

/** Questions a plan may generate per calendar month (null = unlimited). */
export const QUESTION_LIMITS: Record<User["plan"], number | null> = { free: 20, pro: null };

export function monthlyQuestionLimit(user: Pick<User, "plan">): number | null {
  return QUESTION_LIMITS[user.plan];
}
