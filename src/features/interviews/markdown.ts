import type { InterviewAnswer } from "@/drizzle/schema";
import { formatClock } from "@/lib/format";
import { escapeMarkdown as escape } from "@/lib/markdown";
import type { SpeechScores } from "@/speech/types";
import { overallScore, type SpokenContentFeedback } from "./overallScore";
import type { SpeechFeedback } from "./speechFeedback";

type AnswerForExport = Pick<
  InterviewAnswer,
  "position" | "questionText" | "status" | "durationMs" | "score" | "transcript" | "transcriptSource" | "metrics" | "feedback" | "contentFeedback" | "contentRating"
>;

const SOURCE_TEXT = { stt: "server speech-to-text", browser: "your browser's recognition", user: "typed by you" } as const;

/** A recorded interview as a Markdown document: per answer the transcript, content feedback, delivery measures and feedback. */
export function recordedInterviewMarkdown(input: {
  jobName: string;
  kindLabel: string;
  createdAt: Date;
  answers: AnswerForExport[];
  notes?: string | null;
}): string {
  const lines: string[] = [`# Recorded interview — ${escape(input.jobName)}`, ""];
  lines.push(`- Date: ${input.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`, `- Kind: ${escape(input.kindLabel)}`);
  const ready = input.answers.filter((a) => a.status === "ready");
  lines.push(`- Answers analysed: ${ready.length} of ${input.answers.length}`, "");
  for (const a of input.answers) {
    lines.push(`## ${a.position + 1}. ${escape(a.questionText)}`, "");
    if (a.status !== "ready") {
      lines.push(a.status === "awaiting" ? "_Not answered yet._" : a.status === "failed" ? "_The analysis failed._" : "_Still being analysed._", "");
      continue;
    }
    const overall = overallScore(a.contentRating, a.score);
    if (overall) lines.push(`**Overall ${overall.score}/100** = ${escape(overall.formula)}`, "");
    if (a.durationMs !== null) lines.push(`- Duration: ${formatClock(a.durationMs)}`);
    if (a.transcript && a.transcriptSource) lines.push(`- Transcript source: ${SOURCE_TEXT[a.transcriptSource]}`);
    lines.push("");
    if (a.transcript) lines.push("### Transcript", "", escape(a.transcript), "");
    const content = a.contentFeedback as SpokenContentFeedback | null;
    if (content) {
      lines.push(`### Content — ${content.rating}/10`, "");
      lines.push(
        content.source === "insights"
          ? "_Automated analysis by Darasa's insights engine (rubric and keyword matching, not an AI model)._"
          : "_Written by an AI model._",
        "",
        escape(content.summary),
        "",
      );
      if (content.strengths.length) {
        lines.push("**What was right**", "");
        for (const s of content.strengths) lines.push(`- ${escape(s.point)}${s.quote ? ` “${escape(s.quote)}”` : ""}${s.atMs !== undefined ? ` (${formatClock(s.atMs)})` : ""}`);
        lines.push("");
      }
      if (content.gaps.length) {
        lines.push("**What was missing**", "");
        for (const g of content.gaps) lines.push(`- ${escape(g.point)}${g.suggestion ? ` ${escape(g.suggestion)}` : ""}`);
        lines.push("");
      }
      lines.push("**A strong answer**", "", escape(content.modelAnswer), "");
    }
    const scores = (a.metrics as { scores?: SpeechScores } | null)?.scores;
    if (scores) {
      lines.push(`### Delivery — ${a.score ?? "—"}/100`, "", "| Measure | Value | Norm |", "|---|---|---|");
      const rows: [string, keyof SpeechScores, string][] = [
        ["Pace", "pace", (a.metrics as { wordsPerMinute: number | null }).wordsPerMinute !== null ? "wpm" : "syllables/s"],
        ["Thinking time", "thinkingTime", "s"],
        ["Longest pause", "longestPause", "s"],
        ["Pitch variation", "pitchVariability", "semitones"],
        ["Fillers", "fillers", "per minute"],
      ];
      for (const [label, key, unit] of rows) {
        const score = scores[key];
        if (score && typeof score === "object") lines.push(`| ${label} | ${Math.round(score.value * 10) / 10} ${unit} | ${score.band.low}–${score.band.high} |`);
      }
      lines.push("");
    }
    const delivery = a.feedback as SpeechFeedback | null;
    if (delivery?.items.length) {
      lines.push("_Delivery feedback: automated analysis of the audio against published norms, not an AI model._", "");
      for (const item of delivery.items) lines.push(`- ${item.atMs !== undefined ? `(${formatClock(item.atMs)}) ` : ""}${escape(item.message)}`);
      lines.push("");
    }
  }
  if (input.notes) lines.push("## Your notes", "", escape(input.notes), "");
  return `${lines.join("\n").trimEnd()}\n`;
}
