import type { MetricScore, SpeechScores } from "@/speech/types";
import { DELIVERY_SCORE_NOISE, QUESTION_RATING_NOISE, type ScoringNoise } from "./noise";

/**
 * Two takes of one recorded answer, side by side. The delivery score and an
 * insights-engine content rating have a measured noise (noise.ts), so a
 * change between two single takes is called better or worse only beyond
 * 2σ·√2. Individual measures have no measured noise of their own: their
 * change is shown, with whether each is inside its norm band, and not judged.
 */
export type TakeMeasures = {
  score: number | null;
  contentRating: number | null;
  contentSource: "llm" | "insights" | null;
  scores: SpeechScores | null;
  wordsPerMinute: number | null;
  /** Key points the content grader found covered. */
  covered: string[];
};

export type CompareVerdict = "better" | "worse" | "within-noise" | "not-judged";

export type CompareRow = {
  label: string;
  unit: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  verdict: CompareVerdict;
  note: string;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

function judged(label: string, unit: string, before: number | null, after: number | null, noise: ScoringNoise | null): CompareRow {
  if (before === null || after === null) return { label, unit, before, after, delta: null, verdict: "not-judged", note: "Missing in one take." };
  const delta = round1(after - before);
  if (!noise) return { label, unit, before, after, delta, verdict: "not-judged", note: "No measured noise for this score: the change is shown, not judged." };
  const threshold = round1(2 * noise.sd * Math.SQRT2);
  if (delta > threshold) return { label, unit, before, after, delta, verdict: "better", note: `More than the ±${threshold}${unit} noise.` };
  if (delta < -threshold) return { label, unit, before, after, delta, verdict: "worse", note: `More than the ±${threshold}${unit} noise.` };
  return { label, unit, before, after, delta, verdict: "within-noise", note: `Within the ±${threshold}${unit} noise of ${noise.method}.` };
}

function band(score: MetricScore | null | undefined): string {
  if (!score) return "";
  return score.verdict === "within" ? "in the norm band" : `${score.verdict === "low" ? "below" : "above"} the norm band`;
}

function measure(label: string, unit: string, a: MetricScore | null | undefined, b: MetricScore | null | undefined): CompareRow {
  const before = a ? round1(a.value) : null;
  const after = b ? round1(b.value) : null;
  const delta = before !== null && after !== null ? round1(after - before) : null;
  const note = a && b ? `Was ${band(a)}, now ${band(b)} (${b.band.low}–${b.band.high}${unit}).` : "Missing in one take.";
  return { label, unit, before, after, delta, verdict: "not-judged", note };
}

export function compareTakes(before: TakeMeasures, after: TakeMeasures) {
  const sameEngine = before.contentSource === after.contentSource ? after.contentSource : null;
  const paceUnit = before.wordsPerMinute !== null && after.wordsPerMinute !== null ? " wpm" : " syll/s";
  const rows: CompareRow[] = [
    judged("Delivery score", "", before.score, after.score, DELIVERY_SCORE_NOISE),
    judged("Content rating (of 10)", "", before.contentRating, after.contentRating, sameEngine === "insights" ? QUESTION_RATING_NOISE : null),
    measure("Pace", paceUnit, before.scores?.pace, after.scores?.pace),
    measure("Fillers", "/min", before.scores?.fillers, after.scores?.fillers),
    measure("Thinking time", " s", before.scores?.thinkingTime, after.scores?.thinkingTime),
    measure("Longest pause", " s", before.scores?.longestPause, after.scores?.longestPause),
    measure("Pitch variation", " st", before.scores?.pitchVariability, after.scores?.pitchVariability),
  ];
  const had = new Set(before.covered);
  const has = new Set(after.covered);
  return {
    rows,
    coverage: {
      gained: after.covered.filter((p) => !had.has(p)),
      lost: before.covered.filter((p) => !has.has(p)),
      kept: after.covered.filter((p) => had.has(p)),
    },
  };
}
