import { generateText, Output } from "ai";
import type { Db } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { getUser } from "@/features/users/db";
import { INSIGHTS_OPTIONS_KEY, type InsightsTask } from "@/insights/tasks";
import type { Logger } from "@/lib/logger";
import type { Producer } from "@/services/ai";
import { generateObjectFromProducers } from "@/services/ai/produce";
import type { StoredChat } from "@/services/hume";
import { condenseMessages, messagesFromEvents, type StoredChatEvent } from "@/services/hume/transcript";
import { unsafeClaimForAnalysis, unsafeMarkLiveFailed, unsafeRecordLiveError, unsafeSaveLiveAnalysis } from "./db";
import { groundFeedback } from "./grounding";
import { computeLiveMetrics } from "./metrics";
import { buildLiveFeedbackPrompt, liveFeedbackInstructions } from "./prompts/liveFeedback";
import { liveFeedbackSchema } from "./schemas";

export type LivePipelineDeps = {
  db: Db;
  log: Logger;
  /** Hume's stored chat and its events (server-to-server, with our API key). */
  fetchChat: (chatId: string) => Promise<{ chat: StoredChat; events: StoredChatEvent[] }>;
  /** Who may write the feedback for the user's AI preference, in order (services/ai#getProducers). */
  producersFor: (preference: string | null) => readonly Producer[];
  maxAttempts?: number;
};

/** Hume keeps a chat ACTIVE for a few seconds after the socket closes; wait for it to end (retries). */
class ChatStillActiveError extends Error {}

/**
 * After the call: Hume's events → condensed transcript → timing metrics →
 * structured feedback (grounded in the transcript) → saved. Provider
 * failures are rethrown so the queue retries with backoff; after the last
 * attempt the interview shows as failed, with whatever was already measured
 * kept, and a retry button. Nothing is invented when a step fails.
 */
export async function processLiveInterview(deps: LivePipelineDeps, interviewId: string): Promise<void> {
  const { db, log } = deps;
  const maxAttempts = deps.maxAttempts ?? 4;
  const record = await unsafeClaimForAnalysis(db, interviewId);
  if (!record || !record.humeChatId) return; // deleted, or already done
  const lastAttempt = record.attempts >= maxAttempts;
  const started = performance.now();
  let partial: Parameters<typeof unsafeMarkLiveFailed>[3];
  try {
    const { chat, events } = await deps.fetchChat(record.humeChatId);
    const lastEventMs = events.reduce((max, e) => (typeof e.timestamp === "number" ? Math.max(max, e.timestamp) : max), chat.startedAtMs);
    if (chat.endedAtMs === null && !lastAttempt) throw new ChatStillActiveError("The call has not ended on Hume's side yet.");
    const endedAtMs = chat.endedAtMs ?? lastEventMs;
    const durationMs = Math.max(0, endedAtMs - chat.startedAtMs);
    const turns = condenseMessages(messagesFromEvents(events, chat.startedAtMs));
    const metrics = computeLiveMetrics(turns, durationMs);
    partial = { transcript: turns, durationMs, chatEndedAt: new Date(endedAtMs) };

    const owner = await getUser(db, record.userId);
    const job = await getJobInfo(db, record.userId, record.jobInfoId);
    if (!owner || !job) return; // deleted meanwhile
    let feedback = null;
    let score: number | null = null;
    let feedbackSource: "llm" | "insights" | null = null;
    if (metrics.answers.length > 0) {
      const task: InsightsTask = { task: "liveInterview", turns, metrics };
      const prompt = buildLiveFeedbackPrompt({ jobTitle: job.title, jobDescription: job.description, experienceLevel: job.experienceLevel, turns, metrics });
      // One schema for both producers (the engine fills the same fields); bounds violated = model failure, next producer.
      const produced = await generateObjectFromProducers(
        deps.producersFor(owner.aiProvider),
        async (producer) =>
          (
            await generateText({
              model: producer.model,
              instructions: liveFeedbackInstructions,
              prompt,
              output: Output.object({ schema: liveFeedbackSchema }),
              providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
              maxRetries: 0,
            })
          ).output,
        (_producer, output) => liveFeedbackSchema.parse(output),
        { log },
      );
      const draft = produced.value;
      feedbackSource = produced.producer.kind;
      feedback = { ...groundFeedback(draft, turns, feedbackSource), modelLabel: produced.producer.label };
      score = feedback.categories.length ? Math.round((feedback.categories.reduce((s, c) => s + c.score, 0) / feedback.categories.length) * 10) : null;
    }
    await unsafeSaveLiveAnalysis(db, record.id, {
      chatStartedAt: new Date(chat.startedAtMs),
      chatEndedAt: new Date(endedAtMs),
      durationMs,
      transcript: turns,
      metrics,
      feedback,
      score,
      feedbackSource,
    });
    log.info({ interviewId, ms: Math.round(performance.now() - started), turns: turns.length, source: feedbackSource }, "live interview analysed");
  } catch (error) {
    const message = (error as Error).message;
    if (lastAttempt) {
      await unsafeMarkLiveFailed(db, record.id, error instanceof ChatStillActiveError ? message : "The analysis kept failing. Try again in a minute.", partial);
      log.warn({ interviewId, err: message }, "live interview analysis failed");
      return;
    }
    await unsafeRecordLiveError(db, record.id, error instanceof ChatStillActiveError ? message : "Analysis is taking longer than usual; retrying.");
    log.warn({ interviewId, attempt: record.attempts, err: message }, "live interview analysis will retry");
    throw error;
  }
}
