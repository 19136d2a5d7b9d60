import type { User } from "@/drizzle/schema";

/** Questions a plan may use per calendar month (null = unlimited). */
export const QUESTION_LIMITS: Record<User["plan"], number | null> = { free: 20, pro: null };

/**
 * When a question counts against the monthly limit (the month it was asked in):
 * once it was shown (generated in full) and then either answered, or kept for
 * more than QUESTION_GRACE_MS without an answer. An unanswered question from
 * the last 24 hours (an interrupted or skipped one) is *pending*: it does not
 * count yet, and deleting it gives its slot back. Pending questions still hold
 * their slot while they wait — counted + pending may not pass the limit — so
 * never answering cannot farm questions: each one counts after 24 hours.
 */
export const QUESTION_GRACE_MS = 24 * 60 * 60 * 1000;

export function monthlyQuestionLimit(user: Pick<User, "plan">): number | null {
  return QUESTION_LIMITS[user.plan];
}

/** Whether a question has been counted (see QUESTION_GRACE_MS), for what the page says about it. */
export function isQuestionCounted(question: { status: string; answer: string | null; createdAt: Date }, now = new Date()): boolean {
  return question.status === "ready" && (question.answer !== null || now.getTime() - question.createdAt.getTime() > QUESTION_GRACE_MS);
}

/** What deleting a question does to the monthly count, for its confirmation. */
export function deleteQuestionDescription(plan: User["plan"], counted: boolean): string {
  const deleted = "The question, your answer and its feedback will be deleted.";
  if (QUESTION_LIMITS[plan] === null) return deleted;
  return counted
    ? `${deleted} It stays counted against this month's questions: deleting does not give the question back.`
    : `${deleted} Unanswered and under 24 hours old, it has not counted against this month's questions yet, so deleting it frees its slot.`;
}
