import { getDb } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { getLiveInterview } from "@/features/liveInterviews/db";
import { liveInterviewMarkdown } from "@/features/liveInterviews/markdown";
import type { LiveMetrics } from "@/features/liveInterviews/metrics";
import type { LiveFeedback } from "@/features/liveInterviews/schemas";
import { apiError } from "@/lib/apiResponse";
import { exportFormat, exportResponse } from "@/lib/exportResponse";
import { getCurrentUser } from "@/features/users/currentUser";
import type { Turn } from "@/services/hume/transcript";

/** The interview as a Markdown or PDF download. */
export async function GET(request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const format = exportFormat(request);
  if (format instanceof Response) return format;
  const { interviewId } = await params;
  const db = await getDb();
  const interview = await getLiveInterview(db, user.id, interviewId);
  const job = interview ? await getJobInfo(db, user.id, interview.jobInfoId) : undefined;
  if (!interview || !job || !interview.humeChatId) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  const markdown = liveInterviewMarkdown({
    jobName: job.name,
    createdAt: interview.createdAt,
    durationMs: interview.durationMs,
    score: interview.score,
    transcript: (interview.transcript as Turn[] | null) ?? [],
    metrics: interview.metrics as LiveMetrics | null,
    feedback: interview.feedback as LiveFeedback | null,
    notes: interview.notes,
  });
  return exportResponse(markdown, { title: `Live interview — ${job.name}`, filename: `live-interview-${interview.createdAt.toISOString().slice(0, 10)}`, format });
}
