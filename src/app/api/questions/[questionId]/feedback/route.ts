import { after } from "next/server";
import { getDb } from "@/drizzle/db";
import { answerSchema } from "@/features/questions/schemas";
import { streamFeedback } from "@/features/questions/streams";
import { defineRoute } from "@/server/route";
import { getProducers } from "@/services/ai";

/** Saves the answer, then streams structured feedback on it: newline-delimited events naming each producer (lib/producedStream.ts). */
export const POST = defineRoute({ params: ["questionId"], input: answerSchema, limit: "ai" }, async ({ user, input, params, log }) => {
  const { response, saved } = await streamFeedback(
    { db: await getDb(), user, producers: getProducers(user.aiProvider), log },
    { questionId: params.questionId, answer: input.answer },
  );
  after(() => saved);
  return response;
});
