import type { JobInfo, Question } from "@/drizzle/schema";
import { formatClock } from "@/lib/format";
import { escapeMarkdown as escape } from "@/lib/markdown";
import { experienceLevelLabels } from "./schemas";

type Dated = { createdAt: Date };

/** Everything the user prepared for one job, as a Markdown document. */
export function jobPreparationMarkdown(input: {
  job: JobInfo;
  questions: Question[];
  resumes: (Dated & { fileName: string; overallScore: number; matchRate: number })[];
  interviews: (Dated & { answers: number; ready: number; meanScore: number | null })[];
  liveInterviews: (Dated & { durationMs: number | null; score: number | null; status: string })[];
  exportedAt?: Date;
}): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const { job } = input;
  const lines: string[] = [`# Interview preparation — ${escape(job.name)}`, ""];
  lines.push(`- Role: ${escape([job.title, experienceLevelLabels[job.experienceLevel]].filter(Boolean).join(", "))}`);
  lines.push(`- Exported: ${day(input.exportedAt ?? new Date())}`, "");
  lines.push("## Job description", "", escape(job.description), "");

  const answered = input.questions.filter((q) => q.text);
  lines.push("## Technical questions", "");
  if (answered.length === 0) lines.push("No questions yet.", "");
  for (const [i, q] of answered.entries()) {
    lines.push(`### ${i + 1}. ${escape(q.text!)}`, "");
    lines.push(`- Difficulty: ${q.difficulty}${q.rating !== null ? ` · rating ${q.rating}/10 (${q.feedbackSource === "insights" ? "automated analysis" : "AI model"})` : ""}`);
    if (q.answer) lines.push("", `**Your answer:** ${escape(q.answer)}`);
    const feedback = q.feedback as { summary?: string } | null;
    if (feedback?.summary) lines.push("", `**Feedback:** ${escape(feedback.summary)}`);
    lines.push("");
  }

  lines.push("## Resume checks", "");
  if (input.resumes.length === 0) lines.push("No resume analysed yet.", "");
  for (const r of input.resumes) lines.push(`- ${day(r.createdAt)}: ${escape(r.fileName)}, ${r.overallScore}/100, keywords ${Math.round(r.matchRate * 100)}%`);
  if (input.resumes.length) lines.push("");

  lines.push("## Recorded interviews", "");
  if (input.interviews.length === 0) lines.push("No recorded interviews yet.", "");
  for (const i of input.interviews) lines.push(`- ${day(i.createdAt)}: ${i.ready}/${i.answers} answers analysed${i.meanScore !== null ? `, delivery ${i.meanScore}/100` : ""}`);
  if (input.interviews.length) lines.push("");

  lines.push("## Live interviews", "");
  if (input.liveInterviews.length === 0) lines.push("No live interviews yet.", "");
  for (const l of input.liveInterviews) {
    const minutes = l.durationMs !== null ? `, ${formatClock(l.durationMs)} long` : "";
    lines.push(`- ${day(l.createdAt)}${minutes}${l.score !== null ? `, ${l.score}/100` : `, ${l.status.replace("_", " ")}`}`);
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
