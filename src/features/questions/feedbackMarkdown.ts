import { formatClock } from "@/lib/format";
import { escapeMarkdown as escape, markdownHeading } from "@/lib/markdown";
import { clamp, feedbackAuthor, shownWeight } from "./feedbackDisplay";

/** Feedback on an answer, written or spoken: the fields FeedbackView shows. */
export type FeedbackForExport = {
  rating: number;
  summary: string;
  strengths: { point: string; quote: string; atMs?: number }[];
  gaps: { point: string; suggestion: string }[];
  modelAnswer: string;
  breakdown?: { part: string; score: number; weight: number; explanation: string }[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Feedback as the page shows it, section by section (the caller writes the
 * rating): who gave it, the summary, how the rating was computed (the engine's parts with their
 * weights), what was right (with the quotes, and when they were said), what
 * was missing, and a strong answer. Sub-headings at `level`.
 */
export function feedbackMarkdown(
  feedback: FeedbackForExport,
  options: { source: "llm" | "insights" | null | undefined; modelLabel?: string | null; level: number },
): string[] {
  const { level } = options;
  const lines: string[] = [`_${escape(feedbackAuthor(options.source, options.modelLabel))}_`, ""];
  if (feedback.summary) lines.push(escape(feedback.summary), "");
  // Only the engine computes its rating from parts (as on the page).
  const parts = options.source === "insights" ? (feedback.breakdown ?? []) : [];
  if (parts.length) {
    lines.push(markdownHeading(level, "How the rating was computed"), "", "| Part | Score | Weight | Contribution | Why |", "|---|---|---|---|---|");
    let total = 0;
    for (const b of parts) {
      const score = clamp(b.score, 0, 1);
      const weight = shownWeight(b.weight);
      total += score * weight;
      lines.push(`| ${escape(b.part)} | ${Math.round(score * 100)}% | ${weight} | ${round2(score * weight)} | ${escape(b.explanation)} |`);
    }
    lines.push("", `Weighted total: ${round2(total)} of ${round2(parts.reduce((s, b) => s + shownWeight(b.weight), 0))}.`, "");
  }
  if (feedback.strengths.length) {
    lines.push(markdownHeading(level, "What was right"), "");
    for (const s of feedback.strengths) {
      const at = s.atMs !== undefined ? ` (${formatClock(s.atMs)})` : "";
      lines.push(`- ${escape(s.point)}${s.quote ? ` “${escape(s.quote)}”${at}` : ""}`);
    }
    lines.push("");
  }
  if (feedback.gaps.length) {
    lines.push(markdownHeading(level, "What was missing"), "");
    for (const g of feedback.gaps) lines.push(`- ${escape(g.point)}${g.suggestion ? ` ${escape(g.suggestion)}` : ""}`);
    lines.push("");
  }
  if (feedback.modelAnswer) lines.push(markdownHeading(level, "A strong answer"), "", escape(feedback.modelAnswer), "");
  return lines;
}
