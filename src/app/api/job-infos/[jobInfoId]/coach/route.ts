import { after } from "next/server";
import { getDb } from "@/drizzle/db";
import { coachMessageSchema } from "@/features/coach/schemas";
import { streamCoachReply } from "@/features/coach/stream";
import { beginAiRequest } from "@/lib/apiRoute";
import { getRequestLogger } from "@/lib/requestContext";
import { getModel } from "@/services/ai";

/** Saves the user's message and streams the coach's reply (plain text). */
export async function POST(request: Request, { params }: { params: Promise<{ jobInfoId: string }> }) {
  const begun = await beginAiRequest(request, coachMessageSchema);
  if (begun.error) return begun.error;
  const { jobInfoId } = await params;
  const { response, saved } = await streamCoachReply(
    { db: await getDb(), user: begun.user, model: getModel(begun.user.aiProvider).model, log: await getRequestLogger() },
    { jobInfoId, message: begun.input.message },
  );
  after(() => saved);
  return response;
}
