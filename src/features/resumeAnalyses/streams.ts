import { Output, streamText, type ModelMessage } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { INSIGHTS_OPTIONS_KEY, producedBy, type InsightsTask } from "@/insights/tasks";
import { apiError } from "@/lib/apiResponse";
import type { Logger } from "@/lib/logger";
import type { ResumeReport } from "@/resume/report";
import type { ObjectStorage } from "@/services/storage";
import { getResumeAnalysis, saveResumeAiAnalysis } from "./db";
import { canAnalyseResumes } from "./permissions";
import { analyseResumeInstructions, buildAnalyseResumePrompt } from "./prompts/analyseResume";
import { resumeAnalysisSchema } from "./schemas";

export type ResumeStreamDeps = {
  db: Db;
  storage: ObjectStorage;
  user: Pick<User, "id" | "plan">;
  model: LanguageModelV4;
  /** Gemini reads PDFs itself; other models get the extracted text only. */
  acceptsPdf: boolean;
  log: Logger;
};

/**
 * Streams the structured analysis of a saved resume (LLM, or the insights
 * engine filling the same categories from the deterministic report) and
 * saves it when complete. Returns the response and a promise of the save.
 */
export async function streamResumeAnalysis(deps: ResumeStreamDeps, input: { analysisId: string }) {
  const { db, user, log } = deps;
  const none = Promise.resolve();
  if (!canAnalyseResumes(user)) {
    return { response: apiError(403, "PLAN_REQUIRED", "Resume analysis is part of the Pro plan. Upgrade in Settings to use it."), saved: none };
  }
  const analysis = await getResumeAnalysis(db, user.id, input.analysisId);
  const job = analysis ? await getJobInfo(db, user.id, analysis.jobInfoId) : undefined;
  if (!analysis || !job) return { response: apiError(404, "NOT_FOUND", "We couldn't find that analysis."), saved: none };

  const report = analysis.report as ResumeReport;
  const prompt = buildAnalyseResumePrompt({
    jobTitle: job.title,
    jobDescription: job.description,
    experienceLevel: job.experienceLevel,
    resumeText: analysis.resumeText,
    facts: report,
  });
  const content: Extract<ModelMessage, { role: "user" }>["content"] = [{ type: "text", text: prompt }];
  if (deps.acceptsPdf && analysis.fileType === "pdf") {
    content.push({ type: "file", data: await deps.storage.get(analysis.storageKey), mediaType: "application/pdf" });
  }
  const task: InsightsTask = { task: "resume", report };
  let failed = false;
  const result = streamText({
    model: deps.model,
    instructions: analyseResumeInstructions,
    messages: [{ role: "user", content }],
    output: Output.object({ schema: resumeAnalysisSchema }),
    providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
    maxRetries: 0,
    onError: ({ error }) => {
      failed = true;
      log.warn({ analysisId: analysis.id, err: (error as Error)?.message }, "resume analysis failed");
    },
  });
  const saved = (async () => {
    try {
      const [output, providerMetadata] = await Promise.all([result.output, result.providerMetadata]);
      if (failed) return;
      const parsed = resumeAnalysisSchema.safeParse(output);
      if (!parsed.success) throw new Error("analysis did not match the schema");
      const source = producedBy(providerMetadata);
      await saveResumeAiAnalysis(db, user.id, analysis.id, parsed.data, source);
    } catch (error) {
      log.warn({ analysisId: analysis.id, err: (error as Error).message }, "resume analysis not saved");
    }
  })();
  return { response: result.toTextStreamResponse({ headers: { "cache-control": "no-store" } }), saved };
}
