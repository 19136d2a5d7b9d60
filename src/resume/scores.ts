/**
 * Score formulas. Every score is 0–100, rounded at the end; inputs are the
 * rule-based findings only (never free text), so the same resume always gets
 * the same scores and wording aimed at a screener cannot move them.
 */

export type ScoreCategory = "atsReadiness" | "jobMatch" | "writing" | "keywordCoverage" | "other";

export type Scores = Record<ScoreCategory | "overall", number>;

const clamp = (n: number, lo = 0, hi = 100) => Math.min(hi, Math.max(lo, n));

/** Guidance: about 400–800 words per page and 1–2 pages, i.e. 400–1,600 words. */
export const LENGTH = { minWords: 400, maxWords: 1600, wordsPerPage: 600, tooShortBelow: 300, maxPages: 2 };

/** 100 inside 400–1,600 words; proportional below 400; −1 point per 16 words over 1,600; at most 60 beyond 2 pages. */
export function lengthScore(words: number, pages: number): number {
  let score = words < LENGTH.minWords ? (100 * words) / LENGTH.minWords : words > LENGTH.maxWords ? 100 - (words - LENGTH.maxWords) / 16 : 100;
  if (pages > LENGTH.maxPages) score = Math.min(score, 60);
  return clamp(score);
}

/** Sections recruiters and ATS parsers look for: experience 40, skills 25, education 20, summary 10, projects or certifications 5. */
export function sectionsScore(s: {
  experience: boolean;
  skills: boolean;
  education: boolean;
  summary: boolean;
  projects: boolean;
  certifications: boolean;
}): number {
  return (s.experience ? 40 : 0) + (s.skills ? 25 : 0) + (s.education ? 20 : 0) + (s.summary ? 10 : 0) + (s.projects || s.certifications ? 5 : 0);
}

/** E-mail 50, phone 25, a profile link (LinkedIn, GitHub or portfolio) 15, location 10. */
export function contactScore(c: { email: boolean; phone: boolean; link: boolean; location: boolean }): number {
  return (c.email ? 50 : 0) + (c.phone ? 25 : 0) + (c.link ? 15 : 0) + (c.location ? 10 : 0);
}

/**
 * Parsable text: share of ordinary characters (letters, digits, whitespace,
 * common punctuation) — full marks at ≥ 98 %, zero at ≤ 90 % (extraction
 * garbage, icon fonts) — times line structure (≥ 8 non-empty lines, else
 * proportional: a resume collapsed into one line lost its layout) times
 * substance (≥ 100 words, else proportional).
 */
export function parsableScore(text: string, nonEmptyLines: number, words: number): number {
  const chars = text.replace(/\s/g, "");
  if (chars.length === 0) return 0;
  const ordinary = (chars.match(/[\p{L}\p{N}.,;:!?'"’“”()\[\]{}\/\\&%$€£+#@*|•·–—_=<>~^-]/gu) ?? []).length;
  const ratio = ordinary / chars.length;
  const charFactor = clamp((ratio - 0.9) / 0.08, 0, 1);
  const lineFactor = Math.min(1, nonEmptyLines / 8);
  const wordFactor = Math.min(1, words / 100);
  return 100 * charFactor * lineFactor * wordFactor;
}

/** ATS readiness = 35 % sections + 25 % contact + 25 % parsable text + 15 % length. */
export function atsReadiness(sections: number, contact: number, parsable: number, length: number): number {
  return 0.35 * sections + 0.25 * contact + 0.25 * parsable + 0.15 * length;
}

/**
 * Job match = the match rate × 100: points of the job's keywords found in the
 * resume over the points of all of them, a keyword's points being its weight,
 * doubled when the ad requires it (keywords.ts#matchKeywords). 50 (neutral)
 * when the job text yields no keyword at all.
 */
export function jobMatch(matchRate: number, keywordCount: number): number {
  return keywordCount === 0 ? 50 : 100 * matchRate;
}

/**
 * Keyword coverage = the required skills' part of the match rate, out of what
 * they could add: their found points over all their points × 100 (the match
 * rate itself when the ad marks no skill as required); 50 without keywords.
 */
export function keywordCoverage(requiredFoundPoints: number, requiredPoints: number, matchRate: number, keywordCount: number): number {
  if (keywordCount === 0) return 50;
  return requiredPoints > 0 ? (100 * requiredFoundPoints) / requiredPoints : 100 * matchRate;
}

/**
 * Writing = 40 % verbs + 40 % quantified results + 20 % length.
 * Verbs: 100 at six or more lines opening with a strong action verb
 * (proportional below), −10 per weak phrase ("responsible for", "worked on").
 * Quantified: 100 at four or more lines with a number that measures impact.
 */
export function writing(strongVerbs: number, weakPhrases: number, quantified: number, length: number): number {
  const verbs = clamp((100 * Math.min(strongVerbs, 6)) / 6 - 10 * weakPhrases);
  const numbers = (100 * Math.min(quantified, 4)) / 4;
  return 0.4 * verbs + 0.4 * numbers + 0.2 * length;
}

/**
 * Other = 70 % dates + 30 % links.
 * Dates: 100 − 25 per impossible range (ends before it starts, or in the future)
 * − 10 per unexplained gap over 6 months; overlaps are informational (no
 * penalty); 60 when no date range can be read at all (timeline unverifiable).
 * Links: LinkedIn 50 + GitHub or portfolio 50.
 */
export function other(dateRanges: number, impossible: number, gaps: number, linkedin: boolean, codeOrPortfolio: boolean): number {
  const dates = dateRanges === 0 ? 60 : clamp(100 - 25 * impossible - 10 * gaps);
  const links = (linkedin ? 50 : 0) + (codeOrPortfolio ? 50 : 0);
  return 0.7 * dates + 0.3 * links;
}

/** Overall = 30 % job match + 25 % ATS readiness + 20 % writing + 15 % keyword coverage + 10 % other. */
export function overall(s: Record<ScoreCategory, number>): number {
  return 0.3 * s.jobMatch + 0.25 * s.atsReadiness + 0.2 * s.writing + 0.15 * s.keywordCoverage + 0.1 * s.other;
}

export function roundScores(s: Record<ScoreCategory, number>): Scores {
  const rounded = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(clamp(v))])) as Record<ScoreCategory, number>;
  // Overall from the unrounded parts, so rounding never compounds.
  return { ...rounded, overall: Math.round(clamp(overall(s))) };
}
