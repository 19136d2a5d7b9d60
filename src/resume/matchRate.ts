import { keywordPoints, type JobKeyword, type KeywordMatch } from "./keywords";

/**
 * The report's one match rate, its formula and its parts, in words the report
 * page, its items and the rule-based analysis all share: every other keyword
 * number shown is one of these parts.
 */

export const MATCH_RATE_FORMULA =
  "Match rate = points of the job's keywords found in your resume ÷ points of all of them. A keyword's points are its weight (1 for a tool, language or certification, 0.8 for a practice, 0.5 for a soft skill, 0.3–0.8 for a phrase of the ad; more when the ad repeats it, names it in the title or early), doubled when the ad requires it. \"A or B\" counts once, met by either.";

export type MatchPart = { found: number; total: number; points: number; maxPoints: number };

export type MatchBreakdown = { rate: number; requiredSkills: MatchPart; otherSkills: MatchPart; phrases: MatchPart };

/**
 * The match rate's parts, in points out of 100: required skills, other
 * skills and the ad's phrases. Each part's `points` is what its found
 * keywords add to the match rate and `maxPoints` what all of its keywords
 * could add; the parts' points add up to the match rate (×100, rounded so
 * that the sum is exact) and their maxima to 100. Computed from the found and
 * missing lists alone, so it also explains reports stored before it existed.
 */
export function matchBreakdown(match: Pick<KeywordMatch, "found" | "missing">): MatchBreakdown {
  const partOf = (k: JobKeyword) => (k.kind === "phrase" ? 2 : k.required ? 0 : 1);
  const raw = [0, 1, 2].map(() => ({ found: 0, total: 0, points: 0, maxPoints: 0 }));
  for (const f of match.found) {
    const p = raw[partOf(f.keyword)]!;
    p.found++;
    p.total++;
    p.points += keywordPoints(f.keyword);
    p.maxPoints += keywordPoints(f.keyword);
  }
  for (const k of match.missing) {
    const p = raw[partOf(k)]!;
    p.total++;
    p.maxPoints += keywordPoints(k);
  }
  const all = raw.reduce((s, p) => s + p.maxPoints, 0);
  const scale = (x: number) => (all > 0 ? (100 * x) / all : 0);
  const rate = all > 0 ? raw.reduce((s, p) => s + p.points, 0) / all : 0;
  const points = roundToSum(raw.map((p) => scale(p.points)));
  const maxPoints = roundToSum(raw.map((p) => scale(p.maxPoints)));
  const part = (i: number): MatchPart => ({ found: raw[i]!.found, total: raw[i]!.total, points: points[i]!, maxPoints: maxPoints[i]! });
  return { rate, requiredSkills: part(0), otherSkills: part(1), phrases: part(2) };
}

/** Integers with the same (rounded) sum as `values`: largest remainders get the spare units. */
function roundToSum(values: number[]): number[] {
  const target = Math.round(values.reduce((s, v) => s + v, 0));
  const floors = values.map(Math.floor);
  let spare = target - floors.reduce((s, v) => s + v, 0);
  const order = values.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (spare <= 0) break;
    floors[i]!++;
    spare--;
  }
  return floors;
}

const part = (label: string, p: MatchPart) => `${label} ${p.points} of ${p.maxPoints} points (${p.found} of ${p.total} found)`;

/** "required skills 40 of 55 points (5 of 7 found) + other skills … + phrases …", the parts adding up to the rate. */
export function describeMatchParts(b: MatchBreakdown): string {
  const parts = [
    ["required skills", b.requiredSkills],
    ["other skills", b.otherSkills],
    ["phrases of the ad", b.phrases],
  ] as const;
  return parts
    .filter(([, p]) => p.total > 0)
    .map(([label, p]) => part(label, p))
    .join(" + ");
}

/** One line: the rate, then its parts ("Match rate 64% = required skills 40 of 55 points … + …"). */
export function describeMatchRate(b: MatchBreakdown): string {
  const total = b.requiredSkills.total + b.otherSkills.total + b.phrases.total;
  if (total === 0) return "The job description names no recognisable skill or key phrase, so there is no match rate.";
  return `Match rate ${Math.round(b.rate * 100)}% = ${describeMatchParts(b)}.`;
}
