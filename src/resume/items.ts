import type { ResumeReport } from "./report";
import { describeMatchRate, matchBreakdown, MATCH_RATE_FORMULA } from "./matchRate";
import { LENGTH, type ScoreCategory } from "./scores";
import type { ReportItem } from "./types";

/** Human-readable findings per score category, each quoting the resume where possible. */

const MAX_LISTED = 8;

function atsItems(r: ResumeReport): ReportItem[] {
  const items: ReportItem[] = [];
  const { sections, contact, length } = r;
  const present = (["experience", "education", "skills", "summary", "projects", "certifications"] as const).filter((n) => sections[n].present);
  if (present.length > 0)
    items.push({ severity: "strength", message: `Standard section headings found: ${present.join(", ")}.`, evidence: sections[present[0]!].heading });
  for (const name of ["experience", "education", "skills"] as const) {
    if (!sections[name].present)
      items.push({
        severity: "major",
        message: `No "${name}" section heading found; ATS parsers look for a standard heading such as "${name === "experience" ? "Work Experience" : name === "education" ? "Education" : "Skills"}".`,
      });
  }
  if (!sections.summary.present)
    items.push({ severity: "minor", message: "No summary/profile section: two or three lines at the top help a recruiter place you quickly." });
  if (contact.email) items.push({ severity: "strength", message: "E-mail address is present.", evidence: contact.email });
  else items.push({ severity: "major", message: "No e-mail address found." });
  if (!contact.phone) items.push({ severity: "minor", message: "No phone number found." });
  if (!contact.location) items.push({ severity: "minor", message: 'No location (city/region or "Remote") found in the header.' });
  if (length.tooShort)
    items.push({
      severity: "minor",
      message: `Only ${length.words} words; a full page is usually ${LENGTH.minWords}–800 words, so there is room for more detail.`,
    });
  if (length.tooLong)
    items.push({
      severity: "major",
      message: `${length.words} words (~${length.pages} pages); guidance is 1–2 pages (${LENGTH.minWords}–${LENGTH.maxWords} words).`,
    });
  return items;
}

const rateSeverity = (rate: number) => (rate >= 0.7 ? "strength" : rate >= 0.4 ? "minor" : "major");

function jobMatchItems(r: ResumeReport): ReportItem[] {
  const items: ReportItem[] = [];
  const breakdown = matchBreakdown(r.keywords);
  if (r.keywords.all.length > 0) items.push({ severity: rateSeverity(breakdown.rate), message: `${describeMatchRate(breakdown)} ${MATCH_RATE_FORMULA}` });
  const requiredFound = r.keywords.found.filter((f) => f.keyword.required && f.keyword.kind === "skill");
  for (const f of requiredFound.slice(0, MAX_LISTED))
    items.push({ severity: "strength", message: `Shows required skill "${f.keyword.term}".`, evidence: f.evidence });
  const missingRequired = r.keywords.missing.filter((k) => k.required && k.kind === "skill");
  for (const k of missingRequired.slice(0, MAX_LISTED))
    items.push({ severity: "major", message: `The job requires "${k.term}" but the resume never mentions it.` });
  const missingOptional = r.keywords.missing.filter((k) => !k.required && k.kind === "skill");
  if (missingOptional.length > 0)
    items.push({
      severity: "minor",
      message: `Also mentioned in the job but not in the resume: ${missingOptional
        .slice(0, MAX_LISTED)
        .map((k) => k.term)
        .join(", ")}.`,
    });
  return items;
}

function coverageItems(r: ResumeReport): ReportItem[] {
  if (r.keywords.all.length === 0)
    return [{ severity: "minor", message: "The job description names no recognisable skills or key phrases to compare against." }];
  const b = matchBreakdown(r.keywords);
  const required = b.requiredSkills;
  const items: ReportItem[] = [
    required.total > 0
      ? {
          severity: rateSeverity(required.maxPoints > 0 ? required.points / required.maxPoints : 0),
          message: `Required skills: ${required.found} of ${required.total} found, ${required.points} of the ${required.maxPoints} points they can add to the ${Math.round(b.rate * 100)}% match rate.`,
        }
      : { severity: rateSeverity(b.rate), message: `The ad marks no skill as required: this score is the ${Math.round(b.rate * 100)}% match rate.` },
  ];
  const phrases = r.keywords.missing.filter((k) => k.kind === "phrase");
  if (phrases.length > 0)
    items.push({
      severity: "minor",
      message: `Phrases from the job ad not used in the resume: ${phrases
        .slice(0, MAX_LISTED)
        .map((k) => `"${k.term}"`)
        .join(", ")}.`,
    });
  return items;
}

function writingItems(r: ResumeReport): ReportItem[] {
  const items: ReportItem[] = [];
  const { strong, weak } = r.verbs;
  if (strong.length > 0)
    items.push({ severity: "strength", message: `${strong.length} line(s) open with a strong action verb.`, evidence: strong[0]!.evidence });
  else items.push({ severity: "major", message: "No bullet opens with an action verb (led, built, reduced…)." });
  for (const w of weak.slice(0, MAX_LISTED))
    items.push({ severity: "minor", message: `"${w.evidence.text}" is passive; say what you did and what changed.`, evidence: w.evidence });
  const q = r.quantified;
  if (q.count === 0) items.push({ severity: "major", message: "No quantified achievements: add numbers (%, time saved, users, money)." });
  else
    items.push({
      severity: q.count >= 4 ? "strength" : "minor",
      message: `${q.count} line(s) quantify results${q.count < 4 ? "; aim for at least 4" : ""}.`,
      evidence: q.evidence[0],
    });
  return items;
}

function otherItems(r: ResumeReport): ReportItem[] {
  const items: ReportItem[] = [];
  for (const issue of r.dates.issues) {
    if (issue.kind === "end-before-start") items.push({ severity: "major", message: "This date range ends before it starts.", evidence: issue.evidence });
    if (issue.kind === "future") items.push({ severity: "major", message: "This date is in the future.", evidence: issue.evidence });
    if (issue.kind === "gap")
      items.push({
        severity: "minor",
        message: `About ${issue.months} months between roles before this one; a short note (study, travel, caring) avoids questions.`,
        evidence: issue.evidence,
      });
    if (issue.kind === "overlap")
      items.push({
        severity: "minor",
        message: `Informational: overlaps an earlier role by ${issue.months} months (fine for part-time work or promotions; make it clear).`,
        evidence: issue.evidence,
      });
  }
  if (r.dates.ranges.length === 0)
    items.push({ severity: "minor", message: 'No date ranges found; recruiters expect start and end dates (e.g. "Jan 2020 – Mar 2022").' });
  else if (!r.dates.issues.some((i) => i.kind !== "overlap"))
    items.push({ severity: "strength", message: `Dates are consistent across ${r.dates.ranges.length} range(s).`, evidence: r.dates.ranges[0]!.evidence });
  if (r.contact.linkedin) items.push({ severity: "strength", message: "LinkedIn profile linked.", evidence: r.contact.linkedin });
  else items.push({ severity: "minor", message: "No LinkedIn URL found." });
  if (r.contact.github || r.contact.portfolio)
    items.push({ severity: "strength", message: "Code or portfolio link included.", evidence: r.contact.github ?? r.contact.portfolio });
  for (const e of r.injections)
    items.push({ severity: "major", message: "Text addressed to screening software was ignored; remove it, recruiters read it as a red flag.", evidence: e });
  return items;
}

export function buildItems(r: ResumeReport): Record<ScoreCategory, ReportItem[]> {
  return { atsReadiness: atsItems(r), jobMatch: jobMatchItems(r), writing: writingItems(r), keywordCoverage: coverageItems(r), other: otherItems(r) };
}
