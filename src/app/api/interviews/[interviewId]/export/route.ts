import { getDb } from "@/drizzle/db";
import { getInterview, listAnswersInFull } from "@/features/interviews/db";
import { recordedInterviewMarkdown } from "@/features/interviews/markdown";
import { interviewKindLabels } from "@/features/interviews/schemas";
import { getJobInfo } from "@/features/jobInfos/db";
import { apiError } from "@/lib/apiResponse";
import { exportFormat, exportResponse } from "@/lib/exportResponse";
import { getCurrentUser } from "@/features/users/currentUser";

/** A recorded interview as a Markdown or PDF download: transcripts, measures and feedback per answer. */
export async function GET(request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const format = exportFormat(request);
  if (format instanceof Response) return format;
  const { interviewId } = await params;
  const db = await getDb();
  const interview = await getInterview(db, user.id, interviewId);
  const job = interview ? await getJobInfo(db, user.id, interview.jobInfoId) : undefined;
  if (!interview || !job) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  const markdown = recordedInterviewMarkdown({
    jobName: job.name,
    kindLabel: interviewKindLabels[interview.kind].label,
    createdAt: interview.createdAt,
    answers: await listAnswersInFull(db, user.id, interview.id),
    notes: interview.notes,
  });
  return exportResponse(markdown, { title: `Recorded interview — ${job.name}`, filename: `recorded-interview-${interview.createdAt.toISOString().slice(0, 10)}`, format });
}
