import { Output, streamText } from "ai";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { pickQuestion } from "@/insights/pickQuestion";
import { INSIGHTS_OPTIONS_KEY, InsightsTaskError, type InsightsTask } from "@/insights/tasks";
import { AppError } from "@/lib/errors";
import type { Logger } from "@/lib/logger";
import { PRODUCED_EVENTS_TYPE, producerHeaders } from "@/lib/producedStream";
import type { Producer } from "@/services/ai";
import { producerInfo, streamObjectFromProducers, streamTextFromProducers } from "@/services/ai/produce";
import { completeQuestion, discardQuestion, getQuestion, listAskedForJob, reserveQuestion, saveAnswer, saveFeedback } from "./db";
import { monthlyQuestionLimit } from "./permissions";
import { buildGenerateQuestionPrompt, generateQuestionInstructions } from "./prompts/generateQuestion";
import { buildGradeAnswerPrompt, gradeAnswerInstructions } from "./prompts/gradeAnswer";
import { feedbackSchemaFor, type Feedback, type QuestionKindChoice } from "./schemas";

/**
 * Streaming AI work for technical questions, independent of Next.js so it can
 * be tested with mock models and a real database. Each returns the streamed
 * response and a promise that settles once the result is saved; a refusal
 * is thrown as an AppError (the route's boundary answers it).
 * Who wrote the result is decided here and sent before the first token
 * (services/ai/produce.ts); the browser shows it, never guesses it.
 */
export type StreamDeps = { db: Db; user: Pick<User, "id" | "plan">; producers: readonly Producer[]; log: Logger };

/** A question is one short paragraph (the prompt asks for ≤ 80 words); longer output is cut. */
export const QUESTION_MAX_CHARS = 1_000;
export type StreamOutcome = { response: Response; saved: Promise<void> };

const MODEL_FAILED = "The question service is unavailable right now. Nothing was charged to your quota; please try again in a minute.";
const FEEDBACK_FAILED = "Feedback could not be produced. Your answer is saved; try again in a minute.";

export async function streamNewQuestion(
  deps: StreamDeps,
  input: { jobInfoId: string; difficulty: "easy" | "medium" | "hard"; kind?: QuestionKindChoice },
): Promise<StreamOutcome> {
  const { db, user, log } = deps;
  const job = await getJobInfo(db, user.id, input.jobInfoId);
  if (!job) throw new AppError("NOT_FOUND", "We couldn't find that job.");

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
    if (reservation.pending > 0) {
      throw new AppError(
        "QUOTA_EXCEEDED",
        `You've used ${reservation.usedThisMonth} of the free plan's questions this month and ${reservation.pending} unanswered ${reservation.pending === 1 ? "question holds" : "questions hold"} the rest. Answer or delete one under "Past questions" (an unanswered question counts only once answered or kept for 24 hours), or upgrade to Pro for unlimited questions.`,
      );
    }
    throw new AppError(
      "QUOTA_EXCEEDED",
      `You've used all ${reservation.usedThisMonth} questions of the free plan this month. Upgrade to Pro for unlimited questions.`,
    );
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

  const outcome = await streamTextFromProducers(
    deps.producers,
    (producer) =>
      streamText({
        model: producer.model,
        instructions: generateQuestionInstructions,
        prompt: buildGenerateQuestionPrompt(jobContext, input.difficulty, asked.texts, kind),
        providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
        maxRetries: 0, // our resilience layer owns retries
        onError: () => {}, // failures are read from the stream and logged by the runner
      }),
    { maxChars: QUESTION_MAX_CHARS, log },
  );
  if (!outcome.ok) {
    await discardQuestion(db, user.id, questionId);
    if (outcome.error instanceof InsightsTaskError) {
      // Not a transient fault: every bank question at this difficulty was asked for this job.
      throw new AppError("BANK_EXHAUSTED", `${outcome.error.message} Choose another difficulty.`);
    }
    throw new AppError("AI_UNAVAILABLE", MODEL_FAILED);
  }

  const { producer } = outcome;
  const saved = (async () => {
    const clean = (await outcome.text)?.trim();
    if (!clean) {
      await discardQuestion(db, user.id, questionId);
      log.warn({ questionId }, "question discarded");
      return;
    }
    // The engine's text is the reserved bank question's; an LLM's question replaces the reservation.
    const bankQuestionId = producer.kind === "insights" ? (reservation.question.bankQuestionId ?? null) : null;
    await completeQuestion(db, user.id, questionId, {
      text: clean,
      source: producer.kind,
      bankQuestionId,
      modelLabel: producer.kind === "insights" ? "insights engine" : producer.label,
    });
  })().catch((error: Error) => log.warn({ questionId, err: error.message }, "question not saved"));

  return {
    response: new Response(outcome.body, {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "x-question-id": questionId,
        ...producerHeaders(producerInfo(producer)),
      },
    }),
    saved,
  };
}

export async function streamFeedback(deps: StreamDeps, input: { questionId: string; answer: string }): Promise<StreamOutcome> {
  const { db, user, log } = deps;
  const question = await getQuestion(db, user.id, input.questionId);
  const job = question?.status === "ready" ? await getJobInfo(db, user.id, question.jobInfoId) : undefined;
  if (!question || !job) throw new AppError("NOT_FOUND", "We couldn't find that question.");

  // The answer is saved before grading (a new attempt; earlier ones are kept): a failed model call never loses it.
  const answeredAt = await saveAnswer(db, user.id, question.id, input.answer);
  if (!answeredAt) throw new AppError("NOT_FOUND", "We couldn't find that question.");

  const jobContext = { title: job.title, description: job.description, experienceLevel: job.experienceLevel };
  const task: InsightsTask = { task: "feedback", bankQuestionId: question.bankQuestionId, answer: input.answer, questionText: question.text };
  const outcome = await streamObjectFromProducers(
    deps.producers,
    (producer) =>
      streamText({
        model: producer.model,
        instructions: gradeAnswerInstructions,
        prompt: buildGradeAnswerPrompt(jobContext, question.text, input.answer),
        // Each producer gets (and must pass) its own schema: an LLM's has no rubric breakdown.
        output: Output.object({ schema: feedbackSchemaFor(producer.kind) }),
        providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
        maxRetries: 0,
        onError: () => {},
      }),
    (producer, output): Feedback => feedbackSchemaFor(producer.kind).parse(output),
    {
      log,
      // Saved before the browser sees the result: a reload right after it shows the same feedback.
      commit: ({ value, producer }) => saveFeedback(db, user.id, question.id, answeredAt, value, { source: producer.kind, label: producer.label }),
    },
  );
  if (!outcome.ok) {
    log.warn({ questionId: question.id, err: (outcome.error as Error)?.message }, "feedback not produced; the answer is kept and can be regraded");
    throw new AppError("AI_UNAVAILABLE", FEEDBACK_FAILED);
  }

  const saved = outcome.result.then(() => undefined);

  return {
    response: new Response(outcome.body, {
      headers: { "content-type": PRODUCED_EVENTS_TYPE, "cache-control": "no-store", ...producerHeaders(producerInfo(outcome.producer)) },
    }),
    saved,
  };
}
