import type { DbOrTx } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { getDeliverySamples } from "@/features/progress/db";
import type { MarkdownDocument } from "@/lib/markdown";
import { speakingBaseline } from "@/progress/baseline";
import { getInterview, listAnswersInFull } from "./db";
import { interviewTitle, recordedInterviewMarkdown } from "./markdown";
import { interviewKindLabels } from "./schemas";

/** The owner's recorded (or spoken) interview as its export document; undefined when not theirs. */
export async function getRecordedInterviewDocument(db: DbOrTx, userId: string, interviewId: string): Promise<MarkdownDocument | undefined> {
  const interview = await getInterview(db, userId, interviewId);
  const job = interview ? await getJobInfo(db, userId, interview.jobInfoId) : undefined;
  if (!interview || !job) return undefined;
  const [answers, samples] = await Promise.all([listAnswersInFull(db, userId, interview.id), getDeliverySamples(db, userId)]);
  const title = interviewTitle(interview.mode);
  return {
    markdown: recordedInterviewMarkdown({
      jobName: job.name,
      kindLabel: interviewKindLabels[interview.kind].label,
      mode: interview.mode,
      createdAt: interview.createdAt,
      answers,
      notes: interview.notes,
      baseline: speakingBaseline(samples),
    }),
    title: `${title} — ${job.name}`,
    filename: `${interview.mode === "conversation" ? "spoken" : "recorded"}-interview-${interview.createdAt.toISOString().slice(0, 10)}`,
  };
}
