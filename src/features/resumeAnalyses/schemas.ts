import { z } from "zod";

const itemSchema = z.object({
  type: z.enum(["strength", "minor", "major"]),
  message: z.string(),
  quote: z.string().describe("The resume's exact words this item is about, copied verbatim; empty if none"),
});

const categorySchema = z.object({
  score: z.number().int().min(0).max(100),
  summary: z.string(),
  items: z.array(itemSchema),
});

/** The analysis every engine returns: an LLM via structured output, or the insights engine from the report. */
export const resumeAnalysisSchema = z.object({
  overall: z.object({ score: z.number().int().min(0).max(100), summary: z.string() }),
  ats: categorySchema.describe("ATS readiness: parsable structure, sections, contact details"),
  jobMatch: categorySchema.describe("How well the experience fits this job"),
  writing: categorySchema.describe("Writing and formatting: action verbs, quantified results, length"),
  keywords: categorySchema.describe("Coverage of the job's skills and keywords"),
  other: categorySchema.describe("Anything else worth fixing: dates, links, consistency"),
});

export type ResumeAnalysisOutput = z.infer<typeof resumeAnalysisSchema>;

export const RESUME_CATEGORIES = [
  { key: "ats", label: "ATS readiness" },
  { key: "jobMatch", label: "Job match" },
  { key: "writing", label: "Writing & formatting" },
  { key: "keywords", label: "Keyword coverage" },
  { key: "other", label: "Other" },
] as const;
