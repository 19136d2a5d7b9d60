import type { BankQuestion, Difficulty, KeyPoint, QuestionKind } from "./questionBank/types";
import { analyseClauses, type ClauseAnalysis } from "./clauses";
import { isAddressedToGrader, separateGraderText } from "./graderAddress";
import { answerSignals, findStar, hasMeasure, STAR_ELEMENTS, type StarElement } from "./signals";
import { phraseFinder, sentenceAround, sentences, stem } from "./text";

/**
 * Transparent rubric grading of a typed or spoken answer. Every part of the
 * rating is computed from the answer and reported with its evidence; nothing
 * here is a language model and the result says so.
 *
 * What is read, in order:
 * 1. sentences addressed to the grader are left out (graderAddress.ts);
 * 2. only words said in clauses count (clauses.ts): a bare list of terms adds
 *    no coverage, length, sentences or figures, and an answer that is mostly
 *    a list is capped;
 * 3. bank questions: key-point coverage, structure (STAR for behavioural
 *    questions), specificity and length; questions outside the bank:
 *    relevance to the question's own terms instead of coverage, labelled
 *    "content not checked against reference points".
 */

export { answerSignals } from "./signals";

export type PartScore = { score: number; weight: number; explanation: string };

export type RubricFeedback = {
  engine: "insights";
  /** "bank": checked against the question's reference key points; "none": a question outside the bank. */
  reference: "bank" | "none";
  rating: number;
  breakdown: Record<string, PartScore>;
  covered: { point: string; quote: string }[];
  partial: { point: string; quote: string; missing: string }[];
  missed: { point: string }[];
  strengths: string[];
  gaps: string[];
  modelAnswer: string;
  notes: string[];
  /** Sentences left out because they were addressed to the grader. */
  ignored: string[];
};

/** A question from outside the bank: the user's own, or one an LLM wrote. */
export type OpenQuestion = { text: string; kind?: QuestionKind; difficulty?: Difficulty };

export const ENGINE_NOTE = "Automated analysis by Darasa's insights engine (rubric and keyword matching, not an AI model).";
export const UNREFERENCED_LABEL = "Content not checked against reference points";

const OFF_TOPIC_COVERAGE = 0.2;
const OFF_TOPIC_CAP = 3;
/** An answer with less than this share of its words in clauses is a list of terms, not an answer. */
const MIN_CLAUSE_SHARE = 0.5;
const LIST_CAP = 3;
const MIN_WORDS = 8;
/** The lowest rating of an answer with at least MIN_WORDS words in sentences. */
const ANSWERED_FLOOR = 2;
/** Named things add specificity, at most this much (figures and examples count for more). */
const NAMES_MAX = 0.4;

const LENGTH_BANDS: Record<Difficulty, [number, number]> = { easy: [40, 220], medium: [60, 260], hard: [80, 320] };

/** Kept for callers that filter sentences themselves (live interviews). */
export function isInjection(sentence: string): boolean {
  return isAddressedToGrader(sentence);
}

const clamp01 = (n: number) => Math.max(0, Math.min(1, n));
const round2 = (n: number) => Math.round(n * 100) / 100;

type Prepared = { answer: string; ignored: string[]; clauses: ClauseAnalysis; clauseText: string };

function prepare(rawAnswer: string): Prepared {
  // Instructions aimed at the grader are data, not commands: drop them before analysis.
  const { kept, ignored } = separateGraderText(rawAnswer);
  // Rejoined with newlines so quotes stay exact substrings of what was written.
  const answer = kept.join("\n");
  const clauses = analyseClauses(answer);
  return { answer, ignored, clauses, clauseText: clauses.clauseText };
}

type Story = { found: Set<StarElement>; quotes: Map<StarElement, string>; measured: boolean };

function readStory(clauseText: string): Story {
  const matches = findStar(clauseText);
  return {
    found: new Set(matches.map((m) => m.element)),
    quotes: new Map(matches.map((m) => [m.element, m.quote])),
    measured: hasMeasure(clauseText),
  };
}

type PointMatch = { keyPoint: KeyPoint; groups: number; matchedGroups: number; quote?: string; missingPhrase?: string };

type Finder = ReturnType<typeof phraseFinder>;

function matchKeyPoint(p: Prepared, find: Finder, keyPoint: KeyPoint, story: Story): PointMatch {
  let matchedGroups = 0;
  let quote: string | undefined;
  let missingPhrase: string | undefined;
  for (const group of keyPoint.concepts) {
    let hit: { start: number; end: number } | undefined;
    for (const phrase of group) if ((hit = find(phrase))) break;
    if (hit) {
      matchedGroups++;
      quote ??= sentenceAround(p.answer, hit.start, hit.end);
    } else {
      missingPhrase ??= group[0];
    }
  }
  if (keyPoint.star) {
    // A story point is judged by the story cues too (one tag per concept group).
    const shown = keyPoint.star.filter((part) => (part === "measure" ? story.measured : story.found.has(part)));
    if (shown.length > matchedGroups) {
      matchedGroups = shown.length;
      const first = shown.find((part): part is StarElement => part !== "measure");
      quote = (first && story.quotes.get(first)) ?? quote;
      const missing = keyPoint.star.find((part) => !shown.includes(part));
      missingPhrase = missing ? (missing === "measure" ? "a number for the result" : `the ${missing}`) : undefined;
    }
  }
  const groups = keyPoint.star?.length ?? keyPoint.concepts.length;
  return { keyPoint, groups, matchedGroups: Math.min(matchedGroups, groups), quote, missingPhrase };
}

type Common = {
  structureScore: number;
  structureExplanation: string;
  specificityScore: number;
  specificityExplanation: string;
  lengthScore: number;
  lengthExplanation: string;
  words: number;
  min: number;
  starFound: StarElement[];
};

function commonParts(p: Prepared, behavioural: boolean, difficulty: Difficulty, story: Story): Common {
  const { numbers, examples, connectors, names } = answerSignals(p.clauseText);
  const clauseSentences = sentences(p.clauseText).length;
  const starFound = STAR_ELEMENTS.filter((e) => story.found.has(e));
  const words = p.clauses.clauseWords;
  const [min, max] = LENGTH_BANDS[difficulty];
  const listed = p.clauses.words - words;
  return {
    structureScore: behavioural
      ? starFound.length / STAR_ELEMENTS.length
      : clamp01((Math.min(clauseSentences, 4) / 4) * 0.5 + (Math.min(connectors, 3) / 3) * 0.5),
    structureExplanation: behavioural
      ? `STAR elements found: ${starFound.length ? starFound.join(", ") : "none"} (of situation, task, action, result, reflection).`
      : `${clauseSentences} sentences, ${connectors} reasoning connectives (because, trade-off, instead…).`,
    specificityScore: clamp01(numbers * 0.25 + examples * 0.3 + Math.min(NAMES_MAX, names * 0.1)),
    specificityExplanation: `${numbers} figures, ${examples} concrete examples and ${names} named tools, products, people or places.`,
    lengthScore: words < min ? words / min : words > max ? Math.max(0.5, max / words) : 1,
    lengthExplanation: `${words} words in sentences${listed > 0 ? ` (${listed} more only listed, not counted)` : ""}; ${min}–${max} is the expected range for a ${difficulty} question.`,
    words,
    min,
    starFound,
  };
}

/** The caps every rating goes through, with the note that explains each. */
function applyCaps(p: Prepared, rating: number, notes: string[], substance: { score: number; name: string } | null): number {
  const { words, clauseWords } = p.clauses;
  if (clauseWords < MIN_WORDS) {
    notes.push(
      words >= MIN_WORDS
        ? "The answer lists terms without saying anything about them in sentences; the rating is the minimum."
        : "The answer is too short to assess; the rating is the minimum.",
    );
    return 1;
  }
  // 1/10 is for answers with nothing to assess (above); an answer said in sentences starts at 2.
  let capped = rating;
  if (capped < ANSWERED_FLOOR) {
    capped = ANSWERED_FLOOR;
    notes.push(`Raised to ${ANSWERED_FLOOR}/10: 1/10 is kept for answers with nothing to assess, and this one answers in sentences.`);
  }
  if (capped > LIST_CAP && clauseWords / words < MIN_CLAUSE_SHARE) {
    capped = LIST_CAP;
    notes.push(`Capped at ${LIST_CAP}/10: most of the answer is a list of terms rather than sentences, and listed terms earn nothing.`);
  }
  // Polish cannot make up for substance: an answer that touches almost none of the points is capped.
  if (substance && capped > OFF_TOPIC_CAP && substance.score < OFF_TOPIC_COVERAGE) {
    capped = OFF_TOPIC_CAP;
    notes.push(`Capped at ${OFF_TOPIC_CAP}/10: ${substance.name} is under ${OFF_TOPIC_COVERAGE * 100}%.`);
  }
  return capped;
}

function ignoredNote(ignored: string[]): string[] {
  if (ignored.length === 0) return [];
  const shown = ignored[0]!.length > 80 ? `${ignored[0]!.slice(0, 77)}…` : ignored[0]!;
  return [`Parts of the answer that tried to instruct the grader were ignored (${ignored.length} sentence${ignored.length > 1 ? "s" : ""}, e.g. “${shown}”).`];
}

const toRating = (weighted: number) => Math.max(1, Math.min(10, Math.round(1 + 9 * weighted)));

export function gradeAnswer(question: BankQuestion, rawAnswer: string): RubricFeedback {
  const p = prepare(rawAnswer);
  const notes: string[] = [ENGINE_NOTE, ...ignoredNote(p.ignored)];
  const behavioural = question.kind === "behavioural";
  const story = readStory(p.clauseText);

  // Key points count only where they are said in a clause (an anchored word), not listed.
  const find = phraseFinder(p.clauses.tokens, (i) => p.clauses.tokens[i]!.anchored);
  const matches = question.keyPoints.map((kp) => matchKeyPoint(p, find, kp, story));
  const coverageScore = matches.reduce((sum, m) => sum + m.matchedGroups / m.groups, 0) / matches.length;
  const covered = matches.filter((m) => m.matchedGroups === m.groups);
  const partial = matches.filter((m) => m.matchedGroups > 0 && m.matchedGroups < m.groups);
  const missed = matches.filter((m) => m.matchedGroups === 0);

  const c = commonParts(p, behavioural, question.difficulty, story);
  const weights = behavioural
    ? { coverage: 0.45, structure: 0.3, specificity: 0.15, length: 0.1 }
    : { coverage: 0.6, structure: 0.15, specificity: 0.15, length: 0.1 };
  const weighted =
    coverageScore * weights.coverage + c.structureScore * weights.structure + c.specificityScore * weights.specificity + c.lengthScore * weights.length;
  const rating = applyCaps(p, toRating(weighted), notes, { score: coverageScore, name: "key-point coverage" });

  const breakdown = {
    coverage: {
      score: round2(coverageScore),
      weight: weights.coverage,
      explanation: `${covered.length} of ${matches.length} key points fully covered, ${partial.length} partly (a point counts only when said in a sentence, not listed).`,
    },
    structure: { score: round2(c.structureScore), weight: weights.structure, explanation: c.structureExplanation },
    specificity: { score: round2(c.specificityScore), weight: weights.specificity, explanation: c.specificityExplanation },
    length: { score: round2(c.lengthScore), weight: weights.length, explanation: c.lengthExplanation },
  };

  return {
    engine: "insights",
    reference: "bank",
    rating,
    breakdown,
    covered: covered.map((m) => ({ point: m.keyPoint.point, quote: m.quote ?? "" })),
    partial: partial.map((m) => ({ point: m.keyPoint.point, quote: m.quote ?? "", missing: m.missingPhrase ?? "" })),
    missed: missed.map((m) => ({ point: m.keyPoint.point })),
    strengths: [...covered.map((m) => `Covered: ${m.keyPoint.point} — “${m.quote}”`), ...commonStrengths(c, behavioural)],
    gaps: [
      ...partial.map((m) => `Only partly covered: ${m.keyPoint.point} (e.g. mention ${m.missingPhrase}).`),
      ...missed.map((m) => `Missing: ${m.keyPoint.point}.`),
      ...commonGaps(c, behavioural),
    ],
    modelAnswer: question.modelAnswer,
    notes,
    ignored: p.ignored,
  };
}

function commonStrengths(c: Common, behavioural: boolean): string[] {
  return [
    ...(c.specificityScore >= 0.5 ? ["Concrete figures or examples make the answer credible."] : []),
    ...(behavioural && c.starFound.length >= 4 ? ["Clear story structure (situation, action, result)."] : []),
  ];
}

function commonGaps(c: Common, behavioural: boolean): string[] {
  return [
    ...(c.specificityScore < 0.25 ? ["Add a number or a real example from your experience."] : []),
    ...(behavioural && c.starFound.length < 4
      ? [`Structure the story as STAR; missing: ${STAR_ELEMENTS.filter((e) => !c.starFound.includes(e)).join(", ")}.`]
      : []),
    ...(c.lengthScore < 0.7 && c.words < c.min ? ["Say more: the answer is shorter than a complete one usually is."] : []),
  ];
}

// ---------------------------------------------------------------- questions outside the bank

const BEHAVIOURAL_QUESTION =
  /\b(tell me about a time|describe a (?:time|situation)|give me an example of a time|an example of when|a time (?:when|you)|have you ever|walk me through a (?:time|situation)|share an (?:experience|example))\b/i;

/** Words of a question that say nothing about its topic. */
const QUESTION_STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from into about as is are was were be been being am do does did have has had can could will would should may might must shall " +
    "i me my we our you your they them their he she it its this that these those there here what which who whom whose when where why how " +
    "tell describe explain walk through give example time times share experience situation please would could let us some any each every all more most other such own same " +
    "not no yes very just also only than too up out over after before again further once really well way ways thing things something someone doesn don isn aren won down"
  ).split(" "),
);

/** The question's own topic words, as stems. */
export function questionTerms(question: string): string[] {
  const seen = new Set<string>();
  for (const m of question.toLowerCase().matchAll(/[a-z0-9][a-z0-9+#]*/g)) {
    const word = m[0];
    if (word.length < 3 || QUESTION_STOPWORDS.has(word)) continue;
    seen.add(stem(word));
  }
  return [...seen];
}

/**
 * Grading without reference points: structure (STAR when the question asks for
 * a story), specificity, length, and relevance — how many of the question's own
 * topic words the answer takes up in its sentences. Whether the content is
 * right is not checked, and the feedback says so first.
 */
export function gradeOpenAnswer(question: OpenQuestion, rawAnswer: string): RubricFeedback {
  const p = prepare(rawAnswer);
  const notes: string[] = [
    `${UNREFERENCED_LABEL}: this question is not from Darasa's question bank, so the rating reflects structure, specificity, length and relevance to the question's terms only, not whether the content is right.`,
    ENGINE_NOTE,
    ...ignoredNote(p.ignored),
  ];
  const behavioural = question.kind ? question.kind === "behavioural" : BEHAVIOURAL_QUESTION.test(question.text);
  const difficulty = question.difficulty ?? "medium";
  const story = readStory(p.clauseText);

  const terms = questionTerms(question.text);
  const used = new Set(p.clauses.tokens.filter((t) => t.anchored).map((t) => t.stem));
  const matched = terms.filter((t) => used.has(t));
  const needed = Math.max(1, Math.min(terms.length, Math.max(2, Math.ceil(terms.length * 0.5))));
  const relevanceScore = terms.length === 0 ? 1 : clamp01(matched.length / needed);

  const c = commonParts(p, behavioural, difficulty, story);
  const weights = behavioural
    ? { relevance: 0.25, structure: 0.4, specificity: 0.2, length: 0.15 }
    : { relevance: 0.35, structure: 0.25, specificity: 0.2, length: 0.2 };
  const weighted =
    relevanceScore * weights.relevance + c.structureScore * weights.structure + c.specificityScore * weights.specificity + c.lengthScore * weights.length;
  // A story tells its own situation in its own words ("a furious clinic manager" for "an upset customer"),
  // so only a technical answer without the question's terms is capped as off-topic.
  const rating = applyCaps(p, toRating(weighted), notes, behavioural ? null : { score: relevanceScore, name: "relevance to the question's terms" });

  const breakdown = {
    relevance: {
      score: round2(relevanceScore),
      weight: weights.relevance,
      explanation: `${UNREFERENCED_LABEL}. The answer's sentences take up ${matched.length} of the question's ${terms.length} topic words (${needed} needed for full marks).`,
    },
    structure: { score: round2(c.structureScore), weight: weights.structure, explanation: c.structureExplanation },
    specificity: { score: round2(c.specificityScore), weight: weights.specificity, explanation: c.specificityExplanation },
    length: { score: round2(c.lengthScore), weight: weights.length, explanation: c.lengthExplanation },
  };
  return {
    engine: "insights",
    reference: "none",
    rating,
    breakdown,
    covered: [],
    partial: [],
    missed: [],
    strengths: commonStrengths(c, behavioural),
    gaps: [
      ...(relevanceScore < 1 ? ["Answer the question in its own terms: say how your answer addresses what was asked."] : []),
      ...commonGaps(c, behavioural),
    ],
    modelAnswer: `No model answer: this question is not from Darasa's question bank, so there are no reference points to compare with.`,
    notes,
    ignored: p.ignored,
  };
}
