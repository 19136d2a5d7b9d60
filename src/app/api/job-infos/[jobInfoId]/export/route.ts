import { getDb } from "@/drizzle/db";
import { listInterviews } from "@/features/interviews/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { jobPreparationMarkdown } from "@/features/jobInfos/preparationMarkdown";
import { listLiveInterviews } from "@/features/liveInterviews/db";
import { listQuestions } from "@/features/questions/db";
import { listResumeAnalyses } from "@/features/resumeAnalyses/db";
import { apiError } from "@/lib/apiResponse";
import { exportFormat, exportResponse } from "@/lib/exportResponse";
import { getCurrentUser } from "@/features/users/currentUser";

/** A job's whole preparation (questions, answers, feedback, scores) as Markdown or PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ jobInfoId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const format = exportFormat(request);
  if (format instanceof Response) return format;
  const { jobInfoId } = await params;
  const db = await getDb();
  const job = await getJobInfo(db, user.id, jobInfoId);
  if (!job) return apiError(404, "NOT_FOUND", "We couldn't find that job.");
  const [questions, resumes, interviews, liveInterviews] = await Promise.all([
    listQuestions(db, user.id, job.id),
    listResumeAnalyses(db, user.id, job.id),
    listInterviews(db, user.id, job.id),
    listLiveInterviews(db, user.id, job.id),
  ]);
  // Lists come newest first; the document reads in the order things happened.
  const markdown = jobPreparationMarkdown({ job, questions: questions.toReversed(), resumes: resumes.toReversed(), interviews: interviews.toReversed(), liveInterviews: liveInterviews.toReversed() });
  const slug = job.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "job";
  return exportResponse(markdown, { title: `Interview preparation — ${job.name}`, filename: `darasa-${slug}`, format });
}
