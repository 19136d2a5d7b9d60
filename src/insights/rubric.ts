import type { BankQuestion, Difficulty, KeyPoint } from "./questionBank/types";
import { findPhrase, sentenceAround, sentences, tokenize, wordCount, type Token } from "./text";

/**
 * Transparent rubric grading of a typed answer against a bank question.
 * Every part of the rating is computed from the answer and reported with its
 * evidence; nothing here is a language model and the result says so.
 */

export type PartScore = { score: number; weight: number; explanation: string };

export type RubricFeedback = {
  engine: "insights";
  rating: number;
  breakdown: { coverage: PartScore; structure: PartScore; specificity: PartScore; length: PartScore };
  covered: { point: string; quote: string }[];
  partial: { point: string; quote: string; missing: string }[];
  missed: { point: string }[];
  strengths: string[];
  gaps: string[];
  modelAnswer: string;
  notes: string[];
};

const OFF_TOPIC_COVERAGE = 0.2;
const OFF_TOPIC_CAP = 3;

const LENGTH_BANDS: Record<Difficulty, [number, number]> = { easy: [40, 220], medium: [60, 260], hard: [80, 320] };

const INJECTION =
  /\b(ignore|disregard|forget)\b[^.!?\n]{0,40}\b(instructions?|prompts?|rules?|above)\b|\b(rate|score|grade|give)\b[^.!?\n]{0,30}\b(10|ten|100)\s*(\/|out of)\s*(10|100)\b|\byou are now\b|\bsystem prompt\b/i;

const EXAMPLE_CUES = /\b(for example|for instance|e\.g\.|such as|in my last|at my previous|in one project|we had|last year|in production)\b/gi;
const NUMBER = /\b\d+(?:[.,]\d+)?\s*(?:%|ms|s|seconds?|minutes?|hours?|days?|weeks?|x|k|m|gb|mb|kb|rps|qps|users?|requests?|people|engineers?)?(?=\W|$)/gi;
const CONNECTORS = /\b(because|so that|therefore|however|instead|trade-?offs?|first|then|finally|otherwise|which means|as a result|on the other hand|depends on)\b/gi;

const STAR: { element: string; pattern: RegExp }[] = [
  { element: "situation", pattern: /\b(when I was|at my (previous|last|current)|in my (previous|last|current) (role|job|team)|we had|the situation|the context|our team was|there was a)\b/i },
  { element: "task", pattern: /\b(my (goal|task|job|responsibility) was|I was (responsible|asked|tasked)|I needed to|we needed to|the goal was|had to)\b/i },
  { element: "action", pattern: /\bI (decided|built|wrote|led|set up|organi[sz]ed|proposed|talked|spoke|met|created|introduced|changed|asked|scheduled|paired|reviewed|took|started|worked|suggested|reached out|escalated|documented|automated|prioriti[sz]ed)\b/i },
  { element: "result", pattern: /\b(as a result|result(ed)? in|which led to|in the end|the outcome|reduced|increased|improved|cut|saved|shipped|delivered|on time|\d+\s*%)\b/i },
  { element: "reflection", pattern: /\b(I learned|I learnt|lesson|next time|in hindsight|I would (now|do)|since then|taught me|I now)\b/i },
];

/** Structure and specificity cues of an answer (shared with the live-interview analysis). */
export function answerSignals(answer: string) {
  return {
    numbers: answer.match(NUMBER)?.length ?? 0,
    examples: answer.match(EXAMPLE_CUES)?.length ?? 0,
    connectors: answer.match(CONNECTORS)?.length ?? 0,
    starFound: STAR.filter((s) => s.pattern.test(answer)).map((s) => s.element),
    starElements: STAR.map((s) => s.element),
    sentences: sentences(answer).length,
  };
}

export function isInjection(sentence: string): boolean {
  return INJECTION.test(sentence);
}

type PointMatch = { keyPoint: KeyPoint; matchedGroups: number; quote?: string; missingPhrase?: string };

function matchKeyPoint(tokens: Token[], text: string, keyPoint: KeyPoint): PointMatch {
  let matchedGroups = 0;
  let quote: string | undefined;
  let missingPhrase: string | undefined;
  for (const group of keyPoint.concepts) {
    const hit = group.map((phrase) => findPhrase(tokens, phrase)).find(Boolean);
    if (hit) {
      matchedGroups++;
      quote ??= sentenceAround(text, hit.start, hit.end);
    } else {
      missingPhrase ??= group[0];
    }
  }
  return { keyPoint, matchedGroups, quote, missingPhrase };
}

const clamp01 = (n: number) => Math.max(0, Math.min(1, n));
const round2 = (n: number) => Math.round(n * 100) / 100;

export function gradeAnswer(question: BankQuestion, rawAnswer: string): RubricFeedback {
  const notes: string[] = [
    "Automated analysis by Darasa's insights engine (rubric and keyword matching, not an AI model).",
  ];
  // Instructions aimed at the grader are data, not commands: drop them before analysis.
  const kept = sentences(rawAnswer).filter((s) => !INJECTION.test(s));
  if (kept.length < sentences(rawAnswer).length) {
    notes.push("Parts of the answer that tried to instruct the grader were ignored.");
  }
  // Rejoined with newlines so quotes stay exact substrings of what was written.
  const answer = kept.join("\n");
  const tokens = tokenize(answer);
  const words = wordCount(answer);

  const matches = question.keyPoints.map((kp) => matchKeyPoint(tokens, answer, kp));
  const coverageScore = matches.reduce((sum, m) => sum + m.matchedGroups / m.keyPoint.concepts.length, 0) / matches.length;
  const covered = matches.filter((m) => m.matchedGroups === m.keyPoint.concepts.length);
  const partial = matches.filter((m) => m.matchedGroups > 0 && m.matchedGroups < m.keyPoint.concepts.length);
  const missed = matches.filter((m) => m.matchedGroups === 0);

  const { numbers, examples, connectors, starFound } = answerSignals(answer);
  const specificityScore = clamp01(numbers * 0.25 + examples * 0.3);

  const behavioural = question.kind === "behavioural";
  const structureScore = behavioural
    ? starFound.length / STAR.length
    : clamp01((Math.min(sentences(answer).length, 4) / 4) * 0.5 + Math.min(connectors, 3) / 3 * 0.5);

  const [min, max] = LENGTH_BANDS[question.difficulty];
  const lengthScore = words < min ? words / min : words > max ? Math.max(0.5, max / words) : 1;

  const weights = behavioural
    ? { coverage: 0.45, structure: 0.3, specificity: 0.15, length: 0.1 }
    : { coverage: 0.6, structure: 0.15, specificity: 0.15, length: 0.1 };
  const weighted =
    coverageScore * weights.coverage +
    structureScore * weights.structure +
    specificityScore * weights.specificity +
    lengthScore * weights.length;
  let rating = words < 8 ? 1 : Math.max(1, Math.min(10, Math.round(1 + 9 * weighted)));
  if (words < 8) notes.push("The answer is too short to assess; the rating is the minimum.");
  // Polish cannot make up for substance: an answer that touches almost none of the key points is capped.
  if (rating > OFF_TOPIC_CAP && coverageScore < OFF_TOPIC_COVERAGE) {
    rating = OFF_TOPIC_CAP;
    notes.push(`Capped at ${OFF_TOPIC_CAP}/10: the answer covers under ${OFF_TOPIC_COVERAGE * 100}% of the key points.`);
  }

  const breakdown = {
    coverage: {
      score: round2(coverageScore),
      weight: weights.coverage,
      explanation: `${covered.length} of ${matches.length} key points fully covered, ${partial.length} partly.`,
    },
    structure: {
      score: round2(structureScore),
      weight: weights.structure,
      explanation: behavioural
        ? `STAR elements found: ${starFound.length ? starFound.join(", ") : "none"} (of situation, task, action, result, reflection).`
        : `${sentences(answer).length} sentences, ${connectors} reasoning connectives (because, trade-off, instead…).`,
    },
    specificity: {
      score: round2(specificityScore),
      weight: weights.specificity,
      explanation: `${numbers} figures and ${examples} concrete examples.`,
    },
    length: {
      score: round2(lengthScore),
      weight: weights.length,
      explanation: `${words} words; ${min}–${max} is the expected range for a ${question.difficulty} question.`,
    },
  };

  const strengths = [
    ...covered.map((m) => `Covered: ${m.keyPoint.point} — “${m.quote}”`),
    ...(specificityScore >= 0.5 ? ["Concrete figures or examples make the answer credible."] : []),
    ...(behavioural && starFound.length >= 4 ? ["Clear story structure (situation, action, result)."] : []),
  ];
  const gaps = [
    ...partial.map((m) => `Only partly covered: ${m.keyPoint.point} (e.g. mention ${m.missingPhrase}).`),
    ...missed.map((m) => `Missing: ${m.keyPoint.point}.`),
    ...(specificityScore < 0.25 ? ["Add a number or a real example from your experience."] : []),
    ...(behavioural && starFound.length < 4
      ? [`Structure the story as STAR; missing: ${STAR.map((s) => s.element).filter((e) => !starFound.includes(e)).join(", ")}.`]
      : []),
    ...(lengthScore < 0.7 && words < min ? ["Say more: the answer is shorter than a complete one usually is."] : []),
  ];

  return {
    engine: "insights",
    rating,
    breakdown,
    covered: covered.map((m) => ({ point: m.keyPoint.point, quote: m.quote ?? "" })),
    partial: partial.map((m) => ({ point: m.keyPoint.point, quote: m.quote ?? "", missing: m.missingPhrase ?? "" })),
    missed: missed.map((m) => ({ point: m.keyPoint.point })),
    strengths,
    gaps,
    modelAnswer: question.modelAnswer,
    notes,
  };
}
