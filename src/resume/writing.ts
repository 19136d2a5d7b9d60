import type { Line } from "./lines";
import { sectionAt, type SectionRange } from "./sections";
import { evidenceAt, type Evidence } from "./types";

/**
 * Writing signals: quantified achievements (lines with percentages, money,
 * multipliers, durations, sizes or counted things) and the verbs lines start
 * with (strong action verbs vs. weak "responsible for"-style phrases).
 */

// Linear on any line: a number pattern starts only where its digit run starts
// (lookbehinds), and "from … to …" looks at most 120 characters ahead.
const QUANTIFIERS: RegExp[] = [
  /(?<!\d)\d+(?:[.,]\d+)?\s?(?:%|percent\b|pct\b)/i, // 40%, 12 percent
  /[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:k|m|mm|bn|b|million|billion|thousand)\b)?/i, // $1.2M, €300k
  /\b(?<![\d,.])\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)\b(?!\s*(?:years?|yrs))/i, // 2M users, 300k
  /\b\d+(?:\.\d+)?\s?[x×](?![a-z0-9])/i, // 3x faster
  /\b\d+(?:\.\d+)?\s?(?:ms|milliseconds|seconds|secs|sec|minutes|mins|hours|hrs|days|weeks)\b/i, // 200 ms, 3 days
  /\b\d+(?:\.\d+)?\s?(?:tb|gb|mb|pb|rps|qps|tps|req\/s|requests\/s)\b/i, // 5 TB, 20k rps
  /\b(?<![\d,])\d[\d,]*\+?\s+(?:[a-z-]+\s+)?(?:users|customers|clients|engineers|developers|people|members|reports|services|microservices|teams|projects|applications|apps|stores|countries|markets|requests|transactions|orders|downloads|installs|tests|pipelines|servers|nodes|clusters|dashboards|models|stakeholders|students|hires|candidates|releases|features|bugs|defects|tickets|incidents|records|rows|events|messages|queries|employees|partners|sites|pages|repositories|repos|endpoints|databases|regions|products|accounts|merchants|sellers|vendors|jobs|screens|components|sprints|locations|devices|vehicles|patients|members|subscribers|visitors|sessions|signups|leads)\b/i,
  /\b(?:from|by|to)\s+\d[\d,.]*\b.{0,120}\b(?:to|from)\s+\d/i, // "from 9 to 2 minutes" (within 120 characters)
  /\b(?:doubled|tripled|quadrupled|halved|by half)\b/i, // "cut regressions by half"
];

/**
 * "4,000 lines", "120+ issues", "30+ marketing and e-commerce sites": a count
 * followed within three words by a plural noun. Years, version numbers and
 * standards ("ISO 27001 controls", "Java 17 features") and years of
 * experience are not achievements.
 */
function hasCountedThings(line: string): boolean {
  for (const m of line.matchAll(/(?<![\w.\-/])(\d{1,3}(?:,\d{3})+|\d+)(\+?)\s+(?:[A-Za-z-]+\s+){0,3}?([a-z][a-z-]*s)\b/g)) {
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    if (/^(?:years|yrs)$/.test(m[3]!)) continue;
    const before = wordBefore(line, m.index);
    if (/^[A-Z]{2,}$|^[A-Z][a-z]*[A-Z]|^v(?:ersion)?$/i.test(before) && !/^[A-Z][a-z]+$/.test(before)) continue;
    if (/^(?:ISO|SOC|PCI|Java|Python|Vue|Angular|React|Node|PHP|iOS|Android|Swift|Kotlin|version)$/.test(before)) continue;
    return true;
  }
  return false;
}

/**
 * The run of [A-Za-z0-9+#.] just before `at` (whitespace between allowed), at most 64
 * characters: what /([A-Za-z0-9+#.]+)\s*$/ on the line up to `at` finds, without
 * its quadratic cost on a long run followed by another character.
 */
function wordBefore(line: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(line[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 64 && /[A-Za-z0-9+#.]/.test(line[start - 1]!)) start--;
  return line.slice(start, end);
}

/** A line is a quantified achievement when it has words (≥ 3) and at least one quantifier. */
export function findQuantified(text: string, lines: Line[], ranges: SectionRange[]): Evidence[] {
  const out: Evidence[] = [];
  for (const line of lines) {
    const section = sectionAt(ranges, line.start);
    if (section === "contact" || section === "education" || section === "skills") continue;
    if ((line.text.match(/[A-Za-z]{2,}/g) ?? []).length < 3) continue;
    if (/@|linkedin\.com|github\.com/i.test(line.text)) continue; // contact lines: phone digits are not results
    if (QUANTIFIERS.some((q) => q.test(line.text)) || hasCountedThings(line.text)) out.push(evidenceAt(text, line.start, line.end));
  }
  return out;
}

const STRONG_VERBS = new Set(
  (
    "led lead leads built build builds designed design designs architected architect developed develop develops created create creates launched launch " +
    "shipped ship ships delivered deliver delivers implemented implement implements engineered automated automate automates optimized optimised optimize " +
    "optimise optimizes reduced reduce reduces increased increase increases improved improve improves accelerated scaled scale scales migrated migrate " +
    "refactored redesigned rebuilt rewrote streamlined spearheaded drove drive drives owned own owns established founded initiated introduced pioneered " +
    "mentored mentor mentors coached coach managed manage manages directed oversaw coordinated orchestrated negotiated secured won achieved exceeded grew " +
    "expanded boosted cut saved eliminated resolved debugged diagnosed analyzed analysed analyze analyse modeled modelled forecasted researched discovered " +
    "identified authored wrote published presented trained taught hired recruited standardized standardised consolidated integrated deployed deploy " +
    "containerized containerised configured instrumented tested validated audited hardened prototyped defined championed transformed revamped modernized " +
    "modernised overhauled restructured simplified enabled facilitated partnered produced executed maintained operated ran run runs conducted " +
    "organized organised planned piloted converted cleaned visualized visualised predicted detected generated negotiated unified onboarded"
  ).split(" "),
);

const WEAK_PHRASES =
  /\b(?:responsible for|helped (?:with|to)|helped|assisted (?:with|in)|involved in|duties included|tasked with|participated in|in charge of|worked on|was part of)\b/gi;

export type VerbHit = { verb: string; evidence: Evidence };

export type VerbUsage = { strong: VerbHit[]; weak: VerbHit[] };

/**
 * Strong verbs: the first word of bullet lines, and of lines with ≥ 5 words
 * inside experience/projects. Weak phrases: anywhere in the resume.
 */
export function findVerbs(text: string, lines: Line[], ranges: SectionRange[]): VerbUsage {
  const strong: VerbHit[] = [];
  for (const line of lines) {
    const section = sectionAt(ranges, line.start);
    if (section === "skills" || section === "contact" || section === "education") continue;
    const words = line.text.split(/\s+/);
    const inBody = section === "experience" || section === "projects";
    if (!line.bullet && !(inBody && words.length >= 5)) continue;
    const first = /^[A-Za-z]+/.exec(line.text)?.[0];
    if (first && STRONG_VERBS.has(first.toLowerCase())) strong.push({ verb: first.toLowerCase(), evidence: evidenceAt(text, line.start, line.end) });
  }
  const weak: VerbHit[] = [];
  for (const m of text.matchAll(WEAK_PHRASES)) weak.push({ verb: m[0].toLowerCase(), evidence: evidenceAt(text, m.index, m.index + m[0].length) });
  return { strong, weak };
}
