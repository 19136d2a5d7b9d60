import type { Db } from "@/drizzle/db";
import type { InterviewAnswer } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import type { Logger } from "@/lib/logger";
import { analyseSpeech, AudioDecodeError, decodeAudio, MAX_AUDIO_MS, scoreSpeech } from "@/speech";
import type { Producer } from "@/services/ai";
import type { SpeechEngine } from "@/services/speechPool";
import type { ObjectStorage } from "@/services/storage";
import { sendWebhook } from "@/services/webhooks/outgoing";
import { getUser } from "@/features/users/db";
import { gradeSpokenAnswer } from "./contentGrading";
import type { SpokenContentFeedback } from "./overallScore";
import { completeInterviewIfDone, getInterview, unsafeGetAnswerForProcessing, unsafeMarkFailed, unsafeRecordError, unsafeSaveAnalysis } from "./db";
import { speechFeedback } from "./speechFeedback";
import { clampSegments, clampWords, type TimedSegment, type TimedWord, type TranscriptTiming } from "./transcriptTiming";

/** What the pipeline needs from a speech-to-text engine (services/stt). */
export type Transcriber = (
  audio: Uint8Array,
  mediaType: string,
  options?: { language?: string },
) => Promise<{ text: string; words: TimedWord[]; segments: TimedSegment[]; wordTimings: TranscriptTiming["wordTimings"] }>;

export type PipelineDeps = {
  db: Db;
  storage: ObjectStorage;
  log: Logger;
  /** Server speech-to-text when configured; it replaces browser and (not typed) transcripts. */
  transcribe?: Transcriber;
  /** Who may grade for the user's AI preference, in order (services/ai#getProducers). */
  producersFor: (preference: string | null) => readonly Producer[];
  /** Decoding and speech metrics off the main thread (services/speechPool); unset: on the calling thread. */
  speech?: SpeechEngine;
  maxAttempts?: number;
};

const inThread: SpeechEngine = { decode: decodeAudio, analyse: async (input) => analyseSpeech(input) };

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

const MEDIA_TYPES: Record<string, string> = { webm: "audio/webm", wav: "audio/wav", ogg: "audio/ogg", mp4: "audio/mp4" };

type ChosenTranscript = { text: string; source: NonNullable<InterviewAnswer["transcriptSource"]>; timing: TranscriptTiming } | null;

/**
 * The best transcript available: server speech-to-text when configured
 * (unless the user typed one), else the browser's or the typed one already
 * stored. Timings are clamped to the audio the server measured.
 */
async function chooseTranscript(
  deps: PipelineDeps,
  answer: InterviewAnswer,
  audio: { bytes: Uint8Array; mediaType: string; durationMs: number; language: string },
  lastAttempt: boolean,
  notes: string[],
): Promise<ChosenTranscript> {
  if (deps.transcribe && answer.transcriptSource !== "user") {
    try {
      const stt = await deps.transcribe(audio.bytes, audio.mediaType, { language: audio.language });
      if (stt.text.trim()) {
        return {
          text: stt.text.trim(),
          source: "stt",
          timing: { words: clampWords(stt.words, audio.durationMs), segments: clampSegments(stt.segments, audio.durationMs), wordTimings: stt.wordTimings },
        };
      }
      notes.push("Speech-to-text heard no words in this recording.");
    } catch (error) {
      if ((error as { retryable?: boolean }).retryable && !lastAttempt) throw error;
      deps.log.warn({ answerId: answer.id, err: (error as Error).message }, "speech-to-text failed; using the stored transcript");
      notes.push("Server speech-to-text was unavailable, so the transcript from your browser (or none) was used.");
    }
  }
  if (!answer.transcript?.trim() || !answer.transcriptSource) return null;
  const stored = answer.transcriptTiming;
  return {
    text: answer.transcript,
    source: answer.transcriptSource,
    timing: stored
      ? { words: clampWords(stored.words, audio.durationMs), segments: clampSegments(stored.segments, audio.durationMs), wordTimings: stored.wordTimings }
      : { words: [], segments: [], wordTimings: "none" },
  };
}

/**
 * One background job per answer: decode → transcript → delivery metrics →
 * content grading → saved. Transient failures are rethrown so the queue
 * retries with backoff; after the last attempt the answer shows as failed
 * with a retry button. A grader failure keeps the delivery analysis.
 */
export async function processAnswer(deps: PipelineDeps, answerId: string): Promise<void> {
  const { db, storage, log } = deps;
  const answer = await unsafeGetAnswerForProcessing(db, answerId);
  if (!answer || !answer.storageKey) return; // deleted, re-recorded or already done
  const maxAttempts = deps.maxAttempts ?? 4;
  const speech = deps.speech ?? inThread;
  const started = performance.now();
  try {
    const bytes = await storage.get(answer.storageKey);
    let decoded;
    try {
      decoded = await speech.decode(bytes);
    } catch (error) {
      if (error instanceof AudioDecodeError) throw new PermanentError(error.message);
      throw error;
    }
    if (decoded.durationMs > MAX_AUDIO_MS) throw new PermanentError(`The recording is longer than ${Math.round(MAX_AUDIO_MS / 60000)} minutes.`);
    if (decoded.durationMs < 500) throw new PermanentError("The recording is too short to analyse. Record your answer again.");
    const durationMs = Math.round(decoded.durationMs);

    const owner = await getUser(db, answer.userId);
    const notes: string[] = [];
    const mediaType = MEDIA_TYPES[answer.storageKey.split(".").pop() ?? ""] ?? "audio/webm";
    const chosen = await chooseTranscript(
      deps,
      answer,
      { bytes, mediaType, durationMs, language: owner?.speechLanguage ?? "en-US" },
      answer.attempts >= maxAttempts,
      notes,
    );
    const transcript = chosen ? { text: chosen.text, words: chosen.timing.words.length ? chosen.timing.words : undefined } : undefined;
    const metrics = await speech.analyse({ samples: decoded.samples, sampleRate: decoded.sampleRate, transcript, extraFillers: owner?.extraFillers });
    const scores = scoreSpeech(metrics);
    const { waveform, ...storedMetrics } = metrics;

    let content: SpokenContentFeedback | null = null;
    if (chosen && owner) {
      const interview = await getInterview(db, answer.userId, answer.interviewId);
      const job = interview ? await getJobInfo(db, answer.userId, interview.jobInfoId) : undefined;
      if (job) {
        const producers = deps.producersFor(owner.aiProvider);
        try {
          content = await gradeSpokenAnswer({
            producers,
            job,
            questionText: answer.questionText,
            bankQuestionId: answer.bankQuestionId,
            transcript: chosen.text,
            words: chosen.timing.words,
            log,
          });
          // An unusable model answer (or a model that stays down) falls back to the rubric for bank questions.
          if (content.source === "insights" && producers[0]?.kind === "llm") {
            notes.push("The AI grader's answer could not be used, so this content feedback is the rubric's analysis.");
          }
        } catch (error) {
          log.warn({ answerId, err: (error as Error).message }, "content grading failed");
          notes.push("Content feedback could not be produced this time; use “Retry analysis” to try again.");
        }
      }
    }
    const delivery = scores.aggregate === null ? null : Math.round(scores.aggregate);
    await unsafeSaveAnalysis(db, answer.id, {
      durationMs,
      metrics: { ...storedMetrics, scores },
      waveform,
      transcript: chosen?.text ?? null,
      transcriptSource: chosen?.source ?? null,
      transcriptTiming: chosen?.timing ?? null,
      feedback: { ...speechFeedback(metrics, scores, transcript), notes },
      score: delivery,
      contentFeedback: content,
      contentRating: content?.rating ?? null,
    });
    await completeInterviewIfDone(db, answer.interviewId);
    await notifyOwner(deps, answer, "ready", delivery);
    log.info(
      { answerId, ms: Math.round(performance.now() - started), audioMs: durationMs, transcript: chosen?.source ?? "none", content: content?.source ?? "none" },
      "answer analysed",
    );
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof PermanentError || answer.attempts >= maxAttempts) {
      await unsafeMarkFailed(db, answer.id, error instanceof PermanentError ? message : "The analysis kept failing. Try again.");
      log.warn({ answerId, err: message }, "answer analysis failed");
      await notifyOwner(deps, answer, "failed", null);
      return;
    }
    await unsafeRecordError(db, answer.id, message);
    throw error;
  }
}
