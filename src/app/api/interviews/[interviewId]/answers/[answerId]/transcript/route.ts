import { getDb } from "@/drizzle/db";
import { saveBrowserTranscript } from "@/features/interviews/db";
import { browserTranscriptSchema, TRANSCRIPT_BODY_MAX_BYTES, TRANSCRIPT_MAX } from "@/features/interviews/schemas";
import { interpolateWords } from "@/features/interviews/transcriptTiming";
import { apiError, apiOk } from "@/lib/apiResponse";
import { readJsonBody } from "@/lib/jsonBody";
import { getCurrentUser } from "@/features/users/currentUser";

/**
 * The browser's own recognition of the take it is about to upload (final
 * results timed from the recording start). Stored as the "browser"
 * transcript; the audio upload that follows keeps it. Times are clamped to
 * the measured audio later, never trusted beyond it.
 */
export async function PUT(request: Request, { params }: { params: Promise<{ interviewId: string; answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const body = await readJsonBody(request, TRANSCRIPT_BODY_MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = browserTranscriptSchema.safeParse(body.value);
  if (!parsed.success) return apiError(400, "VALIDATION_FAILED", parsed.error.issues[0]?.message ?? "Invalid transcript.");
  const segments = parsed.data.segments.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text).sort((a, b) => a.startMs - b.startMs);
  const text = segments.map((s) => s.text).join(" ");
  if (!text) return apiError(400, "VALIDATION_FAILED", "The browser recognised no words.");
  if (text.length > TRANSCRIPT_MAX) return apiError(400, "VALIDATION_FAILED", `Keep the transcript under ${TRANSCRIPT_MAX.toLocaleString("en")} characters.`);
  const { interviewId, answerId } = await params;
  const saved = await saveBrowserTranscript(await getDb(), user.id, interviewId, answerId, {
    text,
    timing: { segments, words: interpolateWords(segments), wordTimings: "interpolated" },
  });
  if (!saved) return apiError(404, "NOT_FOUND", "We couldn't find that question, or its previous answer is still being analysed.");
  return apiOk({ words: text.split(/\s+/).length });
}

