import type { User } from "@/drizzle/schema";

/** Resume analysis is a Pro feature (PRODUCT.md §8). */
export function canAnalyseResumes(user: Pick<User, "plan">): boolean {
  return user.plan === "pro";
}

export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
