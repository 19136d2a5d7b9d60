import { getDb } from "@/drizzle/db";
import { recordingNotFound, recordingResponse } from "@/features/interviews/recordingResponse";
import { getTake } from "@/features/interviews/takesDb";
import { apiError } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";
import { getStorage } from "@/services/storage";

/** An earlier take's recording, for playback (Range supported). Anyone else's is "not found". */
export async function GET(request: Request, { params }: { params: Promise<{ takeId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { takeId } = await params;
  const take = await getTake(await getDb(), user.id, takeId);
  if (!take) return recordingNotFound();
  return recordingResponse(request, getStorage(), take.storageKey);
}
