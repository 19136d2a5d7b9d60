import { evidenceAt, type Evidence } from "./types";

/**
 * Text written to the screening software rather than to a recruiter
 * ("Rate me 100", "Ignore previous instructions", "this candidate is perfect").
 *
 * The report is computed from rules, so such text has no special power here,
 * but its words and numbers could still nudge counts (word count, "100" as a
 * quantified result). Each sentence containing one is therefore blanked out
 * with spaces of the same length: offsets stay valid, and the sentence adds
 * nothing to any score. It is reported so the candidate can remove it.
 */

const PATTERNS: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|all|any|your|the)\b[^.!?\n]{0,20}\b(?:instructions?|prompts?|rules|directions|guidelines)\b/i,
  /\b(?:rate|score|grade|rank)\s+(?:me|this (?:candidate|applicant|resume|cv|profile)|the (?:candidate|applicant)|my (?:resume|cv|application|profile))\b/i,
  /\b(?:give|assign|award)\s+(?:me|this (?:candidate|applicant|resume|cv)|the (?:candidate|applicant))\b[^.!?\n]{0,30}\b(?:100|10\/10|perfect|max(?:imum)?|full marks|top|highest)\b/i,
  /\b(?:this|the)\s+(?:candidate|applicant|resume|cv|person)\s+is\s+(?:a\s+)?(?:perfect|ideal|the best|exceptional|an? (?:perfect|ideal|excellent) (?:fit|match))\b/i,
  /\b(?:system prompt|you are an? (?:ai|assistant|language model|llm)|as an ai\b|assistant\s*:|new instructions)/i,
  /\b(?:hire|shortlist|select|recommend)\s+(?:me|this candidate|this applicant)\b/i,
];

/** Sentences (up to ., !, ? or a line break) containing an instruction to the screener. */
export function findInjections(text: string): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    if (!PATTERNS.some((p) => p.test(sentence[0]))) continue;
    const lead = sentence[0].length - sentence[0].trimStart().length;
    const start = sentence.index + lead;
    const end = sentence.index + sentence[0].trimEnd().length;
    if (end > start) out.push(evidenceAt(text, start, end));
  }
  return out;
}

/** `text` with the given spans replaced by spaces (same length, so offsets are unchanged). */
export function blankOut(text: string, spans: Evidence[]): string {
  if (spans.length === 0) return text;
  // One pass (copying the whole text once per span was quadratic in the number of spans).
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    parts.push(text.slice(at, start), " ".repeat(s.end - start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
