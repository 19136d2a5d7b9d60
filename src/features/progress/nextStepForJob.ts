import { canAnalyseResumes } from "@/features/resumeAnalyses/permissions";
import type { User } from "@/drizzle/schema";
import { chooseDrills } from "@/progress/drills";
import { jobPlan } from "@/progress/jobPlan";
import { nextStep, type NextStep } from "@/progress/nextStep";
import { getCachedDrillInput, getCachedPlanData } from "./dbCache";
import { drillQuestionsHref } from "./drillLink";

/**
 * The next step for one of the user's jobs (the job already owner-checked by
 * the caller), from the preparation plan and the drills: the hub shows it as a
 * card, every other page of the job as a line at the end. Reads go through the
 * per-request cache, so a page that also shows the plan pays once.
 */
export async function nextStepForJob(user: Pick<User, "id" | "plan">, jobInfo: { id: string; title: string | null; description: string }): Promise<NextStep> {
  const [plan, drillInput] = await Promise.all([getCachedPlanData(user.id, jobInfo.id), getCachedDrillInput(user.id, jobInfo.id)]);
  const jobPath = `/app/job-infos/${jobInfo.id}`;
  const { phases } = jobPlan(jobInfo, plan, { resumeCheck: canAnalyseResumes(user) });
  return nextStep(phases, chooseDrills(drillInput), {
    jobPath,
    drillHref: (drill) => (drill.practise === "recorded" ? `${jobPath}/progress#drills-heading` : drillQuestionsHref(jobInfo.id, drill)),
  });
}
