import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { getAnswer, getInterview } from "@/features/interviews/db";
import { interviewerLine } from "@/features/interviews/interviewerLines";
import { AppError } from "@/lib/errors";
import { isTtsConfigured, synthesizeSpeech } from "@/services/tts";
import { defineRoute } from "@/server/route";

/**
 * Conversation mode with server text-to-speech: the interviewer's words for
 * one turn of the user's own interview, as audio (`?greeting=1` adds the
 * opening line). The text is the server's, never the browser's.
 */
export const GET = defineRoute(
  { params: ["interviewId", "answerId"], query: z.object({ greeting: z.string().optional() }), limit: "ai" },
  async ({ user, params, query, log }) => {
    if (!isTtsConfigured()) throw new AppError("NOT_FOUND", "Server speech is not configured; the browser's voice is used.");
    const db = await getDb();
    const interview = await getInterview(db, user.id, params.interviewId);
    const answer = interview?.mode === "conversation" ? await getAnswer(db, user.id, params.answerId) : undefined;
    if (!interview || !answer || answer.interviewId !== interview.id) throw new AppError("NOT_FOUND", "We couldn't find that turn of the interview.");
    try {
      const { audio, mediaType } = await synthesizeSpeech(interviewerLine(answer.questionText, query.greeting === "1" ? user.name : null));
      return new Response(audio as BodyInit, { headers: { "content-type": mediaType, "cache-control": "private, max-age=3600" } });
    } catch (error) {
      log.warn({ err: (error as Error).message }, "text-to-speech failed");
      throw new AppError("TTS_FAILED", "The interviewer's voice is unavailable right now; the words are on screen.");
    }
  },
);
