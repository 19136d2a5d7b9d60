import { z } from "zod";

/**
 * A resume analysis (by an LLM or the insights engine) as saved and read back
 * for display, older rows included; the view clamps scores. The bounded
 * schemas a producer's answer must pass are in features/resumeAnalyses/schemas.ts.
 */
const storedCategory = z.object({
  score: z.number(),
  summary: z.string(),
  items: z.array(z.object({ type: z.string(), message: z.string(), quote: z.string() })),
});

export const storedResumeAnalysisSchema = z.object({
  overall: z.object({ score: z.number(), summary: z.string() }),
  ats: storedCategory,
  jobMatch: storedCategory,
  writing: storedCategory,
  keywords: storedCategory,
  other: storedCategory,
});

export type StoredResumeAnalysis = z.infer<typeof storedResumeAnalysisSchema>;
