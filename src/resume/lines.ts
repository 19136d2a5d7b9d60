import { evidenceAt, type Evidence } from "./types";

/** One non-empty line of text; offsets point at its trimmed content (bullet marker excluded). */
export type Line = {
  /** Position among the non-empty lines. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The line started with a bullet marker ("-", "•", "*", "1.") that is excluded from start/text. */
  bullet: boolean;
};

const BULLET = /^(?:[-*•●▪◦‣∙·–—>►✓✔]|\d{1,2}[.)])\s+/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const bullet = BULLET.exec(trimmed);
      const start = offset + lead + (bullet ? bullet[0].length : 0);
      const end = offset + lead + trimmed.length;
      lines.push({ index: lines.length, start, end, text: text.slice(start, end), bullet: Boolean(bullet) });
    }
    offset += raw.length + 1;
  }
  return lines;
}

export function lineEvidence(text: string, line: Line): Evidence {
  return evidenceAt(text, line.start, line.end);
}

/** The line containing character `offset`, if any. */
export function lineAt(lines: Line[], offset: number): Line | undefined {
  return lines.find((l) => offset >= l.start && offset <= l.end);
}
