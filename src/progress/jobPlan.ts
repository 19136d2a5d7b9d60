import { journey, type Activity } from "./journey";
import { skillsInventory, type PracticeText } from "./skillsInventory";

/**
 * A job's preparation plan (pure): its skills inventory and the journey's
 * phases, with the Review step fitted to the user's plan. One function for
 * the hub's next step, the coach page and the coach's replies.
 */
export function jobPlan(
  job: { id: string; title: string | null; description: string },
  data: { resumeText: string | null; practice: PracticeText[]; activity: Omit<Activity, "jobSkills" | "resumeCheck"> },
  options: { resumeCheck: boolean },
) {
  const inventory = skillsInventory({ jobTitle: job.title, jobDescription: job.description, resumeText: data.resumeText, practice: data.practice });
  const phases = journey({ ...data.activity, jobSkills: inventory.length, resumeCheck: options.resumeCheck }, `/app/job-infos/${job.id}`);
  return { inventory, phases };
}
