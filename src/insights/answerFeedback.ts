import { z } from "zod";

/**
 * An answer's content feedback as it is saved: the written question's
 * feedback (the JSON column of questions and attempts) and a spoken answer's
 * content grade (the column of recorded answers). Kept here, below the
 * features that produce them and the database schema that stores them.
 */

/**
 * Feedback as stored (and read back for display): what either producer
 * saved, including rows written before the producers' bounds existed. The
 * views clamp what they show.
 */
export const storedFeedbackSchema = z.object({
  rating: z.number(),
  summary: z.string(),
  strengths: z.array(z.object({ point: z.string(), quote: z.string() })),
  gaps: z.array(z.object({ point: z.string(), suggestion: z.string() })),
  modelAnswer: z.string(),
  breakdown: z.array(z.object({ part: z.string(), score: z.number(), weight: z.number(), explanation: z.string() })).optional(),
});

/** A written question's feedback, by an LLM or the insights engine. */
export type QuestionFeedback = z.infer<typeof storedFeedbackSchema>;

/** A spoken answer's content feedback (its one overall score is in features/interviews/overallScore.ts). */
export type SpokenContentFeedback = {
  source: "llm" | "insights";
  /** Who graded (the model's name, or the engine's); absent in answers graded before it was recorded. */
  modelLabel?: string;
  rating: number;
  summary: string;
  strengths: { point: string; quote: string; atMs?: number }[];
  gaps: { point: string; suggestion: string }[];
  modelAnswer: string;
  /** Rubric parts (insights engine only), each score in 0..1. */
  breakdown?: { part: string; score: number; weight: number; explanation: string }[];
};
