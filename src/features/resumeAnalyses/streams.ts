import { Output, streamText, type ModelMessage } from "ai";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { INSIGHTS_OPTIONS_KEY, type InsightsTask } from "@/insights/tasks";
import { AppError } from "@/lib/errors";
import type { Logger } from "@/lib/logger";
import { PRODUCED_EVENTS_TYPE, producerHeaders } from "@/lib/producedStream";
import type { Producer } from "@/services/ai";
import { producerInfo, streamObjectFromProducers } from "@/services/ai/produce";
import type { ObjectStorage } from "@/services/storage";
import { getResumeAnalysis, saveResumeAiAnalysis } from "./db";
import { canAnalyseResumes } from "./permissions";
import { analyseResumeInstructions, buildAnalyseResumePrompt } from "./prompts/analyseResume";
import { resumeAnalysisSchemaFor } from "./schemas";

export type ResumeStreamDeps = {
  db: Db;
  storage: ObjectStorage;
  user: Pick<User, "id" | "plan">;
  /** Tried in order; Gemini reads PDFs itself, the others get the extracted text only. */
  producers: readonly Producer[];
  log: Logger;
};

type UserContent = Extract<ModelMessage, { role: "user" }>["content"];

/** The prompt, with the PDF itself for a model that reads PDFs. */
function userContent(promptPart: { type: "text"; text: string }, pdf: Uint8Array | null): UserContent {
  return pdf ? [promptPart, { type: "file", data: pdf, mediaType: "application/pdf" }] : [promptPart];
}

/**
 * Streams the structured analysis of a saved resume (LLM, or the insights
 * engine filling the same categories from the deterministic report) and
 * saves it when complete. Returns the response and a promise of the save;
 * a refusal is thrown as an AppError.
 */
export async function streamResumeAnalysis(deps: ResumeStreamDeps, input: { analysisId: string }) {
  const { db, user, log } = deps;
  if (!canAnalyseResumes(user)) throw new AppError("PLAN_REQUIRED", "Resume analysis is part of the Pro plan. Upgrade in Settings to use it.");
  const analysis = await getResumeAnalysis(db, user.id, input.analysisId);
  const job = analysis ? await getJobInfo(db, user.id, analysis.jobInfoId) : undefined;
  if (!analysis || !job) throw new AppError("NOT_FOUND", "We couldn't find that analysis.");

  const report = analysis.report;
  const prompt = buildAnalyseResumePrompt({
    jobTitle: job.title,
    jobDescription: job.description,
    experienceLevel: job.experienceLevel,
    resumeText: analysis.resumeText,
    facts: report,
  });
  const promptPart = { type: "text" as const, text: prompt };
  const pdf = analysis.fileType === "pdf" && deps.producers.some((p) => p.id === "gemini") ? await deps.storage.get(analysis.storageKey) : null;
  const task: InsightsTask = { task: "resume", report };
  const outcome = await streamObjectFromProducers(
    deps.producers,
    (producer) =>
      streamText({
        model: producer.model,
        instructions: analyseResumeInstructions,
        messages: [{ role: "user", content: userContent(promptPart, producer.id === "gemini" ? pdf : null) }],
        output: Output.object({ schema: resumeAnalysisSchemaFor(producer.kind) }),
        providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
        maxRetries: 0,
        onError: () => {},
      }),
    (producer, output) => resumeAnalysisSchemaFor(producer.kind).parse(output),
    // Saved before the browser sees the result, so a reload right after it shows the same analysis.
    { log, commit: ({ value, producer }) => saveResumeAiAnalysis(db, user.id, analysis.id, value, producer.kind) },
  );
  if (!outcome.ok) {
    log.warn({ analysisId: analysis.id, err: (outcome.error as Error)?.message }, "resume analysis failed");
    throw new AppError("AI_UNAVAILABLE", "The analysis could not be produced right now. Please try again in a minute.");
  }
  const saved = outcome.result.then(() => undefined);
  return {
    response: new Response(outcome.body, {
      headers: { "content-type": PRODUCED_EVENTS_TYPE, "cache-control": "no-store", ...producerHeaders(producerInfo(outcome.producer)) },
    }),
    saved,
  };
}
