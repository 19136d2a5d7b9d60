import { describeMatchRate, matchBreakdown } from "@/resume/matchRate";
import type { ResumeReport } from "@/resume/report";

/**
 * The insights engine's resume analysis: the deterministic report's scores
 * and findings arranged in the same categories an LLM fills, with quotes
 * from the resume. It adds no judgement of its own and says so.
 */
export type ResumeAnalysisOutput = {
  overall: { score: number; summary: string };
} & Record<
  "ats" | "jobMatch" | "writing" | "keywords" | "other",
  {
    score: number;
    summary: string;
    items: { type: "strength" | "minor" | "major"; message: string; quote: string }[];
  }
>;

const CATEGORY_MAP = {
  ats: "atsReadiness",
  jobMatch: "jobMatch",
  writing: "writing",
  keywords: "keywordCoverage",
  other: "other",
} as const;

function summarise(category: keyof typeof CATEGORY_MAP, report: ResumeReport): string {
  const k = report.keywords;
  switch (category) {
    case "ats":
      return `${Object.values(report.sections).filter((s) => s.present).length} standard sections found; contact details: ${(["email", "phone", "linkedin", "github", "portfolio", "location"] as const).filter((c) => report.contact[c]).join(", ") || "none found"}.`;
    case "jobMatch":
      return `${describeMatchRate(matchBreakdown(k))} This score is the match rate.`;
    case "writing":
      return `${report.verbs.strongCount} bullets start with a strong action verb, ${report.verbs.weakCount} with weak phrasing; ${report.quantified.count} quantified achievements; ${report.length.words} words (~${report.length.estimatedPages} pages).`;
    case "keywords": {
      const required = matchBreakdown(k).requiredSkills;
      const part =
        required.total > 0
          ? `This score is the required skills' part of the match rate: ${required.points} of ${required.maxPoints} points (${required.found} of ${required.total} found).`
          : "The ad marks no skill as required: this score is the match rate.";
      return k.missing.length === 0
        ? `${part} Every keyword of the job appears.`
        : `${part} Missing: ${k.missing
            .slice(0, 8)
            .map((m) => m.term)
            .join(", ")}.`;
    }
    case "other":
      return report.dates.issues.length === 0 ? "Dates are consistent." : `${report.dates.issues.length} date issue(s) to check.`;
  }
}

export function resumeAnalysisFromReport(report: ResumeReport): ResumeAnalysisOutput {
  const categories = Object.fromEntries(
    (Object.keys(CATEGORY_MAP) as (keyof typeof CATEGORY_MAP)[]).map((key) => {
      const source = CATEGORY_MAP[key];
      return [
        key,
        {
          score: Math.round(report.scores[source]),
          summary: summarise(key, report),
          items: report.items[source].map((item) => ({ type: item.severity, message: item.message, quote: item.evidence?.text ?? "" })),
        },
      ];
    }),
  ) as Omit<ResumeAnalysisOutput, "overall">;
  return {
    overall: {
      score: Math.round(report.scores.overall),
      summary:
        "Automated analysis by Darasa's insights engine: rule-based checks of keywords, sections, contact details, action verbs, quantified results, length and dates — not an AI model. Each score follows a documented formula.",
    },
    ...categories,
  };
}
