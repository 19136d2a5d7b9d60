import type { Line } from "./lines";
import { lastAtOrBefore } from "./scan";
import { evidenceAt, type Evidence } from "./types";

/**
 * Resume section detection by heading lines. A heading is a short line (≤ 6
 * words, ≤ 60 chars) whose normalised text ("Work Experience:", "EMPLOYMENT",
 * "Education & Training", "E X P E R I E N C E") matches a known pattern, or
 * a "Label: content" line whose label does ("Skills: Python, SQL").
 */

export type SectionName = "experience" | "education" | "skills" | "contact" | "summary" | "projects" | "certifications";

export const SECTION_NAMES: readonly SectionName[] = ["experience", "education", "skills", "contact", "summary", "projects", "certifications"];

export type SectionInfo = { present: boolean; heading?: Evidence };

/** A detected section's body: from its heading to the next heading. */
export type SectionRange = { name: SectionName | "other"; start: number; end: number };

const PATTERNS: Record<SectionName, RegExp> = {
  experience:
    /^(?:(?:work|professional|relevant|industry|employment|career|engineering|technical|software|teaching|research|volunteer|leadership|product)\s+)?(?:experience|employment(?: history)?)$|^(?:work|employment|career|professional) (?:history|background)$|^positions? held$|^(?:experience|employment) (?:and|&) \w+$/,
  education:
    /^(?:education(?:al background)?|academic (?:background|history|qualifications)|academics|education (?:and|&) (?:training|certifications?|qualifications|courses)|training (?:and|&) education|qualifications)$/,
  skills:
    /^(?:(?:technical|core|key|relevant|professional|computer|it|software|tech|hard)\s+)?(?:skills|competencies|proficiencies|expertise)(?:\s+(?:and|&)\s+\w+)?$|^(?:technologies|tech stack|technical stack|stack|tools(?: (?:and|&) technologies)?|skills summary|toolbox|languages (?:and|&) (?:frameworks|tools|technologies))$/,
  summary: /^(?:(?:professional|career|executive|personal)\s+)?(?:summary|profile|objective|overview)$|^about(?: me)?$|^summary of qualifications$/,
  projects: /^(?:(?:selected|personal|side|key|academic|notable|open source|relevant)\s+)?projects$|^open source(?: contributions| work)?$|^portfolio$/,
  certifications:
    /^(?:(?:professional|licenses?|licences?)\s+)?(?:certifications?|certificates|licen[cs]es?)(?:\s+(?:and|&)\s+(?:certifications?|licen[cs]es?|training|awards|courses))?$|^courses (?:and|&) certifications?$/,
  contact: /^(?:contact(?: (?:information|info|details|me))?|personal (?:details|information))$/,
};

/** Other headings that end the previous section without being reported. */
const OTHER_HEADING =
  /^(?:awards?|honou?rs(?: (?:and|&) awards)?|achievements|interests|hobbies|languages|spoken languages|publications|volunteering|references|activities|additional information|courses|training|patents|talks|leadership)$/;

export function normaliseHeading(text: string): string {
  let t = text.trim();
  // "E X P E R I E N C E" → "EXPERIENCE"
  if (/^(?:[A-Za-z] ){3,}[A-Za-z]$/.test(t)) t = t.replace(/ /g, "");
  return t
    .replace(/^[^A-Za-z]+|[^A-Za-z)]+$/g, "")
    .toLowerCase()
    .replace(/&/g, " & ")
    .replace(/\s+/g, " ")
    .trim();
}

function classify(text: string): SectionName | "other" | undefined {
  const norm = normaliseHeading(text);
  if (!norm) return undefined;
  for (const name of SECTION_NAMES) if (PATTERNS[name].test(norm)) return name;
  if (OTHER_HEADING.test(norm)) return "other";
  return undefined;
}

export type Heading = { name: SectionName | "other"; line: Line; labelEnd: number; inline: boolean };

/** Heading lines of the resume, in order. */
export function findHeadings(lines: Line[]): Heading[] {
  const headings: Heading[] = [];
  for (const line of lines) {
    if (line.bullet) continue;
    const spacedOut = /^(?:[A-Za-z] ){3,}[A-Za-z]$/.test(line.text); // "E X P E R I E N C E"
    const words = spacedOut ? 1 : line.text.split(/\s+/).length;
    if (line.text.length <= 60 && words <= 6) {
      const name = classify(line.text);
      if (name) {
        const label = line.text.replace(/[\s:–—-]+$/, "");
        headings.push({ name, line, labelEnd: line.start + label.length, inline: false });
        continue;
      }
    }
    const label = /^([A-Za-z][A-Za-z &/]{1,38}):\s*\S/.exec(line.text);
    if (label) {
      const name = classify(label[1]!);
      if (name && name !== "other") headings.push({ name, line, labelEnd: line.start + label[1]!.length, inline: true });
    }
  }
  return headings;
}

export function detectSections(text: string, lines: Line[]): { sections: Record<SectionName, SectionInfo>; ranges: SectionRange[] } {
  const headings = findHeadings(lines);
  const sections = Object.fromEntries(SECTION_NAMES.map((n) => [n, { present: false } as SectionInfo])) as Record<SectionName, SectionInfo>;
  const ranges: SectionRange[] = [];
  headings.forEach((h, i) => {
    if (h.name !== "other" && !sections[h.name].present) sections[h.name] = { present: true, heading: evidenceAt(text, h.line.start, h.labelEnd) };
    const next = headings[i + 1];
    ranges.push({ name: h.name, start: h.line.start, end: next ? next.line.start : text.length });
  });
  return { sections, ranges };
}

/**
 * The section a character offset falls in, if any. `ranges` run from one
 * heading to the next, so they are sorted and disjoint: a binary search
 * (called once per line, so a linear scan was quadratic on heading-only text).
 */
export function sectionAt(ranges: SectionRange[], offset: number): SectionRange["name"] | undefined {
  const i = lastAtOrBefore(ranges, offset);
  return i >= 0 && offset < ranges[i]!.end ? ranges[i]!.name : undefined;
}
