import type { DbOrTx } from "@/drizzle/db";
import { getInterview, listAnswersInFull, listInterviews } from "@/features/interviews/db";
import { interviewKindLabels } from "@/features/interviews/schemas";
import { getLiveInterview, listLiveInterviews } from "@/features/liveInterviews/db";
import { getDeliverySamples, getDrillInput, getJobProgress } from "@/features/progress/db";
import { jobTrendSeries, paceTrendSeries } from "@/features/progress/trends";
import { listQuestions } from "@/features/questions/db";
import { getResumeAnalysis, listResumeAnalyses } from "@/features/resumeAnalyses/db";
import type { MarkdownDocument } from "@/lib/markdown";
import { speakingBaseline } from "@/progress/baseline";
import { chooseDrills } from "@/progress/drills";
import { getJobInfo } from "./db";
import { jobPreparationMarkdown } from "./preparationMarkdown";

/**
 * One job's whole preparation as its export document: every question with
 * its feedback, every resume report, every interview in full (transcripts,
 * measures, feedback, notes) and the progress page's charts and drills.
 * Undefined when the job is not the user's. Reads each interview on its own:
 * an export is rare, and the per-record readers already carry the owner id.
 */
export async function getJobPreparationDocument(db: DbOrTx, userId: string, jobInfoId: string, exportedAt = new Date()): Promise<MarkdownDocument | undefined> {
  const job = await getJobInfo(db, userId, jobInfoId);
  if (!job) return undefined;
  const [questions, resumes, interviews, liveInterviews, progress, drillInput, samples, jobSamples] = await Promise.all([
    listQuestions(db, userId, job.id),
    listResumeAnalyses(db, userId, job.id),
    listInterviews(db, userId, job.id),
    listLiveInterviews(db, userId, job.id),
    getJobProgress(db, userId, job.id),
    getDrillInput(db, userId, job.id),
    getDeliverySamples(db, userId),
    getDeliverySamples(db, userId, job.id),
  ]);
  const baseline = speakingBaseline(samples);
  const [resumeRows, interviewRows, liveRows] = await Promise.all([
    Promise.all(resumes.map((r) => getResumeAnalysis(db, userId, r.id))),
    Promise.all(interviews.map(async (i) => ({ interview: await getInterview(db, userId, i.id), answers: await listAnswersInFull(db, userId, i.id) }))),
    Promise.all(liveInterviews.map((l) => getLiveInterview(db, userId, l.id))),
  ]);
  // Lists come newest first; the document reads in the order things happened.
  const markdown = jobPreparationMarkdown({
    job,
    questions: questions.toReversed(),
    resumes: resumes.map((r, i) => ({ ...r, report: resumeRows[i]?.report ?? null })).toReversed(),
    interviews: interviews
      .map((summary, i) => {
        const { interview, answers } = interviewRows[i]!;
        const detail = interview
          ? {
              kindLabel: interviewKindLabels[interview.kind].label,
              mode: interview.mode,
              createdAt: interview.createdAt,
              answers,
              notes: interview.notes,
              baseline,
            }
          : undefined;
        return { ...summary, detail };
      })
      .toReversed(),
    liveInterviews: liveInterviews
      .map((summary, i) => {
        const row = liveRows[i];
        const detail = row
          ? {
              createdAt: row.createdAt,
              durationMs: row.durationMs,
              score: row.score,
              transcript: row.transcript ?? [],
              metrics: row.metrics,
              feedback: row.feedback,
              notes: row.notes,
            }
          : undefined;
        return { ...summary, detail };
      })
      .toReversed(),
    progress: { series: [...jobTrendSeries(progress), paceTrendSeries(jobSamples)], drills: chooseDrills(drillInput) },
    exportedAt,
  });
  const slug =
    job.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "job";
  return { markdown, title: `Interview preparation — ${job.name}`, filename: `darasa-${slug}` };
}
