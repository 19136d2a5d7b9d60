import { getDb } from "@/drizzle/db";
import { getAnswer } from "@/features/interviews/db";
import { apiError } from "@/lib/apiResponse";
import { getCurrentUser } from "@/services/auth";
import { getStorage } from "@/services/storage";

const TYPES: Record<string, string> = { webm: "audio/webm", wav: "audio/wav", ogg: "audio/ogg", mp4: "audio/mp4" };

/** The user's own recording, for playback. Anyone else's is "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { answerId } = await params;
  const answer = await getAnswer(await getDb(), user.id, answerId);
  if (!answer?.storageKey) return apiError(404, "NOT_FOUND", "We couldn't find that recording.");
  const bytes = await getStorage().get(answer.storageKey);
  const extension = answer.storageKey.split(".").pop() ?? "";
  return new Response(bytes as BodyInit, {
    headers: { "content-type": TYPES[extension] ?? "application/octet-stream", "cache-control": "private, no-store", "content-length": String(bytes.byteLength) },
  });
}
