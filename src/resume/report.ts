import { wordCount } from "@/insights/text";
import { findContact, type ContactDetails } from "./contact";
import { checkDates, findDateRanges, monthLabel, type DateIssue } from "./dates";
import { blankOut, findInjections } from "./injection";
import { buildItems } from "./items";
import { extractJobKeywords, keywordPoints, matchKeywords, type JobKeyword, type KeywordMatch } from "./keywords";
import { splitLines } from "./lines";
import * as score from "./scores";
import { detectSections, type SectionInfo, type SectionName } from "./sections";
import { evidenceAt, type Evidence, type ReportItem } from "./types";
import { findQuantified, findVerbs, type VerbHit } from "./writing";

/**
 * The deterministic resume-vs-job report: rule-based findings with evidence
 * quoting the resume, and documented scores (see scores.ts). Same input, same
 * output; no network, no model. Meant to stand on its own offline and to
 * ground an LLM's feedback later.
 */

export type ResumeReportInput = {
  resumeText: string;
  jobTitle: string | null;
  jobDescription: string;
  /** Real page count when known (from the PDF); otherwise estimated from words. */
  pageCount?: number;
  /** "Today" for future-date and ongoing-role checks; defaults to the current date. */
  now?: Date;
};

export type ResumeReport = {
  keywords: KeywordMatch & { all: JobKeyword[] };
  sections: Record<SectionName, SectionInfo>;
  contact: ContactDetails;
  quantified: { count: number; evidence: Evidence[] };
  verbs: { strongCount: number; weakCount: number; strong: VerbHit[]; weak: VerbHit[] };
  length: { words: number; estimatedPages: number; pages: number; tooShort: boolean; tooLong: boolean };
  dates: { ranges: { start: string; end: string; ongoing: boolean; evidence: Evidence }[]; issues: DateIssue[] };
  /** Sentences addressed to screening software; excluded from every count and score. */
  injections: Evidence[];
  scores: score.Scores;
  items: Record<score.ScoreCategory, ReportItem[]>;
};

/** Re-quote every evidence object from the original resume (analysis ran on a copy with injections blanked). */
function requote<T>(value: T, original: string): T {
  if (Array.isArray(value)) return value.map((v) => requote(v, original)) as T;
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (typeof obj.start === "number" && typeof obj.end === "number" && typeof obj.text === "string") return evidenceAt(original, obj.start, obj.end) as T;
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, k === "keyword" || k === "all" || k === "missing" ? v : requote(v, original)])) as T;
  }
  return value;
}

export function buildResumeReport(input: ResumeReportInput): ResumeReport {
  const original = input.resumeText;
  const now = input.now ?? new Date();
  const injections = findInjections(original);
  const text = blankOut(original, injections);
  const lines = splitLines(text);

  const keywords = extractJobKeywords(input.jobTitle, input.jobDescription);
  const match = matchKeywords(keywords, text);
  const { sections: found, ranges } = detectSections(text, lines);
  const contact = findContact(text, lines);
  const sections = { ...found };
  if (!sections.contact.present && (contact.email || contact.phone)) sections.contact = { present: true, heading: contact.email ?? contact.phone };

  const quantified = findQuantified(text, lines, ranges);
  const verbs = findVerbs(text, lines, ranges);
  const words = wordCount(text);
  const estimatedPages = Math.round((words / score.LENGTH.wordsPerPage) * 10) / 10;
  const pages = input.pageCount ?? Math.max(1, Math.ceil(words / score.LENGTH.wordsPerPage));
  const length = {
    words,
    estimatedPages,
    pages,
    tooShort: words < score.LENGTH.tooShortBelow,
    tooLong: words > score.LENGTH.maxWords || pages > score.LENGTH.maxPages,
  };
  const dateRanges = findDateRanges(text, ranges, now);
  const issues = checkDates(dateRanges, now);

  // Scores: see scores.ts for each formula. Both keyword scores come from the one match rate.
  const isRequiredSkill = (k: JobKeyword) => k.kind === "skill" && k.required;
  const points = (ks: JobKeyword[]) => ks.reduce((sum, k) => sum + keywordPoints(k), 0);
  const requiredFoundPoints = points(match.found.map((f) => f.keyword).filter(isRequiredSkill));
  const requiredPoints = points(keywords.filter(isRequiredSkill));
  const lengthScore = score.lengthScore(words, pages);
  const raw: Record<score.ScoreCategory, number> = {
    atsReadiness: score.atsReadiness(
      score.sectionsScore({
        experience: sections.experience.present,
        skills: sections.skills.present,
        education: sections.education.present,
        summary: sections.summary.present,
        projects: sections.projects.present,
        certifications: sections.certifications.present,
      }),
      score.contactScore({
        email: !!contact.email,
        phone: !!contact.phone,
        link: !!(contact.linkedin || contact.github || contact.portfolio),
        location: !!contact.location,
      }),
      score.parsableScore(text, lines.length, words),
      lengthScore,
    ),
    jobMatch: score.jobMatch(match.matchRate, keywords.length),
    writing: score.writing(verbs.strong.length, verbs.weak.length, quantified.length, lengthScore),
    keywordCoverage: score.keywordCoverage(requiredFoundPoints, requiredPoints, match.matchRate, keywords.length),
    other: score.other(
      dateRanges.length,
      issues.filter((i) => i.kind === "end-before-start" || i.kind === "future").length,
      issues.filter((i) => i.kind === "gap").length,
      !!contact.linkedin,
      !!(contact.github || contact.portfolio),
    ),
  };

  const report: ResumeReport = {
    keywords: { ...match, all: keywords },
    sections,
    contact,
    quantified: { count: quantified.length, evidence: quantified },
    verbs: { strongCount: verbs.strong.length, weakCount: verbs.weak.length, strong: verbs.strong, weak: verbs.weak },
    length,
    dates: {
      ranges: dateRanges.map((r) => ({ start: monthLabel(r.start), end: r.ongoing ? "present" : monthLabel(r.end), ongoing: r.ongoing, evidence: r.evidence })),
      issues,
    },
    injections,
    scores: score.roundScores(raw),
    items: { atsReadiness: [], jobMatch: [], writing: [], keywordCoverage: [], other: [] },
  };
  report.items = buildItems(report);
  return requote(report, original);
}
