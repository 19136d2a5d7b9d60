import { findPhrase, tokenize } from "@/insights/text";
import { classifyJobLines } from "./jobLines";
import { extractPhrases } from "./phrases";
import { firstAtOrAfter, lastAtOrBefore } from "./scan";
import { findSkills, type SkillMatch } from "./skillMatcher";
import type { SkillCategory } from "./taxonomy";
import { evidenceAt, type Evidence } from "./types";

/**
 * Job keywords: taxonomy skills named in the job title/description plus the
 * ad's characteristic multi-word phrases. Only the job text produces keywords;
 * the resume is only ever searched for them, so nothing written in a resume
 * can add a keyword or raise its weight.
 */

export type JobKeyword = {
  /** Canonical skill name, or the phrase as written (lower-case). */
  term: string;
  kind: "skill" | "phrase";
  category?: SkillCategory;
  weight: number;
  required: boolean;
  /** Mentions in the title and description. */
  count: number;
  inTitle: boolean;
  /** Offset of the first mention in the description; -1 when only the title names it. */
  firstIndex: number;
};

export type KeywordMatch = {
  found: { keyword: JobKeyword; evidence: Evidence }[];
  missing: JobKeyword[];
  /** Σ weight × (required ? 2 : 1) of found keywords over the same sum for all keywords; 0 without keywords. */
  matchRate: number;
};

export const MAX_PHRASES = 15;

/** Base weight by category: soft skills are claimed by everyone, so they count less. */
const CATEGORY_WEIGHT: Record<SkillCategory, number> = {
  language: 1,
  framework: 1,
  library: 1,
  database: 1,
  cloud: 1,
  tool: 1,
  certification: 1,
  practice: 0.8,
  soft: 0.5,
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Skill weight = category base × (1 + 0.25 per extra mention, at most +1)
 *   × 1.5 if the job title names it × 1.1 if first mentioned in the first third of the ad.
 */
function skillWeight(category: SkillCategory, count: number, inTitle: boolean, firstPosition: number): number {
  return round(CATEGORY_WEIGHT[category] * (1 + 0.25 * Math.min(count - 1, 4)) * (inTitle ? 1.5 : 1) * (firstPosition < 1 / 3 ? 1.1 : 1));
}

export function extractJobKeywords(jobTitle: string | null, jobDescription: string): JobKeyword[] {
  const title = (jobTitle ?? "").trim();
  const lines = classifyJobLines(jobDescription);
  const titleSkills = title ? findSkills(title, { implied: false }) : [];
  const bodySkills = findSkills(jobDescription, { implied: false });

  // Lines are sorted and disjoint: the line of an offset is a binary search.
  const lineOf = (offset: number) => {
    const line = lines[lastAtOrBefore(lines, offset)];
    return line && offset < line.end ? line : undefined;
  };
  const skills = new Map<string, { match: SkillMatch; count: number; inTitle: boolean; required: boolean; firstIndex: number }>();
  const note = (m: SkillMatch, inTitle: boolean) => {
    const line = inTitle ? undefined : lineOf(m.start);
    const required = inTitle || Boolean(line?.required);
    const entry = skills.get(m.skill.canonical);
    if (!entry) {
      skills.set(m.skill.canonical, { match: m, count: 1, inTitle, required, firstIndex: inTitle ? -1 : m.start });
      return;
    }
    entry.count++;
    entry.inTitle ||= inTitle;
    entry.required ||= required;
    if (!inTitle && entry.firstIndex < 0) entry.firstIndex = m.start;
  };
  for (const m of titleSkills) note(m, true);
  for (const m of bodySkills) note(m, false);

  const length = Math.max(1, jobDescription.length);
  const keywords: JobKeyword[] = [...skills.values()].map(({ match, count, inTitle, required, firstIndex }) => ({
    term: match.skill.canonical,
    kind: "skill",
    category: match.skill.category,
    weight: skillWeight(match.skill.category, count, inTitle, firstIndex < 0 ? 0 : firstIndex / length),
    required,
    count,
    inTitle,
    firstIndex,
  }));

  // Matches are sorted by start: only those from `from` on are looked at, not all of them for every line.
  const relative = (matches: SkillMatch[], from: number, to: number) => {
    const out: { start: number; end: number }[] = [];
    for (let i = firstAtOrAfter(matches, from); i < matches.length && matches[i]!.start < to; i++) {
      const m = matches[i]!;
      if (m.end <= to) out.push({ start: m.start - from, end: m.end - from });
    }
    return out;
  };
  const sources = [
    ...(title ? [{ text: title, offset: -1, position: 0, inTitle: true, required: true, blocked: relative(titleSkills, 0, title.length) }] : []),
    ...lines
      // A phrase needs words of 3+ letters: other lines ("Go", "- AWS") cannot add one.
      .filter((l) => !l.heading && /[A-Za-z]{3}/.test(l.text))
      .map((l) => ({ text: l.text, offset: l.start, position: l.start / length, inTitle: false, required: l.required, blocked: relative(bodySkills, l.start, l.end) })),
  ];
  const phrases = extractPhrases(sources, MAX_PHRASES);
  const topScore = phrases[0]?.score ?? 1;
  for (const p of phrases) {
    keywords.push({
      term: p.surface,
      kind: "phrase",
      // Phrases are context, not hard skills: 0.3–0.8, scaled by their score relative to the best phrase.
      weight: round(0.3 + 0.5 * (p.score / topScore)),
      required: p.required,
      count: p.count,
      inTitle: p.inTitle,
      firstIndex: p.firstIndex,
    });
  }
  // Deterministic order: required first, then weight, then name.
  keywords.sort((a, b) => Number(b.required) - Number(a.required) || b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return keywords;
}

/** Where the resume shows each keyword (first mention), which ones it lacks, and the weighted match rate. */
export function matchKeywords(keywords: JobKeyword[], resumeText: string): KeywordMatch {
  const firstSkill = new Map<string, SkillMatch>();
  for (const m of findSkills(resumeText)) if (!firstSkill.has(m.skill.canonical)) firstSkill.set(m.skill.canonical, m);
  const tokens = tokenize(resumeText);
  const found: KeywordMatch["found"] = [];
  const missing: JobKeyword[] = [];
  let total = 0;
  let matched = 0;
  for (const keyword of keywords) {
    const share = keyword.weight * (keyword.required ? 2 : 1);
    total += share;
    const span = keyword.kind === "skill" ? firstSkill.get(keyword.term) : findPhrase(tokens, keyword.term, 1);
    if (span) {
      found.push({ keyword, evidence: evidenceAt(resumeText, span.start, span.end) });
      matched += share;
    } else missing.push(keyword);
  }
  return { found, missing, matchRate: total > 0 ? round(matched / total, 4) : 0 };
}
