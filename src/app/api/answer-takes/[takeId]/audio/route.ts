import { getDb } from "@/drizzle/db";
import { recordingNotFound, recordingResponse } from "@/features/interviews/recordingResponse";
import { getTake } from "@/features/interviews/takesDb";
import { defineRoute } from "@/server/route";
import { getStorage } from "@/services/storage";

/** An earlier take's recording, for playback (Range supported). Anyone else's is "not found". */
export const GET = defineRoute({ params: ["takeId"] }, async ({ request, user, params }) => {
  const take = await getTake(await getDb(), user.id, params.takeId);
  if (!take) throw recordingNotFound();
  return recordingResponse(request, getStorage(), take.storageKey);
});
