import type { User } from "@/drizzle/schema";
import { FREE_PLAN_JOB_LIMIT } from "@/features/jobInfos/permissions";
import { LIVE_INTERVIEW_LIMITS } from "@/features/liveInterviews/permissions";
import { QUESTION_LIMITS } from "@/features/questions/permissions";

/** What each plan includes, from the limits the features enforce (one source for every page that says so). */
export const planSummaries = {
  free: `Free: ${QUESTION_LIMITS.free} technical questions and ${LIVE_INTERVIEW_LIMITS.free ?? "unlimited"} live interviews a month, up to ${FREE_PLAN_JOB_LIMIT} jobs; recorded and spoken interviews and the coach without limit.`,
  pro: "Pro: unlimited questions, live interviews and jobs, plus resume analysis against each job.",
} as const;

type Plan = User["plan"];

/**
 * What is left of a limited feature, said before the click that would use
 * it: `text` for the page that uses it, `short` for a card or link leading
 * there. Null when the plan has no limit on it. The numbers come from the
 * same constants and counts the features enforce.
 */
export type Allowance = { limit: number; left: number; text: string; short: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Technical questions this month (counted and pending as in features/questions/db.ts#countQuestionUsage). */
export function questionAllowance(plan: Plan, usage: { counted: number; pending: number }): Allowance | null {
  const limit = QUESTION_LIMITS[plan];
  if (limit === null) return null;
  const left = Math.max(0, limit - usage.counted - usage.pending);
  const { pending } = usage;
  const held =
    pending > 0
      ? ` ${plural(pending, "unanswered question", "unanswered questions")} from the last 24 hours ${pending === 1 ? "holds a slot until answered or deleted (deleting it frees the slot)" : "hold a slot each until answered or deleted (deleting one frees its slot)"}.`
      : "";
  const text =
    left > 0
      ? `Free plan: ${left} of ${limit} technical questions left this month.${held} A question counts once answered or kept 24 hours, and deleting it then does not give it back.`
      : `Free plan: all ${limit} technical questions of this month are used.${held} Pro has no monthly limit.`;
  return { limit, left, text, short: `Free plan: ${left} of ${limit} questions left this month` };
}

/** Live (Hume) interviews this month (as counted by features/liveInterviews/db.ts#countLiveInterviewsThisMonth). */
export function liveInterviewAllowance(plan: Plan, usedThisMonth: number): Allowance | null {
  const limit = LIVE_INTERVIEW_LIMITS[plan];
  if (limit === null) return null;
  const left = Math.max(0, limit - usedThisMonth);
  const text =
    left > 0
      ? `Free plan: ${left} of ${limit} live interviews left this month.`
      : `Free plan: all ${limit} live interviews of this month are used. Pro has no monthly limit; recorded and spoken interviews have none on either plan.`;
  return { limit, left, text, short: `Free plan: ${left} of ${limit} live interviews left this month` };
}

/** Jobs kept at once. */
export function jobAllowance(plan: Plan, jobCount: number): Allowance | null {
  if (plan === "pro") return null;
  const limit = FREE_PLAN_JOB_LIMIT;
  const left = Math.max(0, limit - jobCount);
  const text =
    left > 0
      ? `Free plan: ${left} of ${limit} jobs left.`
      : `Free plan: all ${limit} jobs are used. Delete one to add another, or upgrade to Pro for unlimited jobs.`;
  return { limit, left, text, short: `Free plan: ${plural(left, "job", "jobs")} left of ${limit}` };
}
