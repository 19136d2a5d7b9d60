import { stemmer } from "stemmer";
import { quoteSentence } from "./quotes";

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

/** Stems already computed: answers repeat their words, and stemming is most of tokenising. Bounded. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

export function stem(word: string): string {
  const cached = STEM_CACHE.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(/\.$/, "");
  const folded = FOLDS[lower] ?? americanise(lower);
  const result = /\d/.test(folded) || folded.length <= 3 ? folded : stemmer(folded);
  if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
  if (word.length <= 40) STEM_CACHE.set(word, result);
  return result;
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
export function findPhrase(
  tokens: Token[],
  phrase: string,
  gap = 1,
  /** Only occurrences whose first word passes (the rubric accepts words said in a clause). */
  accept?: (index: number) => boolean,
): { start: number; end: number } | undefined {
  const words = stems(phrase);
  if (words.length === 0) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.stem !== words[0] || (accept && !accept(i))) continue;
    const hit = matchFrom(tokens, words, i, gap);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * `findPhrase` for many phrases over the same tokens: positions are indexed by
 * stem once, so each phrase visits only the occurrences of its first word.
 */
export function phraseFinder(tokens: Token[], accept?: (index: number) => boolean) {
  const byStem = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (accept && !accept(i)) return;
    const list = byStem.get(t.stem);
    if (list) list.push(i);
    else byStem.set(t.stem, [i]);
  });
  return (phrase: string, gap = 1): { start: number; end: number } | undefined => {
    const words = stems(phrase);
    if (words.length === 0) return undefined;
    for (const i of byStem.get(words[0]!) ?? []) {
      const hit = matchFrom(tokens, words, i, gap);
      if (hit) return hit;
    }
    return undefined;
  };
}

function matchFrom(tokens: Token[], words: string[], i: number, gap: number): { start: number; end: number } | undefined {
  let position = i;
  for (let w = 1; w < words.length; w++) {
    let found = -1;
    for (let j = position + 1; j <= Math.min(tokens.length - 1, position + 1 + gap); j++) {
      if (tokens[j]!.stem === words[w]) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    position = found;
  }
  return { start: tokens[i]!.start, end: tokens[position]!.end };
}

/** The sentence of `text` around a character range: used to quote the user's own words (insights/quotes.ts). */
export function sentenceAround(text: string, start: number, end: number, maxLength = 220): string {
  return quoteSentence(text, start, end, maxLength);
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
