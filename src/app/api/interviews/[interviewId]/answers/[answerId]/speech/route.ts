import { getDb } from "@/drizzle/db";
import { getAnswer, getInterview } from "@/features/interviews/db";
import { interviewerLine } from "@/features/interviews/interviewerLines";
import { apiError } from "@/lib/apiResponse";
import { getRequestLogger } from "@/lib/requestContext";
import { getCurrentUser } from "@/features/users/currentUser";
import { limitUser } from "@/services/protection";
import { isTtsConfigured, synthesizeSpeech } from "@/services/tts";

/**
 * Conversation mode with server text-to-speech: the interviewer's words for
 * one turn of the user's own interview, as audio (`?greeting=1` adds the
 * opening line). The text is the server's, never the browser's.
 */
export async function GET(request: Request, { params }: { params: Promise<{ interviewId: string; answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  if (!isTtsConfigured()) return apiError(404, "NOT_FOUND", "Server speech is not configured; the browser's voice is used.");
  const limit = await limitUser(user.id, "ai");
  if (!limit.allowed) return apiError(limit.status, limit.code, limit.message);
  const { interviewId, answerId } = await params;
  const db = await getDb();
  const interview = await getInterview(db, user.id, interviewId);
  const answer = interview?.mode === "conversation" ? await getAnswer(db, user.id, answerId) : undefined;
  if (!interview || !answer || answer.interviewId !== interview.id) return apiError(404, "NOT_FOUND", "We couldn't find that turn of the interview.");
  const greeting = new URL(request.url).searchParams.get("greeting") === "1";
  try {
    const { audio, mediaType } = await synthesizeSpeech(interviewerLine(answer.questionText, greeting ? user.name : null));
    return new Response(audio as BodyInit, { headers: { "content-type": mediaType, "cache-control": "private, max-age=3600" } });
  } catch (error) {
    (await getRequestLogger()).warn({ err: (error as Error).message }, "text-to-speech failed");
    return apiError(503, "TTS_FAILED", "The interviewer's voice is unavailable right now; the words are on screen.");
  }
}
