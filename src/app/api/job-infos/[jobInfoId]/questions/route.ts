import { after } from "next/server";
import { getDb } from "@/drizzle/db";
import { generateQuestionSchema } from "@/features/questions/schemas";
import { streamNewQuestion } from "@/features/questions/streams";
import { beginAiRequest } from "@/lib/apiRoute";
import { getRequestLogger } from "@/lib/requestContext";
import { getModel } from "@/services/ai";

/** Streams a new interview question for the job (plain text); its id is in `x-question-id`. */
export async function POST(request: Request, { params }: { params: Promise<{ jobInfoId: string }> }) {
  const begun = await beginAiRequest(request, generateQuestionSchema);
  if (begun.error) return begun.error;
  const { jobInfoId } = await params;
  const choice = getModel(begun.user.aiProvider);
  const { response, saved } = await streamNewQuestion(
    { db: await getDb(), user: begun.user, model: choice.model, modelLabel: choice.label, log: await getRequestLogger() },
    { jobInfoId, difficulty: begun.input.difficulty, kind: begun.input.kind },
  );
  after(() => saved);
  return response;
}
