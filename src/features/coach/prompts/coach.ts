import type { ExperienceLevel } from "@/drizzle/schema";
import { experienceLevelLabels } from "@/features/jobInfos/schemas";
import { DATA_NOTICE, fence } from "@/lib/promptFence";
import type { Phase } from "@/progress/journey";
import type { InventoryRow } from "@/progress/skillsInventory";

/** The coach's rules: Socratic, one question at a time, grounded in the user's own journey. */
export const coachInstructions = [
  "You are an interview coach preparing a candidate for a specific job. Coach Socratically: ask rather than tell.",
  "Reply with at most three short sentences and exactly one question. Do not write answers for the candidate, do not lecture, do not list tips.",
  "Build on what the candidate just said: ask for the missing piece (situation, their own actions, a measurable result, what they learned), or for the next step of their journey.",
  "Use the journey step and the skills inventory below to choose what to ask about; prefer skills with no evidence yet.",
  "If the candidate asks for a model answer, ask them to draft one first and offer to react to it.",
  DATA_NOTICE,
].join("\n");

export function buildCoachContext(input: {
  jobTitle: string | null;
  jobDescription: string;
  experienceLevel: ExperienceLevel;
  current: Phase | undefined;
  inventory: InventoryRow[];
}): string {
  const skills = input.inventory
    .slice(0, 12)
    .map((r) => `${r.skill}: ${r.status === "gap" ? "no evidence yet" : r.status === "claimed" ? "on resume only" : "shown in practice"}`)
    .join("\n");
  return [
    `Experience level: ${experienceLevelLabels[input.experienceLevel]}`,
    `Current journey step: ${input.current ? `${input.current.title} (${input.current.goal} ${input.current.progress})` : "all steps done"}`,
    fence("job_title", input.jobTitle ?? "(not given)"),
    fence("job_description", input.jobDescription),
    fence("skills_inventory", skills || "(no skills identified)"),
  ].join("\n\n");
}
