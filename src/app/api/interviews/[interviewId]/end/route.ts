import { getDb } from "@/drizzle/db";
import { endConversation } from "@/features/interviews/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";

/** Conversation mode: the candidate ends the interview; questions not yet asked are dropped. */
export async function POST(_request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { interviewId } = await params;
  if (!(await endConversation(await getDb(), user.id, interviewId))) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  return apiOk({ ended: true });
}
