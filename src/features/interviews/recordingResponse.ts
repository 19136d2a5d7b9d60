import { AppError } from "@/lib/errors";
import { contentRange, parseRange } from "@/lib/httpRange";
import type { ObjectStorage } from "@/services/storage";

const TYPES: Record<string, string> = { webm: "audio/webm", wav: "audio/wav", ogg: "audio/ogg", mp4: "audio/mp4" };

export const recordingNotFound = () => new AppError("NOT_FOUND", "We couldn't find that recording.");

/**
 * A stored recording for playback, streamed. Honours a single byte `Range`
 * (206, or 416 past the end) so the player can read the duration and seek.
 * The caller has already checked that the recording is the user's; a
 * recording that is gone is thrown as NOT_FOUND.
 */
export async function recordingResponse(request: Request, storage: ObjectStorage, key: string): Promise<Response> {
  const object = await storage.stat(key);
  if (!object) throw recordingNotFound();
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
    if (!(await storage.stat(key))) throw recordingNotFound(); // deleted since the stat (a re-record replaced it)
    throw error;
  }
  if (partial) headers.set("content-range", contentRange(size, partial));
  headers.set("content-length", String(partial ? partial.end - partial.start + 1 : size));
  return new Response(body, { status: partial ? 206 : 200, headers });
}
