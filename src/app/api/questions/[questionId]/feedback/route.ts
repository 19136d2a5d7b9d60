import { after } from "next/server";
import { getDb } from "@/drizzle/db";
import { answerSchema } from "@/features/questions/schemas";
import { streamFeedback } from "@/features/questions/streams";
import { beginAiRequest } from "@/lib/apiRoute";
import { getRequestLogger } from "@/lib/requestContext";
import { getModel } from "@/services/ai";

/** Saves the answer, then streams structured feedback on it (JSON text, parsed progressively by the client). */
export async function POST(request: Request, { params }: { params: Promise<{ questionId: string }> }) {
  const begun = await beginAiRequest(request, answerSchema);
  if (begun.error) return begun.error;
  const { questionId } = await params;
  const choice = getModel(begun.user.aiProvider);
  const { response, saved } = await streamFeedback(
    { db: await getDb(), user: begun.user, model: choice.model, modelLabel: choice.label, log: await getRequestLogger() },
    { questionId, answer: begun.input.answer },
  );
  after(() => saved);
  return response;
}
