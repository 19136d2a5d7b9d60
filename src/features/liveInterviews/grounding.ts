import type { Turn } from "@/services/hume/transcript";
import type { GroundedPoint, LiveFeedback, LiveFeedbackDraft } from "./schemas";

/**
 * Keeps only points whose quote is the candidate's own words: the quote
 * (ignoring case, punctuation, spacing and a trailing "…") must occur in one
 * of the candidate's turns, and that turn gives the time it was said.
 */
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[…]|\.\.\./g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function locateQuote(turns: readonly Turn[], quote: string): number | undefined {
  const needle = normalise(quote);
  if (needle.split(" ").length < 3 && needle.length < 12) return undefined;
  const turn = turns.find((t) => t.speaker === "candidate" && normalise(t.text).includes(needle));
  return turn?.firstAtMs;
}

export function groundFeedback(draft: LiveFeedbackDraft, turns: readonly Turn[], source: "llm" | "insights"): LiveFeedback {
  let dropped = 0;
  const ground = (points: { point: string; quote: string }[]): GroundedPoint[] =>
    points.flatMap((p) => {
      const atMs = locateQuote(turns, p.quote);
      if (atMs === undefined) {
        dropped += 1;
        return [];
      }
      return [{ point: p.point, quote: p.quote.trim(), atMs }];
    });
  const categories = draft.categories.map((c) => ({
    name: c.name,
    score: c.score,
    explanation: c.explanation,
    strengths: ground(c.strengths),
    improvements: ground(c.improvements),
  }));
  return { source, summary: draft.summary, categories, droppedUngrounded: dropped };
}
