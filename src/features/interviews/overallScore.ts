/**
 * A spoken answer's content feedback and its one overall score. Pure, so the
 * browser can render the formula next to the number.
 */
export type { SpokenContentFeedback } from "@/insights/answerFeedback";

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

const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

/** What the summary of a recorded or spoken interview needs from each answer. */
export type ScoredAnswer = { status: string; contentRating: number | null; score: number | null };

/**
 * An interview's summary, as its page and its export show it: the overall
 * score (the mean of the analysed answers' overall scores) with its formula,
 * and the content and delivery means with how many answers they rest on.
 */
export function interviewSummary(answers: readonly ScoredAnswer[]) {
  const ready = answers.filter((a) => a.status === "ready");
  const overalls = ready.flatMap((a) => overallScore(a.contentRating, a.score)?.score ?? []);
  const deliveries = ready.flatMap((a) => (a.score !== null ? [a.score] : []));
  const ratings = ready.flatMap((a) => (a.contentRating !== null ? [a.contentRating] : []));
  const overall = mean(overalls);
  const delivery = mean(deliveries);
  const content = mean(ratings);
  const each = `each ${OVERALL_WEIGHTS.content * 100}% content + ${OVERALL_WEIGHTS.delivery * 100}% delivery`;
  return {
    total: answers.length,
    ready: ready.length,
    overall:
      overall === null
        ? null
        : {
            score: Math.round(overall),
            formula:
              overalls.length === 1 ? `the one analysed answer's overall score (${each})` : `the mean of ${overalls.length} answers' overall scores (${each})`,
          },
    delivery: delivery === null ? null : Math.round(delivery),
    deliveryCount: deliveries.length,
    content: content === null ? null : Math.round(content * 10) / 10,
    graded: ratings.length,
  };
}
