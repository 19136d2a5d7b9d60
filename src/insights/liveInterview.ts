import type { AnswerMetrics, LiveMetrics, Turn } from "./liveInterviewTypes";
import { answerSignals, isInjection } from "./rubric";
import { sentences, wordCount } from "./text";

/**
 * The offline analysis of a live interview transcript: the same categories
 * an LLM fills, computed by documented rules and quoting the candidate.
 * Explainable analysis, not an AI model.
 *
 * Per category (score 1–10):
 * - Substance: answer length against 40–250 words per main answer (1 + 9 × mean length score).
 * - Structure: behavioural answers (question asks for a time/situation) by
 *   STAR elements found; technical answers by sentences and reasoning
 *   connectives (because, trade-off, instead…), as in the question rubric.
 * - Evidence: figures and concrete-example cues per answer (0.25 per figure,
 *   0.3 per example, capped at 1).
 * - Delivery: the mean of the pace, filler and latency scores (0–100 → 1–10);
 *   left out when the timestamps gave none of them.
 */
export type LivePoint = { point: string; quote: string };
export type LiveCategory = { name: string; score: number; explanation: string; strengths: LivePoint[]; improvements: LivePoint[] };
export type LiveFeedbackOutput = { summary: string; categories: LiveCategory[] };

const BEHAVIOURAL_QUESTION =
  /\b(tell me about a time|describe a (time|situation)|give me an example|a time when|have you ever|walk me through a (time|situation)|conflict|disagree|mistake|failure|proud)\b/i;
const LENGTH_BAND: [number, number] = [40, 250];

const clamp01 = (n: number) => Math.max(0, Math.min(1, n));
const toTen = (fraction: number) => Math.max(1, Math.min(10, Math.round(1 + 9 * clamp01(fraction))));

/** The sentence of the answer most worth quoting for a signal (first match), or its opening. */
function quoteFrom(text: string, test?: (sentence: string) => boolean): string {
  const all = sentences(text).filter((s) => !isInjection(s));
  const found = test ? all.find(test) : undefined;
  const chosen = found ?? all[0] ?? text;
  return chosen.length > 200 ? `${chosen.slice(0, 197).trimEnd()}…` : chosen;
}

function lengthScore(words: number): number {
  const [min, max] = LENGTH_BAND;
  return words < min ? words / min : words > max ? Math.max(0.5, max / words) : 1;
}

export function analyseLiveInterview(turns: readonly Turn[], metrics: LiveMetrics): LiveFeedbackOutput {
  const answers = metrics.answers.map((m) => {
    const text = cleanText(turns[m.turnIndex]!.text);
    return { m, turn: turns[m.turnIndex]!, text, words: wordCount(text) };
  });
  if (answers.length === 0) {
    return { summary: "No answers from you were recorded in this call, so there is nothing to assess.", categories: [] };
  }
  // Delivery is scored only when the timestamps allowed a measure: no measure, no score.
  const categories = [
    substance(answers),
    structure(answers),
    evidence(answers),
    ...(metrics.summary.deliveryScore === null ? [] : [delivery(answers, metrics)]),
  ];
  const strongest = [...categories].sort((a, b) => b.score - a.score)[0]!;
  const weakest = [...categories].sort((a, b) => a.score - b.score)[0]!;
  return {
    summary:
      `Automated analysis by Darasa's insights engine (rules and timing measures, not an AI model) of ${answers.length} answer${answers.length > 1 ? "s" : ""}. ` +
      `Strongest: ${strongest.name.toLowerCase()} (${strongest.score}/10). Work on: ${weakest.name.toLowerCase()} (${weakest.score}/10).`,
    categories,
  };
}

type Answer = { m: AnswerMetrics; turn: Turn; text: string; words: number };

/** Sentences addressed to the grader are not analysed. */
function cleanText(text: string): string {
  return sentences(text)
    .filter((s) => !isInjection(s))
    .join(" ");
}

function substance(answers: Answer[]): LiveCategory {
  const scores = answers.map((a) => lengthScore(a.words));
  const mean = scores.reduce((s, v) => s + v, 0) / scores.length;
  const short = answers.filter((a) => a.words < LENGTH_BAND[0]);
  const full = answers.filter((a) => a.words >= LENGTH_BAND[0] && a.words <= LENGTH_BAND[1]);
  const long = answers.filter((a) => a.words > LENGTH_BAND[1]);
  return {
    name: "Substance",
    score: toTen(mean),
    explanation: `${full.length} of ${answers.length} answers were within ${LENGTH_BAND[0]}–${LENGTH_BAND[1]} words; ${short.length} shorter, ${long.length} longer.`,
    strengths: full.slice(0, 2).map((a) => ({ point: `A complete answer (${a.words} words).`, quote: quoteFrom(a.text) })),
    improvements: [
      ...short.slice(0, 2).map((a) => ({ point: `Only ${a.words} words: say what you did, why, and what happened.`, quote: quoteFrom(a.text) })),
      ...long.slice(0, 1).map((a) => ({ point: `${a.words} words: lead with the answer, then the detail that supports it.`, quote: quoteFrom(a.text) })),
    ],
  };
}

function structure(answers: Answer[]): LiveCategory {
  const graded = answers.map((a) => {
    const signals = answerSignals(a.text);
    const behavioural = BEHAVIOURAL_QUESTION.test(a.m.question);
    const score = behavioural
      ? signals.starFound.length / signals.starElements.length
      : clamp01((Math.min(signals.sentences, 4) / 4) * 0.5 + (Math.min(signals.connectors, 3) / 3) * 0.5);
    return { a, signals, behavioural, score };
  });
  const mean = graded.reduce((s, g) => s + g.score, 0) / graded.length;
  const stories = graded.filter((g) => g.behavioural);
  return {
    name: "Structure",
    score: toTen(mean),
    explanation:
      `${stories.length} behavioural answer${stories.length === 1 ? "" : "s"} checked for situation, task, action, result and reflection; ` +
      `${graded.length - stories.length} technical answer${graded.length - stories.length === 1 ? "" : "s"} for reasoning connectives (because, trade-off, instead…).`,
    strengths: graded
      .filter((g) => g.score >= 0.6)
      .slice(0, 2)
      .map((g) => ({
        point: g.behavioural ? `A clear story: ${g.signals.starFound.join(", ")}.` : "You explained your reasoning, not just the conclusion.",
        quote: quoteFrom(g.a.text, (s) => /\b(because|so that|as a result|which led to|I decided|instead|trade-?off)\b/i.test(s)),
      })),
    improvements: graded
      .filter((g) => g.score < 0.5)
      .slice(0, 2)
      .map((g) => ({
        point: g.behavioural
          ? `Tell it as a story; missing: ${g.signals.starElements.filter((e) => !g.signals.starFound.includes(e)).join(", ")}.`
          : "Give the reason behind your answer (because…, the trade-off is…).",
        quote: quoteFrom(g.a.text),
      })),
  };
}

function evidence(answers: Answer[]): LiveCategory {
  const graded = answers.map((a) => {
    const s = answerSignals(a.text);
    return { a, s, score: clamp01(s.numbers * 0.25 + s.examples * 0.3) };
  });
  const mean = graded.reduce((sum, g) => sum + g.score, 0) / graded.length;
  const figures = graded.reduce((sum, g) => sum + g.s.numbers, 0);
  const examples = graded.reduce((sum, g) => sum + g.s.examples, 0);
  return {
    name: "Evidence",
    score: toTen(mean),
    explanation: `${figures} figures and ${examples} concrete-example cues across ${answers.length} answers.`,
    strengths: graded
      .filter((g) => g.score >= 0.5)
      .slice(0, 2)
      .map((g) => ({
        point: "Concrete figures or a real example make this credible.",
        quote: quoteFrom(g.a.text, (s) => /\d|for example|for instance|in my last|we had/i.test(s)),
      })),
    improvements: graded
      .filter((g) => g.score < 0.25)
      .slice(0, 2)
      .map((g) => ({ point: "Add a number or a real example from your experience.", quote: quoteFrom(g.a.text) })),
  };
}

function delivery(answers: Answer[], metrics: LiveMetrics): LiveCategory {
  const score = metrics.summary.deliveryScore!;
  const s = metrics.summary;
  const parts = [
    s.medianWordsPerMinute !== null ? `median pace ${Math.round(s.medianWordsPerMinute)} wpm over the answer windows` : null,
    s.fillersPerMinute !== null ? `${s.fillersPerMinute} fillers per minute` : null,
    s.medianLatencyMs !== null ? `median estimated response latency ${(s.medianLatencyMs / 1000).toFixed(1)} s` : null,
  ].filter(Boolean);
  const withFillers = answers.filter((a) => a.m.fillerCount > 0).sort((a, b) => b.m.fillerCount - a.m.fillerCount);
  const fast = answers.filter((a) => a.m.scores.pace?.verdict === "high");
  const calm = answers.filter((a) => a.m.scores.pace?.verdict === "within" && (a.m.scores.fillers?.verdict ?? "within") === "within");
  return {
    name: "Delivery",
    score: toTen(score / 100),
    explanation: `From Hume's timestamps: ${parts.join(", ")}.`,
    strengths: calm.slice(0, 1).map((a) => ({ point: `Steady pace (${Math.round(a.m.wordsPerMinute!)} wpm) with few fillers.`, quote: quoteFrom(a.text) })),
    improvements: [
      ...withFillers
        .filter((a) => (a.m.fillersPerMinute ?? 0) > 5)
        .slice(0, 1)
        .map((a) => ({
          point: `${a.m.fillerCount} fillers (${a.m.fillers.map((f) => `“${f.word}” ×${f.count}`).join(", ")}): pause silently instead.`,
          quote: quoteFrom(a.text, (x) => new RegExp(`\\b(${a.m.fillers.map((f) => f.word.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i").test(x)),
        })),
      ...fast.slice(0, 1).map((a) => ({ point: `${Math.round(a.m.wordsPerMinute!)} wpm: slow down so the interviewer can follow.`, quote: quoteFrom(a.text) })),
    ],
  };
}
