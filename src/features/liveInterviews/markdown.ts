import { escapeMarkdown as escape } from "@/lib/markdown";
import { formatClock } from "@/lib/format";
import type { Turn } from "@/services/hume/transcript";
import type { LiveMetrics } from "./metrics";
import type { LiveFeedback } from "./schemas";

/** A live interview as a Markdown document: summary, feedback, measures, transcript. */
export function liveInterviewMarkdown(input: {
  jobName: string;
  createdAt: Date;
  durationMs: number | null;
  score: number | null;
  transcript: Turn[];
  metrics: LiveMetrics | null;
  feedback: LiveFeedback | null;
  notes?: string | null;
}): string {
  const lines: string[] = [`# Live interview — ${escape(input.jobName)}`, ""];
  lines.push(`- Date: ${input.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`);
  if (input.durationMs !== null) lines.push(`- Duration: ${formatClock(input.durationMs)} (measured by the voice provider)`);
  if (input.score !== null) lines.push(`- Overall: ${input.score}/100`);
  lines.push("");
  if (input.feedback) {
    lines.push("## Feedback", "", escape(input.feedback.summary), "");
    lines.push(
      input.feedback.source === "insights"
        ? "_Automated analysis by Darasa's insights engine (rules and timing measures, not an AI model)._"
        : "_Written by an AI model; every quote was checked against the transcript._",
      "",
    );
    for (const c of input.feedback.categories) {
      lines.push(`### ${escape(c.name)} — ${c.score}/10`, "", escape(c.explanation), "");
      for (const [title, points] of [["Strengths", c.strengths], ["To improve", c.improvements]] as const) {
        if (points.length === 0) continue;
        lines.push(`**${title}**`, "");
        for (const p of points) lines.push(`- ${escape(p.point)} “${escape(p.quote)}” (${formatClock(p.atMs)})`);
        lines.push("");
      }
    }
  }
  if (input.metrics) {
    const s = input.metrics.summary;
    lines.push("## Speech measures", "", "| Measure | Value |", "|---|---|");
    lines.push(`| Answers | ${s.answers} |`);
    lines.push(`| Median pace | ${s.medianWordsPerMinute === null ? "—" : `${Math.round(s.medianWordsPerMinute)} wpm`} |`);
    lines.push(`| Fillers per minute | ${s.fillersPerMinute ?? "—"} |`);
    lines.push(`| Median latency (estimated) | ${s.medianLatencyMs === null ? "—" : `${(s.medianLatencyMs / 1000).toFixed(1)} s`} |`);
    lines.push(`| Mean answer length | ${s.meanAnswerWords === null ? "—" : `${s.meanAnswerWords} words`} |`);
    lines.push("", `_${input.metrics.method}_`, "");
  }
  if (input.notes) lines.push("## Your notes", "", escape(input.notes), "");
  if (input.transcript.length > 0) {
    lines.push("## Transcript", "");
    for (const t of input.transcript) lines.push(`**${t.speaker === "candidate" ? "You" : "Interviewer"}** (${formatClock(t.firstAtMs)}): ${escape(t.text)}`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
