import type { PipelineDeps } from "@/features/interviews/pipeline";
import type { LivePipelineDeps } from "@/features/liveInterviews/pipeline";
import type { HumeSettings } from "@/services/hume";

/**
 * What the background jobs run with: the database, storage, speech-to-text
 * and the AI producers chosen from configuration. Start-up hands these to the
 * queue's workers; tests run a queued job with exactly the same wiring.
 */
export async function answerPipelineDeps(): Promise<PipelineDeps> {
  const [{ getDb }, { getStorage }, stt, ai, { getSpeechEngine }, { logger }] = await Promise.all([
    import("@/drizzle/db"),
    import("@/services/storage"),
    import("@/services/stt"),
    import("@/services/ai"),
    import("@/services/speechPool"),
    import("@/lib/logger"),
  ]);
  const speechToText = stt.getSpeechToText();
  return {
    db: await getDb(),
    storage: getStorage(),
    log: logger.child({ worker: "analyse-answer" }),
    transcribe: speechToText ? (audio, mediaType, options) => speechToText.transcribe(audio, mediaType, options) : undefined,
    producersFor: (preference) => ai.getProducers(preference as Parameters<typeof ai.getProducers>[0]),
    // Decoding and speech metrics on the worker-thread pool (the main thread if it cannot start).
    speech: getSpeechEngine(logger),
  };
}

export async function livePipelineDeps(humeConfig: HumeSettings): Promise<LivePipelineDeps> {
  const [{ getDb }, hume, ai, { logger }] = await Promise.all([
    import("@/drizzle/db"),
    import("@/services/hume"),
    import("@/services/ai"),
    import("@/lib/logger"),
  ]);
  return {
    db: await getDb(),
    log: logger.child({ worker: "analyse-live-interview" }),
    fetchChat: (chatId) => hume.getChatWithEvents(humeConfig, chatId),
    producersFor: (preference) => ai.getProducers(preference as Parameters<typeof ai.getProducers>[0]),
  };
}
