import { getDb } from "@/drizzle/db";
import { getInterview, listAnswerSummaries } from "@/features/interviews/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";

export const dynamic = "force-dynamic";

/** Polled by the interview page while answers are processing: metadata only. */
export async function GET(_request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { interviewId } = await params;
  const db = await getDb();
  const interview = await getInterview(db, user.id, interviewId);
  if (!interview) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  return apiOk({ status: interview.status, answers: await listAnswerSummaries(db, user.id, interview.id) });
}
