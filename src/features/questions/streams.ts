import { Output, streamText } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { pickQuestion } from "@/insights/pickQuestion";
import { INSIGHTS_OPTIONS_KEY, InsightsTaskError, producedBy, type InsightsTask } from "@/insights/tasks";
import { apiError } from "@/lib/apiResponse";
import { textBodyAfterFirstChunk } from "@/lib/streams";
import type { Logger } from "@/lib/logger";
import { completeQuestion, discardQuestion, getQuestion, listAskedForJob, reserveQuestion, saveAnswer, saveFeedback } from "./db";
import { monthlyQuestionLimit } from "./permissions";
import { buildGenerateQuestionPrompt, generateQuestionInstructions } from "./prompts/generateQuestion";
import { buildGradeAnswerPrompt, gradeAnswerInstructions } from "./prompts/gradeAnswer";
import { feedbackSchema, type Feedback, type QuestionKindChoice } from "./schemas";

/**
 * Streaming AI work for technical questions, independent of Next.js so it can
 * be tested with mock models and a real database. Each returns the HTTP
 * response to send and a promise that settles once the result is saved.
 */
export type StreamDeps = { db: Db; user: Pick<User, "id" | "plan">; model: LanguageModelV4; modelLabel: string; log: Logger };
export type StreamOutcome = { response: Response; saved: Promise<void> };

const MODEL_FAILED = "The question service is unavailable right now. Nothing was charged to your quota; please try again in a minute.";

export async function streamNewQuestion(
  deps: StreamDeps,
  input: { jobInfoId: string; difficulty: "easy" | "medium" | "hard"; kind?: QuestionKindChoice },
): Promise<StreamOutcome> {
  const { db, user, log } = deps;
  const job = await getJobInfo(db, user.id, input.jobInfoId);
  if (!job) return { response: apiError(404, "NOT_FOUND", "We couldn't find that job."), saved: Promise.resolve() };

  const asked = await listAskedForJob(db, user.id, job.id);
  const jobContext = { title: job.title, description: job.description, experienceLevel: job.experienceLevel };
  const kind = input.kind ?? "any";
  const kinds = kind === "any" ? undefined : [kind];
  const reservation = await reserveQuestion(db, {
    userId: user.id,
    jobInfoId: job.id,
    difficulty: input.difficulty,
    monthlyLimit: monthlyQuestionLimit(user),
    // The offline engine's pick is reserved with the slot (an LLM's question replaces it).
    pickBankQuestion: (exclude, seed) => pickQuestion(jobContext, input.difficulty, exclude, seed, kinds)?.question.id ?? null,
  });
  if (!reservation.ok) {
    return {
      response: apiError(
        403,
        "QUOTA_EXCEEDED",
        `You've used all ${reservation.usedThisMonth} questions of the free plan this month. Upgrade to Pro for unlimited questions.`,
      ),
      saved: Promise.resolve(),
    };
  }
  const questionId = reservation.question.id;
  const task: InsightsTask = {
    task: "question",
    job: jobContext,
    difficulty: input.difficulty,
    excludeBankIds: asked.bankIds,
    seed: questionId,
    kinds,
    reservedBankQuestionId: reservation.question.bankQuestionId,
  };

  let failed = false;
  let failure: unknown;
  const result = streamText({
    model: deps.model,
    instructions: generateQuestionInstructions,
    prompt: buildGenerateQuestionPrompt(jobContext, input.difficulty, asked.texts, kind),
    providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
    maxRetries: 0, // our resilience layer owns retries
    onError: ({ error }) => {
      failed = true;
      failure = error;
      log.warn({ questionId, err: (error as Error)?.message }, "question generation failed");
    },
  });

  const saved = (async () => {
    try {
      const [text, providerMetadata] = await Promise.all([result.text, result.providerMetadata]);
      const clean = text.trim();
      if (failed || !clean) throw new Error("empty question");
      const bankQuestionId = (providerMetadata?.[INSIGHTS_OPTIONS_KEY]?.bankQuestionId as string | undefined) ?? null;
      const source = producedBy(providerMetadata);
      await completeQuestion(db, user.id, questionId, { text: clean, source, bankQuestionId, modelLabel: source === "insights" ? "insights engine" : deps.modelLabel });
    } catch (error) {
      await discardQuestion(db, user.id, questionId);
      log.warn({ questionId, err: (error as Error).message }, "question discarded");
    }
  })();

  // Wait for the first text so a model that fails up front gets a clean error response.
  const body = await textBodyAfterFirstChunk(result.textStream);
  if (!body) {
    await saved;
    if (failure instanceof InsightsTaskError) {
      // Not a transient fault: every bank question at this difficulty was asked for this job.
      return { response: apiError(409, "BANK_EXHAUSTED", `${failure.message} Choose another difficulty.`), saved };
    }
    return { response: apiError(503, "AI_UNAVAILABLE", MODEL_FAILED), saved };
  }
  return {
    response: new Response(body, {
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-question-id": questionId },
    }),
    saved,
  };
}

export async function streamFeedback(deps: StreamDeps, input: { questionId: string; answer: string }): Promise<StreamOutcome> {
  const { db, user, log } = deps;
  const question = await getQuestion(db, user.id, input.questionId);
  if (!question || question.status !== "ready") {
    return { response: apiError(404, "NOT_FOUND", "We couldn't find that question."), saved: Promise.resolve() };
  }
  const job = await getJobInfo(db, user.id, question.jobInfoId);
  if (!job) return { response: apiError(404, "NOT_FOUND", "We couldn't find that question."), saved: Promise.resolve() };

  // The answer is saved before grading: a failed model call never loses it.
  await saveAnswer(db, user.id, question.id, input.answer);

  const jobContext = { title: job.title, description: job.description, experienceLevel: job.experienceLevel };
  const task: InsightsTask = { task: "feedback", bankQuestionId: question.bankQuestionId, answer: input.answer };
  let failed = false;
  const result = streamText({
    model: deps.model,
    instructions: gradeAnswerInstructions,
    prompt: buildGradeAnswerPrompt(jobContext, question.text, input.answer),
    output: Output.object({ schema: feedbackSchema }),
    providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
    maxRetries: 0,
    onError: ({ error }) => {
      failed = true;
      log.warn({ questionId: question.id, err: (error as Error)?.message }, "feedback generation failed");
    },
  });

  const saved = (async () => {
    try {
      const [output, providerMetadata] = await Promise.all([result.output, result.providerMetadata]);
      if (failed) return;
      const parsed = feedbackSchema.safeParse(output);
      if (!parsed.success) throw new Error("feedback did not match the schema");
      const feedback: Feedback = parsed.data;
      const source = producedBy(providerMetadata);
      // Only the offline engine's breakdown is shown as a breakdown; an LLM may not invent one.
      await saveFeedback(db, user.id, question.id, source === "llm" ? { ...feedback, breakdown: undefined } : feedback, source);
    } catch (error) {
      log.warn({ questionId: question.id, err: (error as Error).message }, "feedback not saved; the answer is kept and can be regraded");
    }
  })();

  return { response: result.toTextStreamResponse({ headers: { "cache-control": "no-store" } }), saved };
}
