import { sentenceAround } from "@/insights/text";
import { extractJobKeywords, matchKeywords, type JobKeyword } from "@/resume/keywords";

/**
 * The job's skills linked to evidence (pure): where the resume claims each one
 * and where the user actually talked about it (typed answers, recorded and
 * live interviews). Skills come from the same taxonomy matcher as the resume
 * report, so "Go", "React" and friends need their context to count.
 */
export type EvidenceSource = "answer" | "recorded" | "live";

export type InventoryRow = {
  skill: string;
  required: boolean;
  /** A sentence of the latest resume that names it. */
  resume: string | null;
  /** Practice evidence: how often, and the first sentence found. */
  practice: { count: number; source: EvidenceSource | null; quote: string | null };
  status: "shown" | "claimed" | "gap";
};

export type PracticeText = { source: EvidenceSource; text: string };

export function skillsInventory(input: {
  jobTitle: string | null;
  jobDescription: string;
  resumeText: string | null;
  practice: PracticeText[];
}): InventoryRow[] {
  const skills = extractJobKeywords(input.jobTitle, input.jobDescription).filter((k): k is JobKeyword => k.kind === "skill");
  const resume = input.resumeText ? matchKeywords(skills, input.resumeText) : undefined;
  const practiceMatches = input.practice.map((p) => ({ p, match: matchKeywords(skills, p.text) }));
  return skills
    .map((skill): InventoryRow => {
      const inResume = resume?.found.find((f) => f.keyword.term === skill.term);
      const hits = practiceMatches.flatMap(({ p, match }) => {
        const found = match.found.find((f) => f.keyword.term === skill.term);
        return found ? [{ p, found }] : [];
      });
      const first = hits[0];
      return {
        skill: skill.term,
        required: skill.required,
        resume: inResume ? sentenceAround(input.resumeText!, inResume.evidence.start, inResume.evidence.end, 160) : null,
        practice: {
          count: hits.length,
          source: first?.p.source ?? null,
          quote: first ? sentenceAround(first.p.text, first.found.evidence.start, first.found.evidence.end, 160) : null,
        },
        status: hits.length > 0 ? "shown" : inResume ? "claimed" : "gap",
      };
    })
    .sort((a, b) => Number(b.required) - Number(a.required) || ORDER[a.status] - ORDER[b.status] || a.skill.localeCompare(b.skill));
}

/** Gaps first: what to work on leads the table. */
const ORDER = { gap: 0, claimed: 1, shown: 2 } as const;
