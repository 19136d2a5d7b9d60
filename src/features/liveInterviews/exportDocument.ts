import type { DbOrTx } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import type { MarkdownDocument } from "@/lib/markdown";
import { getLiveInterview } from "./db";
import { liveInterviewMarkdown } from "./markdown";

/** The owner's live interview as its export document; undefined when not theirs or never connected. */
export async function getLiveInterviewDocument(db: DbOrTx, userId: string, interviewId: string): Promise<MarkdownDocument | undefined> {
  const interview = await getLiveInterview(db, userId, interviewId);
  const job = interview ? await getJobInfo(db, userId, interview.jobInfoId) : undefined;
  if (!interview || !job || !interview.humeChatId) return undefined;
  return {
    markdown: liveInterviewMarkdown({
      jobName: job.name,
      createdAt: interview.createdAt,
      durationMs: interview.durationMs,
      score: interview.score,
      transcript: interview.transcript ?? [],
      metrics: interview.metrics,
      feedback: interview.feedback,
      notes: interview.notes,
    }),
    title: `Live interview — ${job.name}`,
    filename: `live-interview-${interview.createdAt.toISOString().slice(0, 10)}`,
  };
}
