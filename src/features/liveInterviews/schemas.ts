import { z } from "zod";

const point = z.object({
  point: z.string().min(1).max(400).describe("What was good, or what to improve, in one sentence."),
  quote: z.string().max(400).describe("The candidate's exact words from the transcript that this point is about."),
});

/** What a model (or the insights engine) returns for a live interview. */
export const liveFeedbackSchema = z.object({
  summary: z.string().min(1).max(1200),
  categories: z
    .array(
      z.object({
        name: z.string().min(1).max(60),
        score: z.number().int().min(1).max(10),
        explanation: z.string().max(600),
        strengths: z.array(point).max(4),
        improvements: z.array(point).max(4),
      }),
    )
    .max(6),
});

export type LiveFeedbackDraft = z.infer<typeof liveFeedbackSchema>;

/** The feedback as stored (its points grounded in the transcript): a domain type, in insights/liveInterviewTypes.ts. */
export type { GroundedPoint, LiveFeedback } from "@/insights/liveInterviewTypes";

export const chatIdSchema = z.object({
  chatId: z
    .string()
    .trim()
    .min(1, "A chat id is required.")
    .max(100)
    .regex(/^[A-Za-z0-9-]+$/, "That is not a Hume chat id."),
});
