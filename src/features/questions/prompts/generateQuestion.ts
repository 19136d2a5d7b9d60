import type { Difficulty } from "@/insights/questionBank";
import type { JobContext } from "@/insights/pickQuestion";
import { DATA_NOTICE, fence } from "@/lib/promptFence";
import { experienceLevelLabels } from "@/features/jobInfos/schemas";

/** Prompt for writing one new interview question for a job (output: plain text, streamed). */
export const generateQuestionInstructions = [
  "You are an experienced technical interviewer preparing a candidate for a specific job.",
  "Write exactly ONE interview question for the job described below, at the requested difficulty.",
  "Easy: fundamentals a junior should know. Medium: applied knowledge and trade-offs. Hard: design, depth and edge cases.",
  "Prefer the technologies and responsibilities named in the job description. Do not repeat or rephrase any previously asked question.",
  "Reply with the question only: no preamble, no numbering, no answer, at most 80 words.",
  DATA_NOTICE,
].join("\n");

const KIND_LINES = {
  any: "Kind: technical or behavioural, whichever suits the job and the previous questions best.",
  technical: "Kind: technical (knowledge, design or problem solving for this job).",
  behavioural: "Kind: behavioural (about a real past situation, to be answered as a story: situation, task, action, result).",
} as const;

export function buildGenerateQuestionPrompt(
  job: JobContext,
  difficulty: Difficulty,
  previousQuestions: string[],
  kind: keyof typeof KIND_LINES = "any",
): string {
  return [
    KIND_LINES[kind],
    `Difficulty: ${difficulty}`,
    `Experience level: ${experienceLevelLabels[job.experienceLevel]}`,
    fence("job_title", job.title ?? "(not given)"),
    fence("job_description", job.description),
    previousQuestions.length > 0
      ? fence("previous_questions", previousQuestions.map((q, i) => `${i + 1}. ${q}`).join("\n"))
      : "No questions have been asked yet.",
  ].join("\n\n");
}
