import { getDb } from "@/drizzle/db";
import { getAnswer } from "@/features/interviews/db";
import { apiError } from "@/lib/apiResponse";
import { contentRange, parseRange } from "@/lib/httpRange";
import { getCurrentUser } from "@/services/auth";
import { getStorage } from "@/services/storage";

const TYPES: Record<string, string> = { webm: "audio/webm", wav: "audio/wav", ogg: "audio/ogg", mp4: "audio/mp4" };

const notFound = () => apiError(404, "NOT_FOUND", "We couldn't find that recording.");

/**
 * The user's own recording, for playback, streamed from storage. Honours a
 * single byte `Range` (206, or 416 past the end) so the player can read the
 * duration and seek. Anyone else's recording is "not found".
 */
export async function GET(request: Request, { params }: { params: Promise<{ answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const { answerId } = await params;
  const answer = await getAnswer(await getDb(), user.id, answerId);
  if (!answer?.storageKey) return notFound();
  const key = answer.storageKey;
  const storage = getStorage();
  const object = await storage.stat(key);
  if (!object) return notFound();

  const { size } = object;
  const extension = key.split(".").pop() ?? "";
  const headers = new Headers({
    "content-type": TYPES[extension] ?? "application/octet-stream",
    "cache-control": "private, no-store",
    "accept-ranges": "bytes",
  });
  // We send no validators (ETag/Last-Modified), so an If-Range can never match: send the whole body.
  const range = request.headers.has("if-range") ? ({ kind: "full" } as const) : parseRange(request.headers.get("range"), size);

  if (range.kind === "unsatisfiable") {
    headers.delete("content-type");
    headers.set("content-range", contentRange(size));
    return new Response(null, { status: 416, headers });
  }
  const partial = range.kind === "partial" ? range : undefined;
  let body: ReadableStream<Uint8Array>;
  try {
    body = await storage.getStream(key, partial);
  } catch (error) {
    if (!(await storage.stat(key))) return notFound(); // deleted since the stat (a re-record replaced it)
    throw error;
  }
  if (partial) headers.set("content-range", contentRange(size, partial));
  headers.set("content-length", String(partial ? partial.end - partial.start + 1 : size));
  return new Response(body, { status: partial ? 206 : 200, headers });
}
