import type { MetricScore } from "@/speech/types";

/**
 * The domain types of a live interview: its condensed transcript and the
 * timing measures taken from it. Produced by services/hume/transcript.ts
 * (from Hume's messages) and features/liveInterviews/metrics.ts, read by the
 * insights engine, the stored columns and the views; kept here, below all
 * of them, so no lower layer imports a higher one for a type.
 */

export type Speaker = "candidate" | "interviewer";

/** Consecutive messages of one speaker merged into a turn. */
export type Turn = {
  speaker: Speaker;
  text: string;
  /** First and last message times of the turn, ms since the chat started. */
  firstAtMs: number;
  lastAtMs: number;
  /** How many Hume messages (utterances) the turn merges. */
  messages: number;
  /** Per-message times (ms since the chat started) and word counts, for timing the words. */
  messageTimes: number[];
  messageWords: number[];
  /** The three strongest expressions, averaged over the turn's messages. Descriptive only. */
  topExpressions?: { name: string; score: number }[];
};

export type AnswerMetrics = {
  /** Index of the candidate turn in the condensed transcript. */
  turnIndex: number;
  question: string;
  /** ms since the chat started. */
  questionEndMs: number;
  startMs: number;
  endMs: number;
  words: number;
  windowMs: number;
  wordsPerMinute: number | null;
  latencyMs: number | null;
  fillers: { word: string; count: number }[];
  fillerCount: number;
  fillersPerMinute: number | null;
  scores: { pace: MetricScore | null; fillers: MetricScore | null; latency: MetricScore | null };
};

export type LiveMetrics = {
  method: string;
  durationMs: number;
  answers: AnswerMetrics[];
  summary: {
    answers: number;
    candidateWords: number;
    interviewerWords: number;
    /** Share of all words spoken by the candidate. */
    candidateWordShare: number | null;
    medianWordsPerMinute: number | null;
    medianLatencyMs: number | null;
    fillersPerMinute: number | null;
    meanAnswerWords: number | null;
    longestAnswerWords: number | null;
    shortestAnswerWords: number | null;
    /** 0–100: mean of the pace, filler and latency scores that could be computed. */
    deliveryScore: number | null;
  };
  /** Hume's expression measures, averaged over the call. Descriptive signals, never judged. */
  expressions: { name: string; score: number }[];
};

/** A feedback point as stored: its quote found in the transcript, with the time it was said. */
export type GroundedPoint = { point: string; quote: string; atMs: number };

/** A live interview's feedback as stored, by a model or the insights engine, its points grounded in the transcript. */
export type LiveFeedback = {
  source: "llm" | "insights";
  /** The model's name (or the engine's); absent in analyses saved before it was recorded. */
  modelLabel?: string;
  summary: string;
  categories: { name: string; score: number; explanation: string; strengths: GroundedPoint[]; improvements: GroundedPoint[] }[];
  /** Points dropped because their quote is not in the transcript (never shown as if said). */
  droppedUngrounded: number;
};
