import type { AnswerMetrics, LiveMetrics, Turn } from "@/insights/liveInterviewTypes";
import { findFillers, tokenize } from "@/speech";
import { scoreFillersPerMinute, scoreThinkingTime, scoreWordsPerMinute } from "@/speech/score";
import type { MetricScore } from "@/speech/types";

export type { AnswerMetrics, LiveMetrics };

/**
 * Speech metrics of a live interview from Hume's event timestamps (pure).
 *
 * Hume stores one timestamp per message: for the candidate, when an
 * utterance was transcribed (its end); for the interviewer, when its text was
 * generated, just before the voice speaks it. So:
 * - the question ends ≈ the interviewer turn's first message time plus its
 *   words spoken at INTERVIEWER_WORDS_PER_SECOND (EVI voices speak at about
 *   150 wpm), or its last message time if later;
 * - the answer window runs from the end of the question to the candidate's
 *   last utterance of the turn: words per minute over that window include
 *   the candidate's pauses and thinking time (like a listener hears it);
 * - response latency ≈ first utterance end − question end − that utterance's
 *   words at a conversational 150 wpm. It is an estimate (± about a second),
 *   labelled as such; slightly negative estimates count as 0, and more
 *   negative ones (the estimate cannot fit) give no figure.
 */
export const INTERVIEWER_WORDS_PER_SECOND = 2.5;
export const CANDIDATE_WORDS_PER_SECOND = 2.5;
/** How far below zero an estimated latency may fall and still count as "answered at once". */
export const LATENCY_TOLERANCE_MS = 1000;

export const METRICS_METHOD =
  "Computed from Hume's message timestamps: the answer window runs from the estimated end of the question (its words at 150 wpm) to your last sentence; latency is estimated. Expression measures are descriptive and are not scored.";

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function questionEnd(turn: Turn): number {
  const spoken = (countWords(turn.text) / INTERVIEWER_WORDS_PER_SECOND) * 1000;
  return Math.max(turn.lastAtMs, turn.firstAtMs + spoken);
}

export function answerMetrics(turns: readonly Turn[], index: number): AnswerMetrics {
  const turn = turns[index]!;
  const previous = index > 0 ? turns[index - 1] : undefined;
  const qEnd = previous?.speaker === "interviewer" ? Math.min(questionEnd(previous), turn.firstAtMs) : 0;
  const words = countWords(turn.text);
  const windowMs = Math.max(0, turn.lastAtMs - qEnd);
  // A window under 2 s cannot carry a pace (timestamps are per utterance).
  const minutes = windowMs >= 2000 ? windowMs / 60000 : null;
  const firstWords = turn.messageWords[0] ?? words;
  const rawLatency = previous?.speaker === "interviewer" ? turn.firstAtMs - qEnd - (firstWords / CANDIDATE_WORDS_PER_SECOND) * 1000 : null;
  // Well below zero means the estimates do not fit this answer (the candidate spoke
  // faster, or over the question): no figure rather than a wrong one.
  const latencyMs = rawLatency === null || rawLatency < -LATENCY_TOLERANCE_MS ? null : Math.max(0, Math.round(rawLatency));
  const hits = findFillers(tokenize({ text: turn.text }));
  const byWord = new Map<string, number>();
  for (const hit of hits) byWord.set(hit.filler, (byWord.get(hit.filler) ?? 0) + 1);
  const wpm = minutes ? round(words / minutes, 1) : null;
  const fpm = minutes ? round(hits.length / minutes, 2) : null;
  return {
    turnIndex: index,
    question: previous?.speaker === "interviewer" ? previous.text : "",
    questionEndMs: Math.round(qEnd),
    startMs: turn.firstAtMs,
    endMs: turn.lastAtMs,
    words,
    windowMs: Math.round(windowMs),
    wordsPerMinute: wpm,
    latencyMs,
    fillers: [...byWord.entries()].map(([word, count]) => ({ word, count })),
    fillerCount: hits.length,
    fillersPerMinute: fpm,
    scores: {
      pace: wpm === null ? null : scoreWordsPerMinute(wpm),
      fillers: fpm === null ? null : scoreFillersPerMinute(fpm),
      latency: latencyMs === null ? null : scoreThinkingTime(latencyMs / 1000),
    },
  };
}

export function computeLiveMetrics(turns: readonly Turn[], durationMs: number): LiveMetrics {
  const answers = turns.flatMap((t, i) => (t.speaker === "candidate" ? [answerMetrics(turns, i)] : []));
  const candidateWords = answers.reduce((s, a) => s + a.words, 0);
  const interviewerWords = turns.filter((t) => t.speaker === "interviewer").reduce((s, t) => s + countWords(t.text), 0);
  const timed = answers.filter((a) => a.windowMs >= 2000);
  const windowMinutes = timed.reduce((s, a) => s + a.windowMs, 0) / 60000;
  const scoreValues = answers
    .flatMap((a) => [a.scores.pace, a.scores.fillers, a.scores.latency])
    .filter((s): s is MetricScore => s !== null)
    .map((s) => s.score);
  const lengths = answers.map((a) => a.words);
  const expressionSums = new Map<string, { sum: number; n: number }>();
  for (const turn of turns) {
    for (const e of turn.topExpressions ?? []) {
      const entry = expressionSums.get(e.name) ?? { sum: 0, n: 0 };
      entry.sum += e.score;
      entry.n += 1;
      expressionSums.set(e.name, entry);
    }
  }
  const candidateTurns = turns.filter((t) => t.speaker === "candidate" && t.topExpressions).length;
  return {
    method: METRICS_METHOD,
    durationMs,
    answers,
    summary: {
      answers: answers.length,
      candidateWords,
      interviewerWords,
      candidateWordShare: candidateWords + interviewerWords > 0 ? round(candidateWords / (candidateWords + interviewerWords), 3) : null,
      medianWordsPerMinute: median(timed.map((a) => a.wordsPerMinute!).filter((v) => v !== null)),
      medianLatencyMs: median(answers.map((a) => a.latencyMs).filter((v): v is number => v !== null)),
      fillersPerMinute: windowMinutes > 0 ? round(timed.reduce((s, a) => s + a.fillerCount, 0) / windowMinutes, 2) : null,
      meanAnswerWords: lengths.length ? round(candidateWords / lengths.length) : null,
      longestAnswerWords: lengths.length ? Math.max(...lengths) : null,
      shortestAnswerWords: lengths.length ? Math.min(...lengths) : null,
      deliveryScore: scoreValues.length ? Math.round(scoreValues.reduce((s, v) => s + v, 0) / scoreValues.length) : null,
    },
    // Averaged over the candidate turns where it ranked in the top three.
    expressions:
      candidateTurns > 0
        ? [...expressionSums.entries()]
            .map(([name, { sum, n }]) => ({ name, score: round(sum / n, 3), turns: n }))
            .sort((a, b) => b.turns - a.turns || b.score - a.score)
            .slice(0, 5)
            .map(({ name, score }) => ({ name, score }))
        : [],
  };
}
