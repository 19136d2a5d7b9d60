import { stem } from "@/insights/text";
import { PEOPLE_AND_UNITS, STOP_WORDS } from "./stopwords";

/**
 * Multi-word phrases that characterise a job ad ("distributed systems",
 * "payment processing"), found by n-gram counting:
 * - text is cut into runs at punctuation, line breaks, numbers, stop words
 *   and taxonomy-skill mentions (those are reported as skills already);
 * - every 2- and 3-word window of a run is a candidate, keyed by the stems
 *   of its words (lower-cased, project `stem`), so "processes payments" and
 *   "payment processing" stay distinct but "payments processing" merges;
 * - score = count × length bonus × requirement bonus × title bonus × position
 *   (see `scorePhrase`); candidates must repeat, appear in the title or sit on
 *   a requirement line; trigrams must repeat;
 * - words right before a person or unit ("mid-market account" in "Mid-Market
 *   Account Executive") name a role, not a phrase.
 */

export type PhraseCandidate = {
  key: string;
  surface: string;
  words: number;
  count: number;
  inTitle: boolean;
  required: boolean;
  firstPosition: number;
  /** Offset of the first mention in the description; -1 when only the title has it. */
  firstIndex: number;
  score: number;
};

/**
 * One line of the ad: `offset` in the description (-1 for the title), `position`
 * where it starts (0 = top, 1 = end), `blocked` skill spans relative to `text`.
 */
export type PhraseSource = { text: string; offset: number; position: number; inTitle: boolean; required: boolean; blocked: Span[] };

type Span = { start: number; end: number };

/**
 * Runs of phrase words in `text`. In a line of the ad (not the title, which
 * is title-cased), a capitalised word after the start of a sentence is a name
 * (employer, product, team: "Harvest Table", "Money Squad") and ends the run.
 */
function runsOf(text: string, blocked: Span[], namesEndRuns: boolean): { word: string; start: number }[][] {
  const runs: { word: string; start: number }[][] = [];
  let run: { word: string; start: number }[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  // Blocked spans sorted by start, with the largest end so far: a token overlaps
  // a span iff the spans starting before its end reach past its start.
  const spans = [...blocked].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const span of spans) reach.push(Math.max(span.end, reach[reach.length - 1] ?? -1));
  let next = 0; // spans[0..next) start before the current token's end (tokens come in order)
  let sentenceStart = true;
  // Words, or any single separator character that ends a run.
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|[^A-Za-z\s]/g)) {
    const token = m[0];
    const isWord = /^[A-Za-z]/.test(token);
    const lower = token.toLowerCase().replace(/['’]s$/, "");
    while (next < spans.length && spans[next]!.start < m.index + token.length) next++;
    const inSkill = next > 0 && reach[next - 1]! > m.index;
    const name = namesEndRuns && isWord && !sentenceStart && token[0] !== token[0]!.toLowerCase();
    const startsSentence = !isWord && ".!?:;".includes(token);
    if (isWord || !startsSentence) sentenceStart = startsSentence;
    if (startsSentence) sentenceStart = true;
    if (!isWord || inSkill || name || STOP_WORDS.has(lower) || lower.length < 3) {
      flush();
      continue;
    }
    run.push({ word: lower, start: m.index });
  }
  flush();
  return runs;
}

/** Phrase score: documented weighting of frequency, length, requirement lines, title and position. */
function scorePhrase(c: Omit<PhraseCandidate, "score">): number {
  const length = c.words === 3 ? 1.25 : 1; // longer phrases are more specific
  const required = c.required ? 1.5 : 1; // stated as a requirement
  const title = c.inTitle ? 2 : 1; // the job title names the core of the role
  const position = 1.25 - 0.5 * c.firstPosition; // 1.25 at the top of the ad, 0.75 at the end
  return c.count * length * required * title * position;
}

export function extractPhrases(sources: PhraseSource[], limit = 15): PhraseCandidate[] {
  const byKey = new Map<string, PhraseCandidate>();
  // Each word is stemmed once, not once per window it falls in.
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let cached = stems.get(word);
    if (cached === undefined) stems.set(word, (cached = stem(word)));
    return cached;
  };
  for (const source of sources) {
    for (const run of runsOf(source.text, source.blocked, !source.inTitle)) {
      const runStems = run.map((w) => stemOf(w.word));
      for (let n = 2; n <= 3; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          // "mid-market account" in "mid-market account executive": the words before a person name a role, not a skill.
          if (i + n < run.length && PEOPLE_AND_UNITS.has(run[i + n]!.word)) continue;
          const key = n === 2 ? `${runStems[i]} ${runStems[i + 1]}` : `${runStems[i]} ${runStems[i + 1]} ${runStems[i + 2]}`;
          const position = source.position;
          const at = source.offset < 0 ? -1 : source.offset + run[i]!.start;
          const existing = byKey.get(key);
          if (existing) {
            existing.count++;
            existing.inTitle ||= source.inTitle;
            existing.required ||= source.required;
            existing.firstPosition = Math.min(existing.firstPosition, position);
            if (existing.firstIndex < 0) existing.firstIndex = at;
          } else {
            const surface = run
              .slice(i, i + n)
              .map((w) => w.word)
              .join(" ");
            byKey.set(key, {
              key,
              surface,
              words: n,
              count: 1,
              inTitle: source.inTitle,
              required: source.required,
              firstPosition: position,
              firstIndex: at,
              score: 0,
            });
          }
        }
      }
    }
  }
  const eligible = [...byKey.values()].filter((c) => (c.words === 2 ? c.count >= 2 || c.inTitle || c.required : c.count >= 2) && !namesPeople(c.surface));
  for (const c of eligible) c.score = scorePhrase(c);
  // A bigram inside an eligible trigram that is no more frequent adds nothing.
  // (Keys are stems joined by single spaces: a trigram "a b c" holds the bigrams "a b" and "b c".)
  const trigramCount = new Map<string, number>();
  for (const t of eligible) {
    if (t.words !== 3) continue;
    const [a, b, c] = t.key.split(" ");
    for (const bigram of [`${a} ${b}`, `${b} ${c}`]) trigramCount.set(bigram, Math.max(trigramCount.get(bigram) ?? 0, t.count));
  }
  const kept = eligible.filter((c) => c.words === 3 || (trigramCount.get(c.key) ?? -1) < c.count);
  return topScored(kept, limit);
}

/** "product managers", "frontend engineer", "care team": people, roles and units, not skills. */
function namesPeople(surface: string): boolean {
  const last = surface.slice(surface.lastIndexOf(" ") + 1);
  return PEOPLE_AND_UNITS.has(last);
}

const byScore = (a: PhraseCandidate, b: PhraseCandidate) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The `limit` best candidates in score order: one pass keeping a short sorted list (a full sort of thousands of candidates is wasted). */
function topScored(candidates: PhraseCandidate[], limit: number): PhraseCandidate[] {
  if (limit >= candidates.length) return [...candidates].sort(byScore);
  const top: PhraseCandidate[] = [];
  for (const c of candidates) {
    if (top.length === limit && byScore(c, top[top.length - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && byScore(c, top[at - 1]!) < 0) at--;
    top.splice(at, 0, c);
    if (top.length > limit) top.pop();
  }
  return top;
}
