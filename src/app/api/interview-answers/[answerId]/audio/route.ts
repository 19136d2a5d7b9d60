import { getDb } from "@/drizzle/db";
import { getAnswer } from "@/features/interviews/db";
import { recordingNotFound, recordingResponse } from "@/features/interviews/recordingResponse";
import { apiError } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";
import { getStorage } from "@/services/storage";

/** The user's own latest take of an answer, for playback (Range supported). Anyone else's is "not found". */
export async function GET(request: Request, { params }: { params: Promise<{ answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { answerId } = await params;
  const answer = await getAnswer(await getDb(), user.id, answerId);
  if (!answer?.storageKey) return recordingNotFound();
  return recordingResponse(request, getStorage(), answer.storageKey);
}
