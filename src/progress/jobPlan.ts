import { createHash } from "node:crypto";
import { journey, type Activity } from "./journey";
import { skillsInventory, type InventoryRow, type PracticeText } from "./skillsInventory";

type InventoryInput = Parameters<typeof skillsInventory>[0];

/** Recent inventories by a digest of everything they are computed from (pure: a hit is never stale). */
const MEMO_ENTRIES = 200;
const memo = new Map<string, InventoryRow[]>();

/**
 * The skills inventory, computed once per distinct input: every page of a job
 * shows the next step, and matching the job's skills against the resume and
 * every answer is the costliest part of rendering it. The key is a digest of
 * the inputs, so a new answer or resume makes a new entry; old ones fall out
 * in insertion order.
 */
export function memoisedSkillsInventory(input: InventoryInput): InventoryRow[] {
  const hash = createHash("sha256");
  for (const part of [input.jobTitle ?? "", input.jobDescription, input.resumeText ?? "\u0000none"]) hash.update(part).update("\u0000");
  for (const p of input.practice) hash.update(p.source).update("\u0001").update(p.text).update("\u0000");
  const key = hash.digest("base64");
  const hit = memo.get(key);
  if (hit) return hit;
  const rows = skillsInventory(input);
  memo.set(key, rows);
  if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  return rows;
}

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
  const inventory = memoisedSkillsInventory({ jobTitle: job.title, jobDescription: job.description, resumeText: data.resumeText, practice: data.practice });
  const phases = journey({ ...data.activity, jobSkills: inventory.length, resumeCheck: options.resumeCheck }, `/app/job-infos/${job.id}`);
  return { inventory, phases };
}
