import { getDb } from "@/drizzle/db";
import { getLiveInterviewStatus } from "@/features/liveInterviews/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";

/** Metadata only, for polling while the feedback job runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { interviewId } = await params;
  const status = await getLiveInterviewStatus(await getDb(), user.id, interviewId);
  if (!status) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  return apiOk(status, { headers: { "cache-control": "no-store" } });
}
