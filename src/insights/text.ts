import { stemmer } from "stemmer";

/**
 * Text utilities for the insights engine: tokenising, stemming and finding
 * phrases by their word stems, so "caching", "cached" and "caches" match
 * "cache" and small wording changes still count.
 */

export type Token = { stem: string; start: number; end: number };

const WORD = /[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]/gi;

/** Spelling variants folded before stemming (British/American, common abbreviations). */
const FOLDS: Record<string, string> = {
  optimise: "optimize",
  optimisation: "optimization",
  behaviour: "behavior",
  behavioural: "behavioral",
  prioritise: "prioritize",
  normalise: "normalize",
  normalisation: "normalization",
  serialise: "serialize",
  analyse: "analyze",
  colour: "color",
  organise: "organize",
  js: "javascript",
  ts: "typescript",
  k8s: "kubernetes",
  db: "database",
  dbs: "databases",
  postgres: "postgresql",
  ci: "ci",
  cd: "cd",
};

/** British → American spelling, so "optimising" and "optimizing" share a stem. */
function americanise(word: string): string {
  if (word.length <= 5) return word;
  return word
    .replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1")
    .replace(/yse(s|d)?$/, "yze$1")
    .replace(/our(s|ed|ing)?$/, "or$1");
}

export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/\.$/, "");
  const folded = FOLDS[lower] ?? americanise(lower);
  return /\d/.test(folded) || folded.length <= 3 ? folded : stemmer(folded);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    // WORD never ends with a dot, so the token is the match as it is (a
    // `/\.+$/` clean-up here was quadratic on a word with a long run of dots).
    const raw = match[0];
    tokens.push({ stem: stem(raw), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

export function stems(text: string): string[] {
  return tokenize(text).map((t) => t.stem);
}

/**
 * Where a phrase occurs in the tokens, comparing stems. Multi-word phrases
 * allow up to `gap` extra words between their words ("key for idempotency"
 * does not match "idempotency key", but "unique constraint" matches
 * "unique database constraint").
 */
export function findPhrase(tokens: Token[], phrase: string, gap = 1): { start: number; end: number } | undefined {
  const words = stems(phrase);
  if (words.length === 0) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.stem !== words[0]) continue;
    let position = i;
    let matched = true;
    for (let w = 1; w < words.length; w++) {
      let found = -1;
      for (let j = position + 1; j <= Math.min(tokens.length - 1, position + 1 + gap); j++) {
        if (tokens[j]!.stem === words[w]) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        matched = false;
        break;
      }
      position = found;
    }
    if (matched) return { start: tokens[i]!.start, end: tokens[position]!.end };
  }
  return undefined;
}

/** The sentence of `text` around a character range: used to quote the user's own words. */
export function sentenceAround(text: string, start: number, end: number, maxLength = 220): string {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "), before.lastIndexOf("\n")) + 1;
  const after = text.slice(end);
  const stops = [after.indexOf(". "), after.indexOf("! "), after.indexOf("? "), after.indexOf("\n")].filter((i) => i >= 0);
  const sentenceEnd = stops.length > 0 ? end + Math.min(...stops) + 1 : text.length;
  let quote = text.slice(sentenceStart, sentenceEnd).trim();
  if (quote.length > maxLength) {
    const center = start - sentenceStart;
    const from = Math.max(0, center - Math.floor(maxLength / 2));
    quote = `${from > 0 ? "…" : ""}${quote.slice(from, from + maxLength).trim()}…`;
  }
  return quote;
}

export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
