import type { JobInfo, Question } from "@/drizzle/schema";
import { interviewTitle, recordedInterviewSections, type RecordedInterviewForExport } from "@/features/interviews/markdown";
import { liveInterviewSections, type LiveInterviewForExport } from "@/features/liveInterviews/markdown";
import type { TrendSeries } from "@/features/progress/trends";
import { shownRating } from "@/features/questions/feedbackDisplay";
import { feedbackMarkdown } from "@/features/questions/feedbackMarkdown";
import { storedFeedbackSchema } from "@/features/questions/schemas";
import { RESUME_CATEGORIES } from "@/features/resumeAnalyses/schemas";
import { resumeAnalysisFromReport } from "@/insights/resumeAnalysis";
import { formatClock } from "@/lib/format";
import { escapeMarkdown as escape } from "@/lib/markdown";
import type { Drill } from "@/progress/drills";
import { describeMatchRate, matchBreakdown } from "@/resume/matchRate";
import type { ResumeReport } from "@/resume/report";
import { experienceLevelLabels } from "./schemas";

type Dated = { createdAt: Date };

/**
 * What one job's export is written from. The summaries alone give one line
 * per resume and interview; with `detail` (and `report`, `progress`) each gets
 * its whole section, as its page shows it.
 */
export type JobPreparation = {
  job: JobInfo;
  questions: Question[];
  resumes: (Dated & { fileName: string; overallScore: number; matchRate: number; report?: ResumeReport | null })[];
  interviews: (Dated & { answers: number; ready: number; meanScore: number | null; detail?: RecordedInterviewForExport })[];
  liveInterviews: (Dated & { durationMs: number | null; score: number | null; status: string; detail?: LiveInterviewForExport })[];
  progress?: { series: TrendSeries[]; drills: Drill[] };
  exportedAt?: Date;
};

const ITEM_LABELS: Record<string, string> = { strength: "Strength", minor: "Minor", major: "Major" };
const day = (d: Date) => d.toISOString().slice(0, 10);
const minute = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Everything the user prepared for one job, as a Markdown document, section by section. */
export function jobPreparationMarkdown(input: JobPreparation): string {
  const { job } = input;
  const lines: string[] = [`# Interview preparation — ${escape(job.name)}`, ""];
  lines.push(`- Role: ${escape([job.title, experienceLevelLabels[job.experienceLevel]].filter(Boolean).join(", "))}`);
  lines.push(`- Exported: ${day(input.exportedAt ?? new Date())}`, "");
  lines.push("## Job description", "", escape(job.description), "");
  lines.push(...questionsSection(input.questions));
  lines.push(...resumesSection(input.resumes));

  lines.push("## Recorded interviews", "");
  if (input.interviews.length === 0) lines.push("No recorded interviews yet.", "");
  for (const i of input.interviews)
    lines.push(`- ${day(i.createdAt)}: ${i.ready}/${i.answers} answers analysed${i.meanScore !== null ? `, delivery ${i.meanScore}/100` : ""}`);
  if (input.interviews.length) lines.push("");
  for (const i of input.interviews) {
    if (!i.detail) continue;
    lines.push(`## ${interviewTitle(i.detail.mode)} — ${minute(i.createdAt)}`, "", ...recordedInterviewSections(i.detail, 3));
  }

  lines.push("## Live interviews", "");
  if (input.liveInterviews.length === 0) lines.push("No live interviews yet.", "");
  for (const l of input.liveInterviews) {
    const minutes = l.durationMs !== null ? `, ${formatClock(l.durationMs)} long` : "";
    lines.push(`- ${day(l.createdAt)}${minutes}${l.score !== null ? `, ${l.score}/100` : `, ${l.status.replace("_", " ")}`}`);
  }
  if (input.liveInterviews.length) lines.push("");
  for (const l of input.liveInterviews) {
    if (!l.detail) continue;
    lines.push(`## Live interview — ${minute(l.createdAt)}`, "", ...liveInterviewSections(l.detail, 3));
  }

  if (input.progress) lines.push(...progressSection(input.progress));
  return `${lines.join("\n").trimEnd()}\n`;
}

function questionsSection(questions: Question[]): string[] {
  const lines = ["## Technical questions", ""];
  const asked = questions.filter((q) => q.text);
  if (asked.length === 0) lines.push("No questions yet.", "");
  for (const [i, q] of asked.entries()) {
    lines.push(`### ${i + 1}. ${escape(q.text)}`, "");
    const state =
      q.rating !== null
        ? `rating ${shownRating(q.rating)}/10 (${q.feedbackSource === "insights" ? "automated analysis" : `AI model${q.feedbackModelLabel ? `: ${escape(q.feedbackModelLabel)}` : ""}`})`
        : q.answer
          ? "not graded"
          : "unanswered";
    const author = q.source === "insights" ? "from the question bank" : q.modelLabel ? escape(q.modelLabel) : null;
    lines.push(`- Difficulty: ${q.difficulty} · ${state}`, `- Asked: ${day(q.createdAt)}${author ? ` · ${author}` : ""}`);
    if (q.answer) lines.push("", `**Your answer:** ${escape(q.answer)}`);
    lines.push("");
    const parsed = q.feedback ? storedFeedbackSchema.safeParse(q.feedback) : null;
    if (parsed?.success) {
      lines.push("**Feedback**", "", ...feedbackMarkdown(parsed.data, { source: q.feedbackSource, modelLabel: q.feedbackModelLabel, level: 4 }));
    } else if (q.feedback?.summary) {
      lines.push(`**Feedback:** ${escape(q.feedback.summary)}`, "");
    }
  }
  return lines;
}

function resumesSection(resumes: JobPreparation["resumes"]): string[] {
  const lines = ["## Resume checks", ""];
  if (resumes.length === 0) lines.push("No resume analysed yet.", "");
  for (const r of resumes) lines.push(`- ${day(r.createdAt)}: ${escape(r.fileName)}, ${r.overallScore}/100, keywords ${Math.round(r.matchRate * 100)}%`);
  if (resumes.length) lines.push("");
  for (const r of resumes) {
    if (!r.report) continue;
    const analysis = resumeAnalysisFromReport(r.report);
    const keywords = r.report.keywords;
    const required = (k: { required?: boolean }) => (k.required ? " (required)" : "");
    lines.push(`### ${escape(r.fileName)} — ${day(r.createdAt)}`, "");
    lines.push(`Overall ${analysis.overall.score}/100. ${escape(describeMatchRate(matchBreakdown(keywords)))}`, "");
    lines.push(
      `- Found (${keywords.found.length}): ${keywords.found.map(({ keyword }) => `${escape(keyword.term)}${required(keyword)}`).join(", ") || "none"}`,
    );
    lines.push(`- Missing (${keywords.missing.length}): ${keywords.missing.map((k) => `${escape(k.term)}${required(k)}`).join(", ") || "none"}`, "");
    for (const { key, label } of RESUME_CATEGORIES) {
      const category = analysis[key];
      lines.push(`**${label} — ${category.score}/100:** ${escape(category.summary)}`, "");
      for (const item of category.items)
        lines.push(`- ${ITEM_LABELS[item.type] ?? item.type}: ${escape(item.message)}${item.quote ? ` “${escape(item.quote)}”` : ""}`);
      if (category.items.length) lines.push("");
    }
    lines.push(`_${escape(analysis.overall.summary)}_`, "");
  }
  return lines;
}

function progressSection(progress: NonNullable<JobPreparation["progress"]>): string[] {
  const lines = ["## Progress", ""];
  for (const s of progress.series) {
    lines.push(`### ${escape(s.title)}`, "");
    if (s.points.length === 0) {
      lines.push(escape(s.empty), "");
      continue;
    }
    lines.push(`**${escape(s.verdict.label)}:** ${escape(s.verdict.text)}`, "");
    for (const p of s.points) lines.push(`- ${day(p.at)}: ${p.value}${s.unit}`);
    lines.push("");
  }
  lines.push("### Drills", "");
  if (progress.drills.length === 0) lines.push("No drills yet.", "");
  for (const d of progress.drills) lines.push(`- **${escape(d.title)}:** ${escape(d.why)} ${escape(d.how)}`);
  if (progress.drills.length) lines.push("");
  return lines;
}
