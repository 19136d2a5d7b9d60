/**
 * Where feedback quotes sit in an answer: the sentence around a match, and
 * the place of a quoted passage (written by the engine or by an LLM) in the
 * answer it quotes. Offsets are UTF-16 indices into the answer as written.
 * Every function is a linear scan of the text (no backtracking regexes).
 */

export type Range = { start: number; end: number };

/** Words whose final "." does not end a sentence ("e.g. Redis", "Dr. Okafor"). */
const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "vs", "cf", "approx", "mr", "mrs", "dr", "prof", "fig", "jr", "sr"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]"]);
const TERMINATORS = new Set([".", "!", "?", "…"]);

/** The word ending at `dot` (a "."), lower-cased, including inner dots ("e.g"). */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1]!)) k--;
  return text.slice(k, dot).toLowerCase();
}

/** Whether a sentence ends right after `i` (a terminator, then any closers, then a space or the end). Returns the sentence's end or -1. */
function sentenceEndAt(text: string, i: number): number {
  const c = text[i]!;
  if (c === "\n") return i;
  if (!TERMINATORS.has(c)) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return -1; // "3.5", "Node.js", "e.g."'s inner dot
  if (c === ".") {
    const word = wordBefore(text, i);
    // An abbreviation, or a single initial ("J. Smith"), does not end the sentence.
    if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) return -1;
  }
  return j;
}

/** The sentence of `text` that holds the range [start, end): its bounds, trimmed of spaces. */
export function sentenceBounds(text: string, start: number, end: number): Range {
  let from = 0;
  for (let i = Math.min(start, text.length) - 1; i >= 0; i--) {
    const stop = sentenceEndAt(text, i);
    if (stop >= 0 && stop <= start) {
      from = text[i] === "\n" ? i + 1 : stop;
      break;
    }
  }
  let to = text.length;
  for (let i = Math.max(end - 1, from); i < text.length; i++) {
    const stop = sentenceEndAt(text, i);
    if (stop >= 0 && stop >= end) {
      to = text[i] === "\n" ? i : stop;
      break;
    }
  }
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/**
 * The sentence of `text` around a character range, at most `maxLength`
 * characters: a longer one is cut at word boundaries around the range, with
 * "…" where it was cut, so what remains is still the user's own words.
 */
export function quoteSentence(text: string, start: number, end: number, maxLength = 220): string {
  const bounds = sentenceBounds(text, start, end);
  const sentence = text.slice(bounds.start, bounds.end);
  if (sentence.length <= maxLength) return sentence;
  const center = Math.max(0, start - bounds.start);
  let from = Math.max(0, center - Math.floor(maxLength / 2));
  let to = Math.min(sentence.length, from + maxLength);
  // Never cut inside a word: move inwards to the nearest space.
  if (from > 0 && !/\s/.test(sentence[from - 1]!)) {
    const space = sentence.indexOf(" ", from);
    from = space >= 0 && space < to ? space + 1 : from;
  }
  if (to < sentence.length && !/\s/.test(sentence[to]!)) {
    const space = sentence.lastIndexOf(" ", to);
    to = space > from ? space : to;
  }
  return `${from > 0 ? "…" : ""}${sentence.slice(from, to).trim()}${to < sentence.length ? "…" : ""}`;
}

const FOLD: Record<string, string> = { "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-" };

/** The text folded for matching (lower case, one kind of quote mark, runs of spaces as one), with each folded character's index in the original. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      space = folded.length > 0;
      continue;
    }
    if (space) {
      folded += " ";
      at.push(i - 1);
      space = false;
    }
    folded += (FOLD[c] ?? c).toLowerCase();
    at.push(i);
  }
  return { folded, at };
}

const WRAPPERS = new Set(['"', "'", "“", "”", "‘", "’", "…"]);
const END_PUNCTUATION = new Set([...WRAPPERS, ".", ",", ";", ":", "!", "?"]);

/** A quote as written in feedback, without what it wraps the answer's words in: quote marks, ellipses, end punctuation. */
function quoteCore(quote: string): string {
  let from = 0;
  let to = quote.length;
  while (from < to && (/\s/.test(quote[from]!) || WRAPPERS.has(quote[from]!) || quote[from] === ".")) from++;
  while (to > from && (/\s/.test(quote[to - 1]!) || END_PUNCTUATION.has(quote[to - 1]!))) to--;
  return quote.slice(from, to);
}

/**
 * Where a feedback quote sits in the answer: an exact match, else the same
 * words ignoring case, spacing, quote-mark style and the ellipses or end
 * punctuation a quote is wrapped in. Null when the answer does not contain it
 * (an LLM may paraphrase): such a quote is shown, but points at nothing.
 * A quote cut with "…" in its middle is located by its longest part.
 */
export function locateQuote(answer: string, quote: string): Range | null {
  const exact = quote.trim();
  if (exact.length > 0) {
    const index = answer.indexOf(exact);
    if (index >= 0) return { start: index, end: index + exact.length };
  }
  const parts = quoteCore(quote)
    .split(/\.\.\.|…/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  const core = parts[0];
  if (!core || core.length < 3) return null;
  const haystack = fold(answer);
  const needle = fold(core).folded;
  const index = haystack.folded.indexOf(needle);
  if (index < 0) return null;
  return { start: haystack.at[index]!, end: haystack.at[index + needle.length - 1]! + 1 };
}

export type QuoteHighlight = Range & { quotes: number[] };

/**
 * The sentences of the answer that the quotes point at, in answer order:
 * each located quote marks its whole sentence (so a phrase quote highlights
 * the sentence it comes from). Quotes in one sentence share its highlight.
 */
export function quoteHighlights(answer: string, quotes: readonly (string | null | undefined)[]): QuoteHighlight[] {
  const byStart = new Map<number, QuoteHighlight>();
  quotes.forEach((quote, i) => {
    if (!quote) return;
    const found = locateQuote(answer, quote);
    if (!found) return;
    const sentence = sentenceBounds(answer, found.start, found.end);
    const range = { start: Math.min(sentence.start, found.start), end: Math.max(sentence.end, found.end) };
    const existing = byStart.get(range.start);
    if (existing) {
      existing.end = Math.max(existing.end, range.end);
      existing.quotes.push(i);
    } else byStart.set(range.start, { ...range, quotes: [i] });
  });
  // Overlapping ranges (a quote spanning two sentences) merge into one.
  const sorted = [...byStart.values()].sort((a, b) => a.start - b.start);
  const merged: QuoteHighlight[] = [];
  for (const h of sorted) {
    const last = merged.at(-1);
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.quotes.push(...h.quotes);
    } else merged.push({ ...h, quotes: [...h.quotes] });
  }
  return merged;
}
