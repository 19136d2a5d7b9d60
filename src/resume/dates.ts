import { sectionAt, type SectionRange } from "./sections";
import { evidenceAt, type Evidence } from "./types";

/**
 * Date ranges ("Jan 2020 – Mar 2022", "2019-2021", "03/2018 - present",
 * "Summer 2019 to Fall 2020") and consistency checks. Months are counted as
 * year × 12 + month (0-based). A year-only start means January and a year-only
 * end December, so gaps are never over-reported.
 */

export type DateRange = {
  start: number;
  end: number;
  /** Ends "present"/"current"/"now". */
  ongoing: boolean;
  startPrecision: "month" | "year";
  endPrecision: "month" | "year";
  evidence: Evidence;
  section?: SectionRange["name"];
};

export type DateIssue = { kind: "end-before-start" | "future" | "overlap" | "gap"; months?: number; evidence: Evidence };

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  spring: 3,
  summer: 6,
  fall: 9,
  autumn: 9,
  winter: 0,
};
const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)";
const YEAR = "(?:19[5-9]\\d|20\\d{2})";
const DATE = `(?:${MONTH_WORD}\\.?,?\\s+(?:${YEAR}|'\\d{2})|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?!\\d)|${YEAR})`;
const OPEN = "(?:present|current|now|today|ongoing|date)";
const RANGE = new RegExp(`(?<![\\d/])(${DATE})\\s*(?:–|—|-|‒|to|until|till|through|→|>)\\s*(${DATE}|${OPEN})(?![\\d/])`, "gi");
const MONTH_DATE = new RegExp(`^(${MONTH_WORD})\\.?,?\\s+(${YEAR}|'\\d{2})$`);
const NUMERIC_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s*[/.]\\s*(${YEAR})$`);
const YEAR_NUMERIC_MONTH = new RegExp(`^(${YEAR})\\s*[-/.]\\s*(\\d{2})$`);
const YEAR_ONLY = new RegExp(`^(${YEAR})$`);
const OPEN_ONLY = new RegExp(`^${OPEN}$`, "i");
/**
 * At most this many date ranges are read from one resume (real ones have a
 * few dozen): the overlap check compares every pair, so the cap keeps a
 * pasted list of thousands of ranges from costing seconds.
 */
export const MAX_DATE_RANGES = 100;

type Parsed = { month: number; precision: "month" | "year" };

export function parseDate(raw: string, side: "start" | "end"): Parsed | undefined {
  const s = raw.trim().toLowerCase();
  let m = MONTH_DATE.exec(s);
  if (m) {
    const year = m[2]!.startsWith("'") ? 2000 + Number(m[2]!.slice(1)) : Number(m[2]);
    const word = m[1]!;
    return { month: year * 12 + (MONTHS[word] ?? MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)] ?? 0), precision: "month" };
  }
  m = NUMERIC_MONTH_YEAR.exec(s);
  if (m) return { month: Number(m[2]) * 12 + Number(m[1]) - 1, precision: "month" };
  m = YEAR_NUMERIC_MONTH.exec(s);
  if (m) return { month: Number(m[1]) * 12 + Number(m[2]) - 1, precision: "month" };
  m = YEAR_ONLY.exec(s);
  if (m) return { month: Number(m[1]) * 12 + (side === "start" ? 0 : 11), precision: "year" };
  return undefined;
}

export function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function findDateRanges(text: string, ranges: SectionRange[], now: Date = new Date()): DateRange[] {
  const out: DateRange[] = [];
  const current = monthIndex(now);
  for (const m of text.matchAll(RANGE)) {
    const start = parseDate(m[1]!, "start");
    if (out.length >= MAX_DATE_RANGES) break;
    const ongoing = OPEN_ONLY.test(m[2]!.trim());
    const end = ongoing ? { month: current, precision: "month" as const } : parseDate(m[2]!, "end");
    if (!start || !end) continue;
    out.push({
      start: start.month,
      end: end.month,
      ongoing,
      startPrecision: start.precision,
      endPrecision: end.precision,
      evidence: evidenceAt(text, m.index, m.index + m[0].length),
      section: sectionAt(ranges, m.index),
    });
  }
  return out;
}

const label = (month: number) =>
  `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month % 12]} ${Math.floor(month / 12)}`;
export { label as monthLabel };

/**
 * - end-before-start: the range ends before it starts (year precision compares years);
 * - future: a start or end after the current month (year-only: after the current year);
 * - overlap (informational): two roles sharing ≥ 2 months — often legitimate (part-time, promotions);
 * - gap: more than 6 whole months between the end of all earlier roles and the next start,
 *   not covered by another dated entry (education, a career break).
 * Roles are the ranges in the experience section, or, without one, all ranges outside education/certifications.
 */
export function checkDates(all: DateRange[], now: Date = new Date()): DateIssue[] {
  const issues: DateIssue[] = [];
  const current = monthIndex(now);
  const currentYearEnd = Math.floor(current / 12) * 12 + 11;
  for (const r of all) {
    const backwards = r.startPrecision === "year" || r.endPrecision === "year" ? Math.floor(r.end / 12) < Math.floor(r.start / 12) : r.end < r.start;
    if (backwards) issues.push({ kind: "end-before-start", evidence: r.evidence });
    const futureStart = r.startPrecision === "year" ? r.start > currentYearEnd : r.start > current;
    const futureEnd = !r.ongoing && (r.endPrecision === "year" ? Math.floor(r.end / 12) > Math.floor(current / 12) : r.end > current);
    if (futureStart || futureEnd) issues.push({ kind: "future", evidence: r.evidence });
  }
  const hasExperience = all.some((r) => r.section === "experience");
  const roles = all
    .filter((r) => (hasExperience ? r.section === "experience" : r.section !== "education" && r.section !== "certifications"))
    .filter((r) => r.end >= r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      const a = roles[i]!;
      const b = roles[j]!;
      const shared = Math.min(a.end, b.end) - b.start + 1;
      if (shared >= 2) issues.push({ kind: "overlap", months: shared, evidence: b.evidence });
    }
  }
  const isRole = new Set(roles);
  let covered = -Infinity;
  for (const role of roles) {
    if (covered > -Infinity) {
      const gap = role.start - covered - 1;
      const explained = gap > 6 && all.some((r) => !isRole.has(r) && r.start <= covered + 1 && r.end >= role.start - 1);
      if (gap > 6 && !explained) issues.push({ kind: "gap", months: gap, evidence: role.evidence });
    }
    covered = Math.max(covered, role.end);
  }
  return issues;
}
