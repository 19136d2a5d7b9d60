import { getDb } from "@/drizzle/db";
import { getAnswer } from "@/features/interviews/db";
import { recordingNotFound, recordingResponse } from "@/features/interviews/recordingResponse";
import { defineRoute } from "@/server/route";
import { getStorage } from "@/services/storage";

/** The user's own latest take of an answer, for playback (Range supported). Anyone else's is "not found". */
export const GET = defineRoute({ params: ["answerId"] }, async ({ request, user, params }) => {
  const answer = await getAnswer(await getDb(), user.id, params.answerId);
  if (!answer?.storageKey) throw recordingNotFound();
  return recordingResponse(request, getStorage(), answer.storageKey);
});
