/**
 * A spoken answer's content feedback and its one overall score. Pure, so the
 * browser can render the formula next to the number.
 */
export type SpokenContentFeedback = {
  source: "llm" | "insights";
  /** Who graded (the model's name, or the engine's); absent in answers graded before it was recorded. */
  modelLabel?: string;
  rating: number;
  summary: string;
  strengths: { point: string; quote: string; atMs?: number }[];
  gaps: { point: string; suggestion: string }[];
  modelAnswer: string;
  /** Rubric parts (insights engine only), each score in 0..1. */
  breakdown?: { part: string; score: number; weight: number; explanation: string }[];
};

/** Weights of the overall score of a spoken answer; shown next to it. */
export const OVERALL_WEIGHTS = { content: 0.6, delivery: 0.4 } as const;

/**
 * One overall score (0–100) from content (rating 1–10, ×10) and delivery
 * (0–100); either alone when the other is missing.
 */
export function overallScore(contentRating: number | null, delivery: number | null): { score: number; formula: string } | null {
  if (contentRating === null && delivery === null) return null;
  if (contentRating === null) return { score: delivery!, formula: `delivery ${delivery} (no content grade)` };
  const content = contentRating * 10;
  if (delivery === null) return { score: content, formula: `content ${contentRating}/10 (no delivery score)` };
  const score = Math.round(OVERALL_WEIGHTS.content * content + OVERALL_WEIGHTS.delivery * delivery);
  return {
    score,
    formula: `${OVERALL_WEIGHTS.content * 100}% content (${contentRating}/10 → ${content}) + ${OVERALL_WEIGHTS.delivery * 100}% delivery (${delivery})`,
  };
}
