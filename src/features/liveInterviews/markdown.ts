import { escapeMarkdown as escape, markdownHeading as heading } from "@/lib/markdown";
import { formatClock } from "@/lib/format";
import type { Turn } from "@/services/hume/transcript";
import type { MetricScore } from "@/speech/types";
import type { LiveMetrics } from "./metrics";
import type { LiveFeedback } from "./schemas";

/** Where a live interview's transcript comes from, as the page and the export say it. */
export const LIVE_TRANSCRIPT_SOURCE = "Transcribed by the live voice provider (Hume EVI) during the call; times are from the start of the call.";

export type LiveInterviewForExport = {
  createdAt: Date;
  durationMs: number | null;
  score: number | null;
  transcript: Turn[];
  metrics: LiveMetrics | null;
  feedback: LiveFeedback | null;
  notes?: string | null;
};

/** A 1–10 category score as shown, whatever a stored row holds. */
const shownScore = (score: number) => (Number.isFinite(score) ? Math.round(Math.min(10, Math.max(1, score))) : 1);
const fmt = (v: number | null | undefined, unit = "") => (v === null || v === undefined ? "—" : `${Math.round(v * 10) / 10}${unit}`);
const latency = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);
const norm = (score: MetricScore | null, unit: string) =>
  score ? ` (norm ${score.band.low}–${score.band.high}${unit}, ${score.verdict === "within" ? "within" : score.verdict === "low" ? "below" : "above"})` : "";

/** How the overall score was computed (features/liveInterviews/pipeline.ts): the category scores' mean × 10. */
export function liveScoreFormula(feedback: LiveFeedback | null, score: number | null): string | null {
  if (score === null || !feedback?.categories.length) return null;
  const parts = feedback.categories.map((c) => `${escape(c.name)} ${shownScore(c.score)}`).join(", ");
  return `the mean of the ${feedback.categories.length} category scores out of 10 (${parts}) × 10`;
}

/**
 * A live interview as Markdown sections, in the page's order: the summary
 * with the overall score's formula, the feedback by category (with the quotes
 * and when they were said), the speech measures (per answer, against their
 * norm bands), the user's notes, and the transcript with its source. Parts get
 * headings at `level`, categories one level deeper.
 */
export function liveInterviewSections(input: LiveInterviewForExport, level: number): string[] {
  const lines: string[] = [`- Date: ${input.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`];
  if (input.durationMs !== null) lines.push(`- Duration: ${formatClock(input.durationMs)} (measured by the voice provider)`);
  if (input.score !== null) {
    const formula = liveScoreFormula(input.feedback, input.score);
    lines.push(`- Overall: ${input.score}/100${formula ? ` = ${formula}` : ""}`);
  }
  lines.push("");

  lines.push(heading(level, "Feedback"), "");
  const feedback = input.feedback;
  if (!feedback) {
    lines.push(input.metrics?.summary.answers === 0 ? "_No answers from you were recorded in this call, so there is no feedback._" : "_No feedback yet._", "");
  } else {
    lines.push(escape(feedback.summary), "");
    const author =
      feedback.source === "insights"
        ? "Automated analysis by Darasa's insights engine (rules and timing measures, not an AI model)."
        : `Written by an AI model${feedback.modelLabel ? ` (${feedback.modelLabel})` : ""}; every quote was checked against your transcript.`;
    const dropped =
      feedback.droppedUngrounded > 0 ? ` ${feedback.droppedUngrounded} point(s) were left out because their quote is not in your transcript.` : "";
    lines.push(`_${escape(author)}${escape(dropped)}_`, "");
    for (const c of feedback.categories) {
      lines.push(heading(level + 1, `${escape(c.name)} — ${shownScore(c.score)}/10`), "", escape(c.explanation), "");
      if (c.strengths.length + c.improvements.length === 0) lines.push("_No quoted points in this category._", "");
      for (const [title, points] of [
        ["Strengths", c.strengths],
        ["To improve", c.improvements],
      ] as const) {
        if (points.length === 0) continue;
        lines.push(`**${title}**`, "");
        for (const p of points) lines.push(`- ${escape(p.point)} “${escape(p.quote)}” (${formatClock(p.atMs)})`);
        lines.push("");
      }
    }
  }

  if (input.metrics) lines.push(...measuresSection(input.metrics, level));

  lines.push(heading(level, "Your notes"), "", input.notes?.trim() ? escape(input.notes) : "_No notes._", "");

  if (input.transcript.length > 0) {
    lines.push(heading(level, "Transcript"), "", `_${LIVE_TRANSCRIPT_SOURCE}_`, "");
    for (const t of input.transcript)
      lines.push(`**${t.speaker === "candidate" ? "You" : "Interviewer"}** (${formatClock(t.firstAtMs)}): ${escape(t.text)}`, "");
  }
  return lines;
}

function measuresSection(metrics: LiveMetrics, level: number): string[] {
  const s = metrics.summary;
  const lines = [heading(level, "Speech measures"), "", "| Measure | Value |", "|---|---|"];
  lines.push(
    `| Answers | ${s.answers} |`,
    `| Median pace | ${s.medianWordsPerMinute === null ? "—" : `${Math.round(s.medianWordsPerMinute)} wpm`} |`,
    `| Fillers per minute | ${fmt(s.fillersPerMinute)} |`,
    `| Median latency (estimated) | ${latency(s.medianLatencyMs)} |`,
    `| Mean answer length | ${s.meanAnswerWords === null ? "—" : `${s.meanAnswerWords} words`} |`,
    `| Longest answer | ${s.longestAnswerWords === null ? "—" : `${s.longestAnswerWords} words`} |`,
    `| Your share of words | ${s.candidateWordShare === null ? "—" : `${Math.round(Math.min(1, Math.max(0, s.candidateWordShare)) * 100)}%`} |`,
    `| Delivery score | ${s.deliveryScore === null ? "—" : `${s.deliveryScore}/100 (the mean of the pace, filler and latency scores that could be computed)`} |`,
    "",
    `_${escape(metrics.method)}_`,
    "",
  );
  if (metrics.answers.length) {
    lines.push(heading(level + 1, "Per answer"), "", "| At | Words | Pace | Latency (estimated) | Fillers |", "|---|---|---|---|---|");
    for (const a of metrics.answers) {
      const fillers = a.fillers.length ? a.fillers.map((f) => `${escape(f.word)} ×${f.count}`).join(", ") : "none";
      lines.push(
        `| ${formatClock(a.startMs)} | ${a.words} | ${fmt(a.wordsPerMinute, " wpm")}${norm(a.scores.pace, " wpm")} | ${latency(a.latencyMs)}${norm(a.scores.latency, " s")} | ${fillers}${a.fillersPerMinute !== null ? ` — ${fmt(a.fillersPerMinute)}/min${norm(a.scores.fillers, "/min")}` : ""} |`,
      );
    }
    lines.push("");
  }
  if (metrics.expressions.length) {
    lines.push(
      `Expression measures (Hume, descriptive only): ${metrics.expressions.map((e) => escape(e.name.toLowerCase())).join(", ")}. These describe how your voice sounded to Hume's model; they are not judgements of confidence or ability and do not affect any score.`,
      "",
    );
  }
  return lines;
}

/** A live interview as a Markdown document. */
export function liveInterviewMarkdown(input: LiveInterviewForExport & { jobName: string }): string {
  const lines = [`# Live interview — ${escape(input.jobName)}`, "", ...liveInterviewSections(input, 2)];
  return `${lines.join("\n").trimEnd()}\n`;
}
