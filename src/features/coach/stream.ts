import { streamText, type ModelMessage } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { getPlanData } from "@/features/progress/db";
import { INSIGHTS_OPTIONS_KEY, producedBy, type InsightsTask } from "@/insights/tasks";
import { apiError } from "@/lib/apiResponse";
import type { Logger } from "@/lib/logger";
import { textBodyAfterFirstChunk } from "@/lib/streams";
import { journey } from "@/progress/journey";
import { skillsInventory } from "@/progress/skillsInventory";
import { addCoachMessage, listCoachMessages } from "./db";
import { buildCoachContext, coachInstructions } from "./prompts/coach";

export type CoachDeps = { db: Db; user: Pick<User, "id">; model: LanguageModelV4; log: Logger };

/** Messages of history the model sees (the page shows them all). */
const HISTORY = 20;

/**
 * Saves the user's message, then streams the coach's reply (an LLM, or the
 * offline scripted coach) as plain text and saves it when complete. The
 * user's message is kept even if the reply fails.
 */
export async function streamCoachReply(deps: CoachDeps, input: { jobInfoId: string; message: string }): Promise<{ response: Response; saved: Promise<void> }> {
  const { db, user, log } = deps;
  const none = Promise.resolve();
  const job = await getJobInfo(db, user.id, input.jobInfoId);
  if (!job) return { response: apiError(404, "NOT_FOUND", "We couldn't find that job."), saved: none };

  await addCoachMessage(db, { userId: user.id, jobInfoId: job.id, role: "user", content: input.message });
  const [history, plan] = await Promise.all([listCoachMessages(db, user.id, job.id, HISTORY), getPlanData(db, user.id, job.id)]);
  const inventory = skillsInventory({ jobTitle: job.title, jobDescription: job.description, resumeText: plan.resumeText, practice: plan.practice });
  const phases = journey({ ...plan.activity, jobSkills: inventory.length }, `/app/job-infos/${job.id}`);
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
    },
  };
  const messages: ModelMessage[] = history.map((m) => (m.role === "user" ? { role: "user", content: m.content } : { role: "assistant", content: m.content }));

  let failed = false;
  const result = streamText({
    model: deps.model,
    instructions: `${coachInstructions}\n\n${buildCoachContext({ jobTitle: job.title, jobDescription: job.description, experienceLevel: job.experienceLevel, current, inventory })}`,
    messages,
    providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
    maxRetries: 0,
    onError: ({ error }) => {
      failed = true;
      log.warn({ jobInfoId: job.id, err: (error as Error)?.message }, "coach reply failed");
    },
  });
  const saved = (async () => {
    try {
      const [text, providerMetadata] = await Promise.all([result.text, result.providerMetadata]);
      if (failed || !text.trim()) return;
      await addCoachMessage(db, { userId: user.id, jobInfoId: job.id, role: "coach", content: text.trim(), source: producedBy(providerMetadata) });
    } catch (error) {
      log.warn({ jobInfoId: job.id, err: (error as Error).message }, "coach reply not saved");
    }
  })();
  const body = await textBodyAfterFirstChunk(result.textStream);
  if (!body) {
    await saved;
    return { response: apiError(503, "AI_UNAVAILABLE", "The coach is unavailable right now; your message is saved. Try again in a minute."), saved };
  }
  // The stream ends only once the reply is saved, so a page refreshed right after shows it.
  const reader = body.getReader();
  const untilSaved = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader.read();
      if (!next.done) return controller.enqueue(next.value);
      await saved;
      controller.close();
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { response: new Response(untilSaved, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } }), saved };
}
