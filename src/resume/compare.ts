import type { ResumeReport } from "./report";
import type { ScoreCategory } from "./scores";

export type ReportComparison = {
  scores: { category: ScoreCategory | "overall"; before: number; after: number; delta: number }[];
  keywordsGained: string[];
  keywordsLost: string[];
  matchRate: { before: number; after: number };
};

const CATEGORIES: (ScoreCategory | "overall")[] = ["overall", "atsReadiness", "jobMatch", "writing", "keywordCoverage", "other"];

/** What changed from one analysis (`before`) to another (`after`) of resumes for the same job. */
export function compareReports(before: ResumeReport, after: ResumeReport): ReportComparison {
  const found = (r: ResumeReport) => new Set(r.keywords.found.map((f) => f.keyword.term));
  const a = found(before);
  const b = found(after);
  return {
    scores: CATEGORIES.map((category) => {
      const x = Math.round(before.scores[category]);
      const y = Math.round(after.scores[category]);
      return { category, before: x, after: y, delta: y - x };
    }),
    keywordsGained: [...b].filter((k) => !a.has(k)).sort(),
    keywordsLost: [...a].filter((k) => !b.has(k)).sort(),
    matchRate: { before: before.keywords.matchRate, after: after.keywords.matchRate },
  };
}
