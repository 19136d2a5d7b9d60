import { after } from "next/server";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { streamResumeAnalysis } from "@/features/resumeAnalyses/streams";
import { defineRoute } from "@/server/route";
import { getProducers } from "@/services/ai";
import { getStorage } from "@/services/storage";

/** Streams the structured analysis of a saved resume as newline-delimited events that name each producer (lib/producedStream.ts). */
export const POST = defineRoute({ params: ["analysisId"], input: z.object({}), limit: "ai" }, async ({ user, params, log }) => {
  const { response, saved } = await streamResumeAnalysis(
    { db: await getDb(), storage: getStorage(), user, producers: getProducers(user.aiProvider), log },
    { analysisId: params.analysisId },
  );
  after(() => saved);
  return response;
});
