import { getDb } from "@/drizzle/db";
import { saveBrowserTranscript } from "@/features/interviews/db";
import { browserTranscriptSchema, TRANSCRIPT_BODY_MAX_BYTES, TRANSCRIPT_MAX } from "@/features/interviews/schemas";
import { interpolateWords } from "@/features/interviews/transcriptTiming";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";

/**
 * The browser's own recognition of the take it is about to upload (final
 * results timed from the recording start). Stored as the "browser"
 * transcript; the audio upload that follows keeps it. Times are clamped to
 * the measured audio later, never trusted beyond it.
 */
export const PUT = defineRoute(
  { params: ["interviewId", "answerId"], input: browserTranscriptSchema, maxBytes: TRANSCRIPT_BODY_MAX_BYTES, limit: "write" },
  async ({ user, input, params }) => {
    const segments = input.segments
      .map((s) => ({ ...s, text: s.text.trim() }))
      .filter((s) => s.text)
      .sort((a, b) => a.startMs - b.startMs);
    const text = segments.map((s) => s.text).join(" ");
    if (!text) throw new AppError("VALIDATION_FAILED", "The browser recognised no words.");
    if (text.length > TRANSCRIPT_MAX) throw new AppError("VALIDATION_FAILED", `Keep the transcript under ${TRANSCRIPT_MAX.toLocaleString("en")} characters.`);
    const saved = await saveBrowserTranscript(await getDb(), user.id, params.interviewId, params.answerId, {
      text,
      timing: { segments, words: interpolateWords(segments), wordTimings: "interpolated" },
    });
    if (!saved) throw new AppError("NOT_FOUND", "We couldn't find that question, or its previous answer is still being analysed.");
    return apiOk({ words: text.split(/\s+/).length });
  },
);
