import { describe, expect, it } from "vitest";
import { z } from "zod";
import { engineFeedbackSchema, feedbackDrafts, llmFeedbackSchema } from "@/features/questions/schemas";
import { analysisDrafts, engineResumeAnalysisSchema, resumeAnalysisSchema } from "@/features/resumeAnalyses/schemas";
import { boundedDraft, type DraftSchema } from "@/lib/boundedDraft";

/**
 * The schemas the pages pass to the streaming views (lib/draftSchema.ts) bound
 * a draft exactly as the full JSON Schema of the zod schema did when the
 * browser converted it itself.
 */
const long = "x".repeat(6000);
const drafts: unknown[] = [
  {
    rating: 11,
    summary: long,
    strengths: Array.from({ length: 40 }, (_, i) => ({ point: `p${i}`, quote: long, extra: 1 })),
    gaps: [{ point: 3, suggestion: "s" }],
    modelAnswer: long,
    breakdown: [{ part: "coverage", score: 1.5, weight: 0.5, explanation: long }],
    unknown: "dropped",
  },
  { rating: 7.5, summary: "ok", strengths: "not a list", gaps: [null], breakdown: [] },
  {
    overall: { score: 101, summary: long },
    ats: { score: 50, summary: "s", items: Array.from({ length: 120 }, () => ({ type: "major", message: long, quote: long })) },
    jobMatch: { score: 40.5, items: [{ type: "bogus", message: "m", quote: "" }] },
    keywords: null,
  },
  "text",
  null,
];

describe("draft schemas", () => {
  it.each([
    ["llm feedback", llmFeedbackSchema, () => feedbackDrafts().llm],
    ["engine feedback", engineFeedbackSchema, () => feedbackDrafts().insights],
    ["llm analysis", resumeAnalysisSchema, () => analysisDrafts().llm],
    ["engine analysis", engineResumeAnalysisSchema, () => analysisDrafts().insights],
  ] as const)("%s: same drafts as the full JSON Schema, and no descriptions", (_name, schema, draft) => {
    const full = z.toJSONSchema(schema) as DraftSchema;
    for (const value of drafts) expect(boundedDraft(draft(), value)).toEqual(boundedDraft(full, value));
    expect(JSON.stringify(draft())).not.toContain("description");
  });
});
