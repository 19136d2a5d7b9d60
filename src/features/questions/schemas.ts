import { z } from "zod";
import { questionDifficulties } from "@/lib/domainValues";
import { draftSchemaOf } from "@/lib/draftSchema";
import type { DraftSchema } from "@/lib/boundedDraft";
import { ANSWER_MAX, questionKindChoices } from "./labels";

export { ANSWER_MAX, difficultyLabels, questionKindChoices, questionKindLabels, type QuestionKindChoice } from "./labels";

export const generateQuestionSchema = z.object({
  difficulty: z.enum(questionDifficulties, { error: "Choose easy, medium or hard." }),
  kind: z.enum(questionKindChoices, { error: "Choose any, technical or behavioural." }).default("any"),
});

export const answerSchema = z.object({
  answer: z
    .string({ error: "Write your answer first." })
    .trim()
    .min(1, "Write your answer first.")
    .max(ANSWER_MAX, `Keep the answer under ${ANSWER_MAX.toLocaleString("en")} characters.`),
});

/**
 * Feedback as an LLM writes it (the JSON schema it is given, and what its
 * answer must pass): every number and list bounded, no field an LLM may not
 * fill. An answer outside these bounds is a model failure, never shown.
 */
export const llmFeedbackSchema = z.object({
  rating: z.number().int().min(1).max(10).describe("Overall rating from 1 (poor) to 10 (excellent)"),
  summary: z.string().min(1).max(1200).describe("Two or three sentences on the answer overall"),
  strengths: z
    .array(
      z.object({
        point: z.string().min(1).max(300),
        quote: z.string().max(500).describe("The candidate's own words that show it, copied exactly"),
      }),
    )
    .max(8)
    .describe("What the answer got right"),
  gaps: z
    .array(z.object({ point: z.string().min(1).max(300), suggestion: z.string().max(600) }))
    .max(8)
    .describe("What was missing or wrong, and how to fix it"),
  modelAnswer: z.string().min(1).max(3000).describe("A concise strong answer to the question"),
});

/** The insights engine's feedback: the same fields with room for its rubric lists, plus how the rating was computed. */
export const engineFeedbackSchema = z.object({
  rating: z.number().int().min(1).max(10),
  summary: z.string().min(1).max(2000),
  strengths: z.array(z.object({ point: z.string().max(600), quote: z.string().max(1000) })).max(30),
  gaps: z.array(z.object({ point: z.string().max(600), suggestion: z.string().max(600) })).max(30),
  modelAnswer: z.string().max(5000),
  breakdown: z
    .array(
      z.object({
        part: z.string().min(1).max(60),
        score: z.number().min(0).max(1),
        weight: z.number().min(0).max(1),
        explanation: z.string().max(600),
      }),
    )
    .max(10),
});

/** The schema a producer's feedback must pass. */
export const feedbackSchemaFor = (kind: "llm" | "insights") => (kind === "llm" ? llmFeedbackSchema : engineFeedbackSchema);

let feedbackDraftSchemas: Record<"llm" | "insights", DraftSchema> | undefined;
/** Each producer's feedback schema as the answer form bounds the streaming feedback with (lib/draftSchema.ts). */
export const feedbackDrafts = () => (feedbackDraftSchemas ??= { llm: draftSchemaOf(llmFeedbackSchema), insights: draftSchemaOf(engineFeedbackSchema) });

/** Feedback as stored and read back (rows written before the bounds above included): in insights/answerFeedback.ts, below the database schema. */
export { storedFeedbackSchema, type QuestionFeedback as Feedback } from "@/insights/answerFeedback";
