import { streamText, type ModelMessage } from "ai";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { getPlanData } from "@/features/progress/db";
import { INSIGHTS_OPTIONS_KEY, type InsightsTask } from "@/insights/tasks";
import { AppError } from "@/lib/errors";
import type { Logger } from "@/lib/logger";
import { producerHeaders } from "@/lib/producedStream";
import type { Producer } from "@/services/ai";
import { producerInfo, streamTextFromProducers } from "@/services/ai/produce";
import { jobPlan } from "@/progress/jobPlan";
import { canAnalyseResumes } from "@/features/resumeAnalyses/permissions";
import { addCoachMessage, listCoachMessages, listCoachReplies } from "./db";
import { buildCoachContext, coachInstructions } from "./prompts/coach";

export type CoachDeps = { db: Db; user: Pick<User, "id" | "plan">; producers: readonly Producer[]; log: Logger };

/** Messages of history the model sees (the page shows them all). */
const HISTORY = 20;
/** A coach reply is a question or two; a model that runs on is cut here. */
export const COACH_REPLY_MAX_CHARS = 4_000;

/**
 * Saves the user's message, then streams the coach's reply (an LLM, or the
 * offline rule-based coach; `x-darasa-producer` says which before the first
 * word) as plain text and saves it when complete. The user's message is
 * kept even if the reply fails; a refusal is thrown as an AppError.
 */
export async function streamCoachReply(deps: CoachDeps, input: { jobInfoId: string; message: string }): Promise<{ response: Response; saved: Promise<void> }> {
  const { db, user, log } = deps;
  const job = await getJobInfo(db, user.id, input.jobInfoId);
  if (!job) throw new AppError("NOT_FOUND", "We couldn't find that job.");

  await addCoachMessage(db, { userId: user.id, jobInfoId: job.id, role: "user", content: input.message });
  const [history, earlierReplies, plan] = await Promise.all([
    listCoachMessages(db, user.id, job.id, HISTORY),
    listCoachReplies(db, user.id, job.id),
    getPlanData(db, user.id, job.id),
  ]);
  const { inventory, phases } = jobPlan(job, plan, { resumeCheck: canAnalyseResumes(user) });
  const current = phases.find((p) => p.state === "current");
  const focus = inventory.find((r) => r.status === "gap") ?? inventory.find((r) => r.status === "claimed") ?? inventory[0];
  const task: InsightsTask = {
    task: "coach",
    context: {
      phase: current?.id ?? "review",
      focusSkill: focus?.skill ?? null,
      lastUserMessage: input.message,
      answeringCoach: history.some((m) => m.role === "coach"),
      jobTitle: job.title,
      // The offline coach looks for the job's skills in the message and never repeats an earlier reply.
      jobSkills: inventory.map((r) => r.skill),
      history: history.map((m) => ({ role: m.role, content: m.content })),
      earlierReplies,
    },
  };
  const messages: ModelMessage[] = history.map((m) => (m.role === "user" ? { role: "user", content: m.content } : { role: "assistant", content: m.content }));

  const outcome = await streamTextFromProducers(
    deps.producers,
    (producer) =>
      streamText({
        model: producer.model,
        instructions: `${coachInstructions}\n\n${buildCoachContext({ jobTitle: job.title, jobDescription: job.description, experienceLevel: job.experienceLevel, current, inventory })}`,
        messages,
        providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
        maxRetries: 0,
        onError: () => {},
      }),
    { maxChars: COACH_REPLY_MAX_CHARS, log },
  );
  if (!outcome.ok) {
    log.warn({ jobInfoId: job.id, err: (outcome.error as Error)?.message }, "coach reply failed");
    throw new AppError("AI_UNAVAILABLE", "The coach is unavailable right now; your message is saved. Try again in a minute.");
  }
  const saved = (async () => {
    const text = (await outcome.text)?.trim();
    if (!text) return;
    await addCoachMessage(db, { userId: user.id, jobInfoId: job.id, role: "coach", content: text, source: outcome.producer.kind });
  })().catch((error: Error) => log.warn({ jobInfoId: job.id, err: error.message }, "coach reply not saved"));
  // The stream ends only once the reply is saved, so a page refreshed right after shows it.
  const reader = outcome.body.getReader();
  const untilSaved = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader.read();
      if (!next.done) return controller.enqueue(next.value);
      await saved;
      controller.close();
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return {
    response: new Response(untilSaved, {
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...producerHeaders(producerInfo(outcome.producer)) },
    }),
    saved,
  };
}
