import { getDb } from "@/drizzle/db";
import { advanceConversation } from "@/features/interviews/conversation";
import { apiError, apiOk } from "@/lib/apiResponse";
import { aiRateLimitResponse } from "@/lib/apiRoute";
import { getRequestLogger } from "@/lib/requestContext";
import { getModel } from "@/services/ai";
import { getCurrentUser } from "@/features/users/currentUser";

/**
 * Conversation mode: the candidate finished this turn (its audio is
 * uploaded); the server answers with what the interviewer says next (a
 * follow-up, the next question) or `null` when the interview is over.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ interviewId: string; answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const limited = await aiRateLimitResponse(user.id);
  if (limited) return limited;
  const { interviewId, answerId } = await params;
  const result = await advanceConversation(
    { db: await getDb(), user, modelFor: (preference) => getModel(preference as Parameters<typeof getModel>[0]).model, log: await getRequestLogger() },
    { interviewId, answerId },
  );
  if (!result.ok) return apiError(result.code === "NOT_FOUND" ? 404 : 409, result.code, result.message);
  return apiOk({ next: result.next });
}
