import { after } from "next/server";
import { getDb } from "@/drizzle/db";
import { coachMessageSchema } from "@/features/coach/schemas";
import { streamCoachReply } from "@/features/coach/stream";
import { defineRoute } from "@/server/route";
import { getProducers } from "@/services/ai";

/** Saves the user's message and streams the coach's reply (plain text; who wrote it in `x-darasa-producer`). */
export const POST = defineRoute({ params: ["jobInfoId"], input: coachMessageSchema, limit: "ai" }, async ({ user, input, params, log }) => {
  const { response, saved } = await streamCoachReply(
    { db: await getDb(), user, producers: getProducers(user.aiProvider), log },
    { jobInfoId: params.jobInfoId, message: input.message },
  );
  after(() => saved);
  return response;
});
