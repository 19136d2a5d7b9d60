import { after } from "next/server";
import { getDb } from "@/drizzle/db";
import { generateQuestionSchema } from "@/features/questions/schemas";
import { streamNewQuestion } from "@/features/questions/streams";
import { defineRoute } from "@/server/route";
import { getProducers } from "@/services/ai";

/** Streams a new interview question for the job (plain text); its id is in `x-question-id`, who wrote it in `x-darasa-producer`. */
export const POST = defineRoute({ params: ["jobInfoId"], input: generateQuestionSchema, limit: "ai" }, async ({ user, input, params, log }) => {
  const { response, saved } = await streamNewQuestion(
    { db: await getDb(), user, producers: getProducers(user.aiProvider), log },
    { jobInfoId: params.jobInfoId, difficulty: input.difficulty, kind: input.kind },
  );
  after(() => saved);
  return response;
});
