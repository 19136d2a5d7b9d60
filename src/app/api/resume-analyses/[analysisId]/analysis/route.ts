import { after } from "next/server";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { streamResumeAnalysis } from "@/features/resumeAnalyses/streams";
import { beginAiRequest } from "@/lib/apiRoute";
import { getRequestLogger } from "@/lib/requestContext";
import { getModel } from "@/services/ai";
import { getStorage } from "@/services/storage";

/** Streams the structured analysis of a saved resume (JSON text, parsed progressively by the client). */
export async function POST(request: Request, { params }: { params: Promise<{ analysisId: string }> }) {
  const begun = await beginAiRequest(request, z.object({}));
  if (begun.error) return begun.error;
  const { analysisId } = await params;
  const choice = getModel(begun.user.aiProvider);
  const { response, saved } = await streamResumeAnalysis(
    {
      db: await getDb(),
      storage: getStorage(),
      user: begun.user,
      model: choice.model,
      acceptsPdf: choice.primary === "gemini",
      log: await getRequestLogger(),
    },
    { analysisId },
  );
  after(() => saved);
  return response;
}
