import type { questionDifficulties } from "@/lib/domainValues";

// Kept apart from schemas.ts (which re-exports them) so that the question
// components, client components, do not load zod for limits and labels.

export const ANSWER_MAX = 10_000;

/** Which kind of question to write: either, a technical one, or a behavioural one (a story, graded on STAR). */
export const questionKindChoices = ["any", "technical", "behavioural"] as const;
export type QuestionKindChoice = (typeof questionKindChoices)[number];

export const questionKindLabels: Record<QuestionKindChoice, string> = { any: "Any", technical: "Technical", behavioural: "Behavioural" };

export const difficultyLabels: Record<(typeof questionDifficulties)[number], string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};
