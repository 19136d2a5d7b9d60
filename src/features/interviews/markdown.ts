import type { InterviewAnswer } from "@/drizzle/schema";
import { feedbackMarkdown } from "@/features/questions/feedbackMarkdown";
import { formatClock } from "@/lib/format";
import { escapeMarkdown as escape, markdownHeading as heading } from "@/lib/markdown";
import type { Baseline, BaselineMetric } from "@/progress/baseline";
import type { MetricScore, SpeechScores } from "@/speech/types";
import { interviewSummary, overallScore } from "./overallScore";
import { TRANSCRIPT_SOURCE_LABELS } from "./transcriptSources";

export type AnswerForExport = Pick<
  InterviewAnswer,
  | "position"
  | "questionText"
  | "status"
  | "durationMs"
  | "score"
  | "transcript"
  | "transcriptSource"
  | "metrics"
  | "feedback"
  | "contentFeedback"
  | "contentRating"
> &
  Partial<Pick<InterviewAnswer, "error" | "followUpOf">>;

export type RecordedInterviewForExport = {
  kindLabel: string;
  /** A spoken conversation or answers recorded one by one (recorded when absent). */
  mode?: "recorded" | "conversation";
  createdAt: Date;
  answers: AnswerForExport[];
  notes?: string | null;
  /** The user's usual measures, shown beside each norm as on the page. */
  baseline?: Baseline;
};

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : `${(ms / 1000).toFixed(1)} s`);
const round1 = (n: number) => Math.round(n * 10) / 10;
const VERDICT_TEXT = { within: "within the norm", low: "below the norm", high: "above the norm" } as const;

export const interviewTitle = (mode: RecordedInterviewForExport["mode"]) => (mode === "conversation" ? "Spoken interview" : "Recorded interview");

/**
 * A recorded (or spoken) interview as Markdown sections, in the page's order:
 * the summary with its formula, then per answer the overall score and its
 * formula, the transcript and its source, content feedback (with the rubric
 * breakdown and its weights), the delivery measures against their norm bands
 * and the delivery feedback; the user's notes last. Answers get headings at
 * `level`, their parts one level deeper.
 */
export function recordedInterviewSections(input: RecordedInterviewForExport, level: number): string[] {
  const lines: string[] = [];
  const summary = interviewSummary(input.answers);
  lines.push(`- Date: ${input.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`, `- Kind: ${escape(input.kindLabel)}`);
  lines.push(`- Answers analysed: ${summary.ready} of ${input.answers.length}`);
  if (summary.overall !== null) {
    lines.push(
      `- Overall: ${summary.overall.score}/100 = ${summary.overall.formula}`,
      `- Content: ${summary.content !== null ? `${summary.content}/10 (${summary.graded} graded)` : "—"}`,
      `- Delivery: ${summary.delivery !== null ? `${summary.delivery}/100 (the mean of ${summary.deliveryCount} answers' delivery scores)` : "—"}`,
    );
  }
  lines.push("");
  for (const a of input.answers) lines.push(...answerSection(a, level, input.baseline));
  lines.push(heading(level, "Your notes"), "", input.notes?.trim() ? escape(input.notes) : "_No notes._", "");
  return lines;
}

function answerSection(a: AnswerForExport, level: number, baseline: Baseline | undefined): string[] {
  const lines: string[] = [heading(level, `${a.position + 1}. ${a.followUpOf ? "Follow-up: " : ""}${escape(a.questionText)}`), ""];
  if (a.status === "awaiting") return [...lines, "_Not answered yet._", ""];
  if (a.status === "processing") return [...lines, "_Still being analysed._", ""];
  if (a.status === "failed")
    return [...lines, ["_The analysis failed._", a.error ? escape(a.error) : null, "Your recording is kept."].filter(Boolean).join(" "), ""];

  const overall = overallScore(a.contentRating, a.score);
  if (overall) lines.push(`**Overall ${overall.score}/100** = ${escape(overall.formula)}`, "");
  if (a.durationMs !== null) lines.push(`- Duration: ${formatClock(a.durationMs)}`);
  if (a.transcriptSource) lines.push(`- Transcript source: ${TRANSCRIPT_SOURCE_LABELS[a.transcriptSource]}`);
  lines.push("");

  lines.push(heading(level + 1, "Transcript"), "");
  lines.push(a.transcript ? escape(a.transcript) : "_No transcript yet._", "");

  const content = a.contentFeedback;
  if (content) {
    lines.push(heading(level + 1, `Content — ${content.rating}/10`), "");
    lines.push(...feedbackMarkdown(content, { source: content.source, modelLabel: content.modelLabel, level: level + 2 }));
  } else {
    lines.push(
      heading(level + 1, "Content"),
      "",
      a.transcript ? "_No content feedback for this answer._" : "_Content feedback needs a transcript of the answer._",
      "",
    );
  }

  const metrics = a.metrics;
  if (metrics) lines.push(...deliverySection(a, metrics, level + 1, baseline));
  return lines;
}

type Metrics = NonNullable<AnswerForExport["metrics"]>;

function deliverySection(a: AnswerForExport, metrics: Metrics, level: number, baseline: Baseline | undefined): string[] {
  const lines: string[] = [heading(level, `Delivery — ${a.score ?? "—"}/100`), ""];
  lines.push(
    `- Duration: ${seconds(a.durationMs)}`,
    `- Speaking time: ${seconds(metrics.speakingMs)}`,
    `- Thinking time: ${seconds(metrics.thinkingTimeMs)}`,
    `- Pauses: ${metrics.pauses.count} (longest ${seconds(metrics.pauses.longestMs)})`,
    `- Pitch: ${metrics.pitch.medianHz ? `${Math.round(metrics.pitch.medianHz)} Hz` : "—"}${metrics.pitch.monotone ? " · monotone" : ""}`,
    `- Loudness: ${metrics.loudness.meanDb !== null ? `${Math.round(metrics.loudness.meanDb)} dBFS ± ${Math.round(metrics.loudness.variabilityDb ?? 0)}` : "—"}`,
    `- Pace (audio): ~${Math.round(metrics.estimatedWordsPerMinute)} wpm`,
    `- Fillers: ${metrics.fillers.perMinute !== null ? `${metrics.fillers.perMinute.toFixed(1)}/min` : "needs transcript"}`,
    "",
  );
  const scores = metrics.scores;
  if (scores) {
    const byWords = metrics.wordsPerMinute !== null;
    const rows: [string, keyof SpeechScores, string, BaselineMetric][] = [
      ["Pace", "pace", byWords ? "wpm" : "syllables/s", byWords ? "paceWpm" : "paceSyllables"],
      ["Thinking time", "thinkingTime", "s", "thinkingTime"],
      ["Longest pause", "longestPause", "s", "longestPause"],
      ["Pitch variation", "pitchVariability", "semitones", "pitchVariability"],
      ["Fillers", "fillers", "per minute", "fillers"],
    ];
    const withBaseline = Boolean(baseline && Object.keys(baseline).length);
    lines.push(
      `Against published norms (the delivery score is the weighted mean of these measures' scores):`,
      "",
      `| Measure | Value | Norm | Verdict | Score |${withBaseline ? " Your usual |" : ""} Why |`,
      `|---|---|---|---|---|${withBaseline ? "---|" : ""}---|`,
    );
    for (const [label, key, unit, mine] of rows) {
      const score = scores[key] as MetricScore | null;
      if (!score || typeof score !== "object") continue;
      const usual = baseline?.[mine];
      const usualCell = withBaseline ? ` ${usual ? `${usual.median} ${unit} (last ${usual.answers})` : "—"} |` : "";
      lines.push(
        `| ${label} | ${round1(score.value)} ${unit} | ${score.band.low}–${score.band.high} | ${VERDICT_TEXT[score.verdict]} | ${Math.round(score.score)}/100 |${usualCell} ${escape(score.explanation) || "—"} |`,
      );
    }
    lines.push("");
  }
  if (metrics.moments.length) {
    lines.push(`Moments: ${metrics.moments.map((m) => `${formatClock(m.startMs)} ${escape(m.label)}`).join(" · ")}`, "");
  }
  const delivery = a.feedback;
  if (delivery?.items.length) {
    lines.push("_Delivery feedback: automated analysis of the audio against published norms, not an AI model._", "");
    for (const item of delivery.items) {
      lines.push(`- ${item.atMs !== undefined ? `(${formatClock(item.atMs)}) ` : ""}${escape(item.message)}${item.quote ? ` “${escape(item.quote)}”` : ""}`);
    }
    lines.push("");
  }
  if (delivery?.notes?.length) {
    lines.push("Notes on this analysis:", "");
    for (const note of delivery.notes) lines.push(`- ${escape(note)}`);
    lines.push("");
  }
  return lines;
}

/** A recorded interview as a Markdown document. */
export function recordedInterviewMarkdown(input: RecordedInterviewForExport & { jobName: string }): string {
  const lines = [`# ${interviewTitle(input.mode)} — ${escape(input.jobName)}`, "", ...recordedInterviewSections(input, 2)];
  return `${lines.join("\n").trimEnd()}\n`;
}
