import { z } from "zod";
import { questionDifficulties } from "@/drizzle/schema/questions";

export const ANSWER_MAX = 10_000;

/** Which kind of question to write: either, a technical one, or a behavioural one (a story, graded on STAR). */
export const questionKindChoices = ["any", "technical", "behavioural"] as const;
export type QuestionKindChoice = (typeof questionKindChoices)[number];

export const generateQuestionSchema = z.object({
  difficulty: z.enum(questionDifficulties, { error: "Choose easy, medium or hard." }),
  kind: z.enum(questionKindChoices, { error: "Choose any, technical or behavioural." }).default("any"),
});

export const questionKindLabels: Record<QuestionKindChoice, string> = { any: "Any", technical: "Technical", behavioural: "Behavioural" };

export const answerSchema = z.object({
  answer: z
    .string({ error: "Write your answer first." })
    .trim()
    .min(1, "Write your answer first.")
    .max(ANSWER_MAX, `Keep the answer under ${ANSWER_MAX.toLocaleString("en")} characters.`),
});

/** Feedback every engine returns (an LLM via structured output, or the insights engine). */
export const feedbackSchema = z.object({
  rating: z.number().int().min(1).max(10).describe("Overall rating from 1 (poor) to 10 (excellent)"),
  summary: z.string().describe("Two or three sentences on the answer overall"),
  strengths: z
    .array(z.object({ point: z.string(), quote: z.string().describe("The candidate's own words that show it, copied exactly") }))
    .describe("What the answer got right"),
  gaps: z.array(z.object({ point: z.string(), suggestion: z.string() })).describe("What was missing or wrong, and how to fix it"),
  modelAnswer: z.string().describe("A concise strong answer to the question"),
  breakdown: z
    .array(z.object({ part: z.string(), score: z.number(), weight: z.number(), explanation: z.string() }))
    .optional()
    .describe("Omit. Only the offline engine fills this in."),
});

export type Feedback = z.infer<typeof feedbackSchema>;

export const difficultyLabels: Record<(typeof questionDifficulties)[number], string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};
