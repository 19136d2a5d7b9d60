/** Shared types for the deterministic resume report. */

/** A quote from the resume: `text === resumeText.slice(start, end)`. */
export type Evidence = { start: number; end: number; text: string };

export type Severity = "strength" | "minor" | "major";

export type ReportItem = { severity: Severity; message: string; evidence?: Evidence };

export function evidenceAt(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}
