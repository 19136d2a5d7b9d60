/**
 * Scores the resume report's keyword matching against hand-labelled pairs
 * (tests/fixtures/eval/keywords). Shared by eval/keywords.ts and the unit tests.
 *
 * What the report lists is compared with the labels like this:
 * - a listed keyword names a labelled requirement when one of its names (the
 *   term, or each alternative of an "A or B" keyword) is a skill the taxonomy
 *   reads in the requirement's wording (the label "fine-tuning LLMs" reads as
 *   "Large language models"), or when its word stems equal the requirement's,
 *   or one holds the other as a run of at least two words ("workflow
 *   analysis" in "clinical workflow analysis");
 * - found-recall: labelled requirements the resume shows (present) that the
 *   report lists as found;
 * - found-precision: keywords listed as found that name a present requirement
 *   (a found keyword that names no requirement, or one the resume lacks, is wrong);
 * - listing precision: listed keywords (found or missing) that name any requirement;
 * - not-skill listings: listed keywords inside (or holding) an employer, team,
 *   people or generic phrase the labeller marked, which must never be listed;
 * - alternatives: requirements offered as "A or B" listed as exactly one keyword.
 * Keywords overlapping a `neutral` label (degrees, years) are left out of every count.
 */
import { stems } from "../../src/insights/text";
import { buildResumeReport, type ResumeReport } from "../../src/resume/report";
import { findSkills } from "../../src/resume/skillMatcher";
import type { KeywordPair, Requirement } from "../../tests/fixtures/eval/keywords/types";

/** Fixed "today" so date checks never change a figure. */
const NOW = new Date("2025-06-15T00:00:00Z");

type Listed = { term: string; names: string[]; found: boolean };

export type PairResult = {
  id: string;
  field: string;
  presentRequirements: number;
  foundRecalled: number;
  foundListed: number;
  foundCorrect: number;
  listed: number;
  listedMatching: number;
  requirementsListed: number;
  requirements: number;
  alternatives: number;
  alternativesOnce: number;
  notSkillListings: string[];
  errors: string[];
};

export type Totals = {
  pairs: number;
  foundRecall: number;
  foundPrecision: number;
  listingPrecision: number;
  requirementRecall: number;
  notSkillListings: number;
  alternativesOnce: string;
  counts: { present: number; recalled: number; found: number; foundCorrect: number; listed: number; listedMatching: number };
};

type StemRun = string[];

/** Does `inner` occur as a contiguous run in `outer`? */
function holds(outer: StemRun, inner: StemRun): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let same = true;
    for (let j = 0; j < inner.length && same; j++) same = outer[i + j] === inner[j];
    if (same) return true;
  }
  return false;
}

function sameOrHeld(a: StemRun, b: StemRun, minHeld: number): boolean {
  if (a.length === b.length && holds(a, b)) return true;
  return (b.length >= minHeld && holds(a, b)) || (a.length >= minHeld && holds(b, a));
}

type ResolvedRequirement = Requirement & { canonical: Set<string>; stemRuns: StemRun[] };

function resolve(requirement: Requirement): ResolvedRequirement {
  const canonical = new Set<string>();
  for (const name of requirement.anyOf) for (const m of findSkills(name, { implied: false })) canonical.add(m.skill.canonical);
  return { ...requirement, canonical, stemRuns: requirement.anyOf.map((n) => stems(n)) };
}

function names(listed: Listed, requirement: ResolvedRequirement): boolean {
  return listed.names.some((name) => requirement.canonical.has(name) || requirement.stemRuns.some((run) => sameOrHeld(run, stems(name), 2)));
}

function overlapsAny(listed: Listed, phrases: string[]): string | undefined {
  return phrases.find((phrase) => listed.names.some((name) => sameOrHeld(stems(phrase), stems(name), 1)));
}

/** The keywords a report lists: each found or missing keyword once, with its alternatives. */
export function listedKeywords(report: ResumeReport): Listed[] {
  const namesOf = (k: { term: string; alternatives?: string[] }) => (k.alternatives && k.alternatives.length > 0 ? k.alternatives : [k.term]);
  return [
    ...report.keywords.found.map((f) => ({ term: f.keyword.term, names: namesOf(f.keyword), found: true })),
    ...report.keywords.missing.map((k) => ({ term: k.term, names: namesOf(k), found: false })),
  ];
}

export function buildPairReport(pair: KeywordPair): ResumeReport {
  return buildResumeReport({ resumeText: pair.resume, jobTitle: pair.jobTitle, jobDescription: pair.jobDescription, now: NOW });
}

export function scorePair(pair: KeywordPair, report = buildPairReport(pair)): PairResult {
  const requirements = pair.requirements.map(resolve);
  const listed = listedKeywords(report).filter((l) => !overlapsAny(l, pair.neutral ?? []));
  const errors: string[] = [];
  const notSkillListings: string[] = [];
  let foundListed = 0;
  let foundCorrect = 0;
  let listedMatching = 0;
  for (const l of listed) {
    const matching = requirements.filter((r) => names(l, r));
    if (matching.length > 0) listedMatching++;
    else {
      const notSkill = overlapsAny(l, pair.notSkills);
      if (notSkill) notSkillListings.push(`${l.term} (≈ "${notSkill}")`);
      errors.push(`listed "${l.term}"${l.found ? " as found" : ""}: ${notSkill ? `not a skill (≈ "${notSkill}")` : "not a labelled requirement"}`);
    }
    if (!l.found) continue;
    foundListed++;
    if (matching.some((r) => r.present)) foundCorrect++;
    else if (matching.length > 0) errors.push(`"${l.term}" listed as found but the resume lacks it`);
  }
  let foundRecalled = 0;
  let requirementsListed = 0;
  let alternatives = 0;
  let alternativesOnce = 0;
  for (const r of requirements) {
    const matching = listed.filter((l) => names(l, r));
    if (matching.length > 0) requirementsListed++;
    if (r.anyOf.length > 1) {
      alternatives++;
      if (matching.length === 1) alternativesOnce++;
      else errors.push(`"${r.anyOf.join(" or ")}" listed as ${matching.length} keywords`);
    }
    if (!r.present) continue;
    if (matching.some((l) => l.found)) foundRecalled++;
    else errors.push(`missed "${r.anyOf.join(" or ")}"${matching.length > 0 ? " (listed as missing)" : " (not listed)"}`);
  }
  return {
    id: pair.id,
    field: pair.field,
    presentRequirements: requirements.filter((r) => r.present).length,
    foundRecalled,
    foundListed,
    foundCorrect,
    listed: listed.length,
    listedMatching,
    requirementsListed,
    requirements: requirements.length,
    alternatives,
    alternativesOnce,
    notSkillListings,
    errors,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(results: PairResult[]): Totals {
  const sum = (f: (r: PairResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const present = sum((r) => r.presentRequirements);
  const recalled = sum((r) => r.foundRecalled);
  const found = sum((r) => r.foundListed);
  const foundCorrect = sum((r) => r.foundCorrect);
  const listed = sum((r) => r.listed);
  const listedMatching = sum((r) => r.listedMatching);
  return {
    pairs: results.length,
    foundRecall: ratio(recalled, present),
    foundPrecision: ratio(foundCorrect, found),
    listingPrecision: ratio(listedMatching, listed),
    requirementRecall: ratio(
      sum((r) => r.requirementsListed),
      sum((r) => r.requirements),
    ),
    notSkillListings: sum((r) => r.notSkillListings.length),
    alternativesOnce: `${sum((r) => r.alternativesOnce)}/${sum((r) => r.alternatives)}`,
    counts: { present, recalled, found, foundCorrect, listed, listedMatching },
  };
}

export function scoreSplit(pairs: KeywordPair[]): { results: PairResult[]; all: Totals; byField: Map<string, Totals> } {
  const results = pairs.map((p) => scorePair(p));
  const fields = new Map<string, PairResult[]>();
  for (const r of results) fields.set(r.field, [...(fields.get(r.field) ?? []), r]);
  return { results, all: totals(results), byField: new Map([...fields].map(([f, rs]) => [f, totals(rs)])) };
}

/** Problems with the labels themselves (not the matcher): evidence that is not in the resume, duplicates. */
export function labelProblems(pairs: KeywordPair[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of pairs) {
    if (ids.has(p.id)) problems.push(`${p.id}: duplicate id`);
    ids.add(p.id);
    for (const r of p.requirements) {
      if (r.present && !r.evidence) problems.push(`${p.id}: "${r.anyOf.join(" or ")}" present without evidence`);
      if (r.evidence && !p.resume.includes(r.evidence)) problems.push(`${p.id}: evidence "${r.evidence}" is not in the resume`);
    }
  }
  return problems;
}
