import type { FillerHit, TimedWord, Transcript } from "./types";

/**
 * Filler words from a transcript. Clark & Fox Tree (2002, "Using uh and um in
 * spontaneous speaking", Cognition 84) show "uh"/"um" are planning signals, and
 * Fox Tree (2001) that listeners use them — so the goal is not zero, only a
 * count a speaker can act on.
 *
 * Precision limits (best-effort, rule based, English only):
 * - "um", "uh", "er", "erm", "ah", "hmm" (and lengthened spellings) are
 *   near-certain fillers — when the speech-to-text engine keeps them at all;
 *   many engines drop them, which makes the count a lower bound.
 * - "like", "you know", "I mean", "sort of", "kind of", "basically",
 *   "actually" are often meaningful ("I like Go", "what kind of cache").
 *   The rules below skip the obvious literal uses (verb "like" after a subject
 *   or modal, "like to", determiner + "kind of", "do you know", "I mean that")
 *   and count the rest; "basically" and "actually" are always counted. Expect
 *   both false positives and misses on these.
 */

export type Token = { word: string; norm: string; commaAfter: boolean; startMs?: number; endMs?: number };

const HESITATIONS = new Map<string, string>([
  ["um", "um"],
  ["umm", "um"],
  ["ummm", "um"],
  ["uhm", "um"],
  ["uh", "uh"],
  ["uhh", "uh"],
  ["uhhh", "uh"],
  ["er", "er"],
  ["err", "er"],
  ["erm", "er"],
  ["ah", "ah"],
  ["ahh", "ah"],
  ["hmm", "hmm"],
  ["hm", "hmm"],
  ["mm", "hmm"],
]);
const ALWAYS = new Set(["basically", "actually"]);
/** Before "kind of"/"sort of", these make the phrase a noun phrase ("a kind of index"). */
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "what",
  "which",
  "any",
  "some",
  "every",
  "each",
  "one",
  "same",
  "different",
  "other",
  "another",
  "no",
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
  "its",
  "all",
  "many",
  "two",
  "three",
]);
/** Before "like", these make it a verb or a comparison ("I like", "would like", "looks like"). */
const LIKE_LITERAL_BEFORE = new Set([
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "would",
  "i'd",
  "we'd",
  "you'd",
  "they'd",
  "don't",
  "didn't",
  "doesn't",
  "do",
  "does",
  "did",
  "really",
  "also",
  "look",
  "looks",
  "looked",
  "looking",
  "sound",
  "sounds",
  "sounded",
  "seem",
  "seems",
  "seemed",
  "feel",
  "feels",
  "felt",
  "things",
  "something",
  "anything",
  "nothing",
  "more",
  "much",
  "just",
  "exactly",
  "not",
  "people",
  "would've",
  "to",
  "likes",
]);
/** After "you know", these make it a real question or clause ("you know how to…", "do you know"). */
const KNOW_LITERAL_BEFORE = new Set(["do", "did", "don't", "if", "as", "would", "will", "should", "whether", "how", "what"]);
const KNOW_LITERAL_AFTER = new Set(["how", "what", "where", "when", "why", "who", "which", "that", "the", "it", "about", "him", "her", "them"]);

export function tokenize(transcript: Transcript): Token[] {
  if (transcript.words && transcript.words.length > 0) return transcript.words.flatMap(tokenFromTimedWord);
  return splitWords(transcript.text).map((raw) => makeToken(raw));
}

function tokenFromTimedWord(w: TimedWord): Token[] {
  // Some engines put two words in one entry ("you know"); spread the timing evenly.
  const parts = splitWords(w.word);
  const span = (w.endMs - w.startMs) / Math.max(1, parts.length);
  return parts.map((raw, i) => makeToken(raw, w.startMs + i * span, w.startMs + (i + 1) * span));
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

const WORD_CHAR = /^[\p{L}\p{N}']$/u;

/**
 * `s` without leading and trailing characters other than letters, digits and
 * "'" — a loop, since `/[^\p{L}\p{N}']+$/` is quadratic on a long run of
 * punctuation inside a word ("a-----…-----b").
 */
function trimPunctuation(s: string): string {
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && !WORD_CHAR.test(chars[start]!)) start++;
  while (end > start && !WORD_CHAR.test(chars[end - 1]!)) end--;
  return start === 0 && end === chars.length ? s : chars.slice(start, end).join("");
}

function makeToken(raw: string, startMs?: number, endMs?: number): Token {
  const norm = trimPunctuation(raw.toLowerCase().replace(/[’‘]/g, "'"));
  const token: Token = { word: raw, norm, commaAfter: /[,;:—–-]$/.test(raw) || /\.\.\.$/.test(raw) };
  if (startMs !== undefined && endMs !== undefined) {
    token.startMs = startMs;
    token.endMs = endMs;
  }
  return token;
}

/** Filler hits in order, each with timings when the tokens carry them. */
/**
 * A speaker's own fillers (speaking profile), e.g. "basically", "you know",
 * "na": one or two words each, always counted. Normalised like tokens.
 */
export type ExtraFillers = { single: ReadonlySet<string>; pairs: ReadonlySet<string> };

export function extraFillers(phrases: readonly string[] = []): ExtraFillers {
  const single = new Set<string>();
  const pairs = new Set<string>();
  for (const phrase of phrases) {
    const words = splitWords(phrase)
      .map((w) => makeToken(w).norm)
      .filter(Boolean);
    if (words.length === 1) single.add(words[0]!);
    else if (words.length === 2) pairs.add(words.join(" "));
  }
  return { single, pairs };
}

const NO_EXTRAS: ExtraFillers = { single: new Set(), pairs: new Set() };

export function findFillers(tokens: Token[], onHit?: (from: number, to: number) => void, extras: ExtraFillers = NO_EXTRAS): FillerHit[] {
  const hits: FillerHit[] = [];
  const hit = (filler: string, from: number, to: number) => {
    onHit?.(from, to);
    const h: FillerHit = { filler };
    const a = tokens[from];
    const b = tokens[to];
    if (a?.startMs !== undefined && b?.endMs !== undefined) {
      h.startMs = a.startMs;
      h.endMs = b.endMs;
    }
    hits.push(h);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (next && extras.pairs.has(`${t.norm} ${next.norm}`)) {
      hit(`${t.norm} ${next.norm}`, i, i + 1);
      i++;
      continue;
    }
    if (extras.single.has(t.norm)) {
      hit(t.norm, i, i);
      continue;
    }
    const hes = HESITATIONS.get(t.norm);
    if (hes) {
      hit(hes, i, i);
      continue;
    }
    if (ALWAYS.has(t.norm)) {
      hit(t.norm, i, i);
      continue;
    }
    if (t.norm === "like") {
      const commaBounded = t.commaAfter || prev?.commaAfter === true || !prev;
      const literal = (prev && LIKE_LITERAL_BEFORE.has(prev.norm)) || next?.norm === "to" || next?.norm === "this" || next?.norm === "that";
      if (commaBounded || !literal) hit("like", i, i);
      continue;
    }
    if (!next) continue;
    const pair = `${t.norm} ${next.norm}`;
    const after = tokens[i + 2];
    if (pair === "you know") {
      const literal =
        !t.commaAfter && !next.commaAfter && ((prev && KNOW_LITERAL_BEFORE.has(prev.norm)) || (after !== undefined && KNOW_LITERAL_AFTER.has(after.norm)));
      if (!literal) {
        hit("you know", i, i + 1);
        i++;
      }
    } else if (pair === "i mean") {
      const literal = !next.commaAfter && after !== undefined && ["it", "that", "what", "to"].includes(after.norm);
      if (!literal) {
        hit("i mean", i, i + 1);
        i++;
      }
    } else if (pair === "sort of" || pair === "kind of") {
      if (!(prev && DETERMINERS.has(prev.norm))) {
        hit(pair, i, i + 1);
        i++;
      }
    }
  }
  return hits;
}

/**
 * The transcript cut into pieces (words and the spaces between them), each
 * word marked when the filler rules above count it, for highlighting.
 */
export function markFillers(text: string, extras: ExtraFillers = NO_EXTRAS): { text: string; filler: boolean }[] {
  const pieces = text.split(/(\s+)/).filter(Boolean);
  const wordPieces: number[] = [];
  pieces.forEach((piece, i) => {
    if (/[\p{L}\p{N}]/u.test(piece)) wordPieces.push(i);
  });
  const tokens = wordPieces.map((i) => makeToken(pieces[i]!));
  const marked = new Set<number>();
  findFillers(
    tokens,
    (from, to) => {
      for (let k = from; k <= to; k++) marked.add(wordPieces[k]!);
    },
    extras,
  );
  return pieces.map((piece, i) => ({ text: piece, filler: marked.has(i) }));
}
