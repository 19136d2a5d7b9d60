import { stem } from "@/insights/text";
import { STOP_WORDS } from "./stopwords";

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
 *   a requirement line; trigrams must repeat.
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

function runsOf(text: string, blocked: Span[]): { word: string; start: number }[][] {
  const runs: { word: string; start: number }[][] = [];
  let run: { word: string; start: number }[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  // Words, or any single separator character that ends a run.
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|[^A-Za-z\s]/g)) {
    const token = m[0];
    const isWord = /^[A-Za-z]/.test(token);
    const lower = token.toLowerCase().replace(/['’]s$/, "");
    const inSkill = blocked.some((s) => m.index < s.end && m.index + token.length > s.start);
    if (!isWord || inSkill || STOP_WORDS.has(lower) || lower.length < 3) {
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
  const byKey = new Map<string, Omit<PhraseCandidate, "score">>();
  for (const source of sources) {
    for (const run of runsOf(source.text, source.blocked)) {
      for (let n = 2; n <= 3; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const window = run.slice(i, i + n);
          const key = window.map((w) => stem(w.word)).join(" ");
          const position = source.position;
          const at = source.offset < 0 ? -1 : source.offset + window[0]!.start;
          const existing = byKey.get(key);
          if (existing) {
            existing.count++;
            existing.inTitle ||= source.inTitle;
            existing.required ||= source.required;
            existing.firstPosition = Math.min(existing.firstPosition, position);
            if (existing.firstIndex < 0) existing.firstIndex = at;
          } else {
            byKey.set(key, { key, surface: window.map((w) => w.word).join(" "), words: n, count: 1, inTitle: source.inTitle, required: source.required, firstPosition: position, firstIndex: at });
          }
        }
      }
    }
  }
  const eligible = [...byKey.values()]
    .filter((c) => (c.words === 2 ? c.count >= 2 || c.inTitle || c.required : c.count >= 2))
    .map((c) => ({ ...c, score: scorePhrase(c) }));
  // A bigram inside an eligible trigram that is no more frequent adds nothing.
  const kept = eligible.filter((c) => c.words === 3 || !eligible.some((t) => t.words === 3 && t.count >= c.count && ` ${t.key} `.includes(` ${c.key} `)));
  kept.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return kept.slice(0, limit);
}
