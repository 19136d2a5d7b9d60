import type { Db } from "@/drizzle/db";
import type { Logger } from "@/lib/logger";
import { analyseSpeech, AudioDecodeError, decodeAudio, MAX_AUDIO_MS, scoreSpeech } from "@/speech";
import type { ObjectStorage } from "@/services/storage";
import { sendWebhook } from "@/services/webhooks/outgoing";
import { getUser } from "@/features/users/db";
import { completeInterviewIfDone, unsafeGetAnswerForProcessing, unsafeMarkFailed, unsafeRecordError, unsafeSaveAnalysis } from "./db";
import { speechFeedback } from "./speechFeedback";

export type PipelineDeps = {
  db: Db;
  storage: ObjectStorage;
  log: Logger;
  /** Speech-to-text when configured; undefined keeps the user's typed transcript. */
  transcribe?: (audio: Uint8Array, mediaType: string) => Promise<{ text: string; words?: { word: string; startMs: number; endMs: number }[] }>;
  maxAttempts?: number;
};

/** Tells the user's webhook (if any) that an answer settled. Never fails the job. */
async function notifyOwner(deps: PipelineDeps, answer: { id: string; userId: string; interviewId: string }, status: "ready" | "failed", score: number | null) {
  const owner = await getUser(deps.db, answer.userId);
  if (!owner?.webhookUrl || !owner.webhookSecret) return;
  const result = await sendWebhook(owner.webhookUrl, owner.webhookSecret, {
    event: "interview.answer.analysed",
    answerId: answer.id,
    interviewId: answer.interviewId,
    status,
    score,
  });
  deps.log.info({ answerId: answer.id, delivered: result.ok, httpStatus: result.status }, "completion webhook");
}

/** A failure that retrying cannot fix (bad audio): the answer is marked failed at once. */
class PermanentError extends Error {}

/**
 * One background job per answer: decode → metrics → transcript → feedback →
 * saved. Transient failures are rethrown so the queue retries with backoff;
 * after the last attempt the answer shows as failed with a retry button.
 */
export async function processAnswer(deps: PipelineDeps, answerId: string): Promise<void> {
  const { db, storage, log } = deps;
  const answer = await unsafeGetAnswerForProcessing(db, answerId);
  if (!answer || !answer.storageKey) return; // deleted, re-recorded or already done
  const started = performance.now();
  try {
    const bytes = await storage.get(answer.storageKey);
    let decoded;
    try {
      decoded = await decodeAudio(bytes);
    } catch (error) {
      if (error instanceof AudioDecodeError) throw new PermanentError(error.message);
      throw error;
    }
    if (decoded.durationMs > MAX_AUDIO_MS) throw new PermanentError(`The recording is longer than ${Math.round(MAX_AUDIO_MS / 60000)} minutes.`);
    if (decoded.durationMs < 500) throw new PermanentError("The recording is too short to analyse. Record your answer again.");

    let transcript = answer.transcript ? { text: answer.transcript } : undefined;
    let transcriptSource = answer.transcriptSource;
    if (deps.transcribe && answer.transcriptSource !== "user") {
      transcript = await deps.transcribe(bytes, answer.storageKey.endsWith(".wav") ? "audio/wav" : "audio/webm");
      transcriptSource = "stt";
    }
    const metrics = analyseSpeech({ samples: decoded.samples, sampleRate: decoded.sampleRate, transcript });
    const scores = scoreSpeech(metrics);
    const { waveform, ...storedMetrics } = metrics;
    await unsafeSaveAnalysis(db, answer.id, {
      durationMs: Math.round(decoded.durationMs),
      metrics: { ...storedMetrics, scores },
      waveform,
      transcript: transcript?.text ?? null,
      transcriptSource: transcript ? transcriptSource : null,
      feedback: speechFeedback(metrics, scores, transcript),
      score: scores.aggregate === null ? null : Math.round(scores.aggregate),
    });
    await completeInterviewIfDone(db, answer.interviewId);
    await notifyOwner(deps, answer, "ready", scores.aggregate === null ? null : Math.round(scores.aggregate));
    log.info({ answerId, ms: Math.round(performance.now() - started), audioMs: Math.round(decoded.durationMs) }, "answer analysed");
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof PermanentError || answer.attempts >= (deps.maxAttempts ?? 4)) {
      await unsafeMarkFailed(db, answer.id, error instanceof PermanentError ? message : "The analysis kept failing. Try again.");
      log.warn({ answerId, err: message }, "answer analysis failed");
      await notifyOwner(deps, answer, "failed", null);
      return;
    }
    await unsafeRecordError(db, answer.id, message);
    throw error;
  }
}
