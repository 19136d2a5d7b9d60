import { z } from "zod";
import type { DraftSchema } from "@/lib/boundedDraft";
import { draftSchemaOf } from "@/lib/draftSchema";

const CATEGORY_DESCRIPTIONS = {
  ats: "ATS readiness: parsable structure, sections, contact details",
  jobMatch: "How well the experience fits this job",
  writing: "Writing and formatting: action verbs, quantified results, length",
  keywords: "Coverage of the job's skills and keywords",
  other: "Anything else worth fixing: dates, links, consistency",
} as const;

const score = () => z.number().int().min(0).max(100);

/** The five categories with the given limits on text and lists. */
function analysisSchema(limits: { summary: number; items: number; message: number; quote: number }) {
  const category = (description: string) =>
    z
      .object({
        score: score(),
        summary: z.string().max(limits.summary),
        items: z
          .array(
            z.object({
              type: z.enum(["strength", "minor", "major"]),
              message: z.string().min(1).max(limits.message),
              quote: z.string().max(limits.quote).describe("The resume's exact words this item is about, copied verbatim; empty if none"),
            }),
          )
          .max(limits.items),
      })
      .describe(description);
  return z.object({
    overall: z.object({ score: score(), summary: z.string().min(1).max(limits.summary) }),
    ats: category(CATEGORY_DESCRIPTIONS.ats),
    jobMatch: category(CATEGORY_DESCRIPTIONS.jobMatch),
    writing: category(CATEGORY_DESCRIPTIONS.writing),
    keywords: category(CATEGORY_DESCRIPTIONS.keywords),
    other: category(CATEGORY_DESCRIPTIONS.other),
  });
}

/** The analysis as an LLM writes it: the schema it is given and its answer must pass. */
export const resumeAnalysisSchema = analysisSchema({ summary: 800, items: 10, message: 400, quote: 400 });

/** The insights engine's analysis from the deterministic report: same fields, room for every finding the report makes. */
export const engineResumeAnalysisSchema = analysisSchema({ summary: 2000, items: 100, message: 1000, quote: 2000 });

export const resumeAnalysisSchemaFor = (kind: "llm" | "insights") => (kind === "llm" ? resumeAnalysisSchema : engineResumeAnalysisSchema);

let analysisDraftSchemas: Record<"llm" | "insights", DraftSchema> | undefined;
/** Each producer's analysis schema as the analysis panel bounds the streaming analysis with (lib/draftSchema.ts). */
export const analysisDrafts = () =>
  (analysisDraftSchemas ??= { llm: draftSchemaOf(resumeAnalysisSchema), insights: draftSchemaOf(engineResumeAnalysisSchema) });

/** Saved analyses as read back for display (older rows included): in insights/storedResumeAnalysis.ts, below the database schema. */
export { storedResumeAnalysisSchema, type StoredResumeAnalysis } from "@/insights/storedResumeAnalysis";

export type ResumeAnalysisOutput = z.infer<typeof resumeAnalysisSchema>;

export { RESUME_CATEGORIES } from "./labels";
