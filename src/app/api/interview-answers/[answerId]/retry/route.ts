import { getDb } from "@/drizzle/db";
import { markForRetry } from "@/features/interviews/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";
import { enqueueAnswerAnalysis } from "@/services/queue";

/** Re-queues a failed analysis (the recording is kept). */
export async function POST(_request: Request, { params }: { params: Promise<{ answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { answerId } = await params;
  if (!(await markForRetry(await getDb(), user.id, answerId))) return apiError(404, "NOT_FOUND", "There is no failed analysis to retry here.");
  await enqueueAnswerAnalysis(answerId);
  return apiOk({ status: "processing" }, { status: 202 });
}
