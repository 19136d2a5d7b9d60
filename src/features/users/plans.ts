import { FREE_PLAN_JOB_LIMIT } from "@/features/jobInfos/permissions";
import { LIVE_INTERVIEW_LIMITS } from "@/features/liveInterviews/permissions";
import { QUESTION_LIMITS } from "@/features/questions/permissions";

/** What each plan includes, from the limits the features enforce (one source for every page that says so). */
export const planSummaries = {
  free: `Free: ${QUESTION_LIMITS.free} technical questions and ${LIVE_INTERVIEW_LIMITS.free ?? "unlimited"} live interviews a month, up to ${FREE_PLAN_JOB_LIMIT} jobs; recorded and spoken interviews and the coach without limit.`,
  pro: "Pro: unlimited questions, live interviews and jobs, plus resume analysis against each job.",
} as const;
