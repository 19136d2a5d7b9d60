/**
 * How much each score moves when nothing real changed: the "measured noise of
 * the scoring". A change is called an improvement only when it clears this
 * noise (see trend.ts). Each figure is re-measured by tests/unit/progress.test.ts.
 */
export type ScoringNoise = { sd: number; method: string };

/**
 * Insights-engine question ratings (1–10): the pooled within-class standard
 * deviation of its ratings over 48 labelled strong and 48 labelled weak
 * answers (tests/fixtures/answerTriples.ts): answers of the same quality
 * differ by about this much. LLM ratings have no such measurement here.
 */
export const QUESTION_RATING_NOISE: ScoringNoise = {
  sd: 0.8,
  method: "the spread of ratings among answers of the same quality (96 labelled answers)",
};

/**
 * Recorded-interview delivery score (0–100): the pooled standard deviation of
 * the score across 4 espeak-ng voices reading the same 3 answers at 2 rates;
 * the same words at the same pace from a different voice move it this much.
 */
export const DELIVERY_SCORE_NOISE: ScoringNoise = {
  sd: 2.99,
  method: "the spread of the score for the same answer read by different voices (24 recordings)",
};

/** The resume report is deterministic: the same resume and job always score the same. */
export const RESUME_SCORE_NOISE: ScoringNoise = {
  sd: 0,
  method: "none: the same resume and job always get the same score",
};
