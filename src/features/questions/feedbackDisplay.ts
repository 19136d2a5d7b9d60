/**
 * How feedback numbers and authorship are shown — on the page and in exports
 * alike. Numbers stay within their range whatever a stored row holds (older
 * rows predate the bounded schemas).
 */
export const clamp = (value: number, min: number, max: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min);
export const shownRating = (rating: number) => Math.round(clamp(rating, 1, 10));
export const shownPercent = (fraction: number) => Math.round(clamp(fraction, 0, 1) * 100);
/** A rubric part's weight as shown (two decimals, 0–1). */
export const shownWeight = (weight: number) => Math.round(clamp(weight, 0, 1) * 100) / 100;

/** Who wrote the feedback, in the page's words. */
export function feedbackAuthor(source: "llm" | "insights" | null | undefined, modelLabel?: string | null): string {
  return source === "insights"
    ? "Automated analysis by the insights engine (rubric and keyword matching — not an AI model)"
    : `AI feedback${modelLabel ? ` (${modelLabel})` : ""}`;
}
