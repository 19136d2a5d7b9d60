import { APICallError } from "@ai-sdk/provider";
import { NoObjectGeneratedError } from "ai";
import { BrokenCircuitError } from "cockatiel";
import { logger } from "@/lib/logger";
import {
  DEFAULT_RESILIENCE,
  ModelTimeoutError,
  createModelPolicy,
  isRetryableModelError,
  type ModelPolicy,
  type ResilienceOptions,
} from "@/services/ai/resilience";
import { SttError, type SttEngine, type SttTranscript, type TimedSegment, type TimedWord } from "./types";

/**
 * What the speech-to-text adapters share: the resilience policy (the AI
 * layer's retry + circuit-breaker policy, with a longer per-attempt timeout
 * because audio can be 3 minutes long), error mapping to SttError and the
 * normalisation of timings into an SttTranscript.
 */

export type SttResilienceOptions = {
  attempts: number;
  backoff: ResilienceOptions["backoff"];
  /** Per attempt: the whole request, including reading the response. */
  timeoutMs: number;
  breaker: ResilienceOptions["breaker"];
};

export const DEFAULT_STT_RESILIENCE: SttResilienceOptions = {
  attempts: DEFAULT_RESILIENCE.attempts,
  backoff: DEFAULT_RESILIENCE.backoff,
  timeoutMs: 60_000,
  breaker: DEFAULT_RESILIENCE.breaker,
};

export type SttAdapterOptions = {
  resilience?: Partial<SttResilienceOptions>;
  /** The retry + breaker policy; share one per engine (getSpeechToText does). Default: a fresh one. */
  policy?: ModelPolicy;
};

export function resolveResilience(overrides: Partial<SttResilienceOptions> = {}): SttResilienceOptions {
  return { ...DEFAULT_STT_RESILIENCE, ...overrides };
}

/** Retries with backoff + jitter on 429/5xx/timeouts/network errors, inside a circuit breaker (see services/ai/resilience). */
export function createSttPolicy(engine: SttEngine, options: SttResilienceOptions): ModelPolicy {
  return createModelPolicy({ ...DEFAULT_RESILIENCE, attempts: options.attempts, backoff: options.backoff, breaker: options.breaker }, (delayMs) =>
    logger.warn({ stt: engine, delayMs }, "speech-to-text retrying"),
  );
}

/**
 * Runs one transcription through the policy. Each attempt gets its own abort
 * signal and is abandoned (its request aborted) after `timeoutMs`, which
 * counts as a retryable failure.
 */
export async function runWithPolicy<T>(policy: ModelPolicy, timeoutMs: number, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return policy.policy.execute(async () => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new ModelTimeoutError(`speech-to-text timed out after ${timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    });
    try {
      return await Promise.race([attempt(controller.signal), timeout]);
    } finally {
      clearTimeout(timer);
    }
  });
}

// ---------------------------------------------------------------------------
// Errors

const UNAVAILABLE = "Speech-to-text is unavailable right now.";

/** A 200 whose body is not a transcript we can read. */
export class SttOutputError extends Error {
  override name = "SttOutputError";
}

function redact(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out;
}

/** A short reason from an HTTP error: the server's own message when it gives one. */
function serverReason(error: APICallError): string {
  let reason: unknown;
  if (error.responseBody) {
    try {
      const body = JSON.parse(error.responseBody) as Record<string, unknown>;
      const inner = body.error;
      reason =
        (inner && typeof inner === "object" ? (inner as Record<string, unknown>).message : inner) ??
        (typeof body.detail === "string" ? body.detail : undefined) ??
        body.message;
    } catch {
      reason = error.responseBody;
    }
  }
  return typeof reason === "string" && reason.trim() ? reason : error.message;
}

function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Maps anything a transcription can throw to an SttError with a user-safe message. */
export function toSttError(error: unknown, secrets: (string | undefined)[]): SttError {
  if (error instanceof SttError) return error;
  const safe = (text: string) => shorten(redact(text, secrets));
  if (error instanceof BrokenCircuitError) return new SttError(UNAVAILABLE, true, "circuit open after repeated failures");
  if (isRetryableModelError(error)) {
    const detail = APICallError.isInstance(error) && error.statusCode ? `HTTP ${error.statusCode}: ${serverReason(error)}` : (error as Error).message;
    return new SttError(UNAVAILABLE, true, safe(detail));
  }
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    const reason = safe(serverReason(error));
    // Credentials, permissions, unknown model or route: a configuration problem, not the audio's fault.
    if (status === 401 || status === 403 || status === 404) return new SttError(UNAVAILABLE, false, `HTTP ${status}: ${reason}`);
    if (status !== undefined && status >= 400 && status < 500) {
      return new SttError(`Speech-to-text refused the audio: ${reason}`, false, `HTTP ${status}: ${reason}`);
    }
    return new SttError(UNAVAILABLE, false, safe(`HTTP ${status ?? "?"}: ${reason}`));
  }
  if (NoObjectGeneratedError.isInstance(error)) {
    if (error.finishReason === "content-filter") {
      return new SttError("Speech-to-text refused the audio: blocked by the provider's content filter.", false, "content-filter");
    }
    // The model answered with something that is not the transcript JSON; a new try may do better.
    return new SttError(UNAVAILABLE, true, safe(`unreadable model output (${error.finishReason ?? "unknown finish"})`));
  }
  if (error instanceof SttOutputError) return new SttError(UNAVAILABLE, true, safe(error.message));
  return new SttError(UNAVAILABLE, false, safe(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
}

// ---------------------------------------------------------------------------
// Timings

/** Timings beyond this are nonsense for a 3-minute answer; clamp rather than fail. */
export const MAX_TIME_MS = 3 * 60 * 60 * 1000;

const clampMs = (seconds: number) => Math.min(MAX_TIME_MS, Math.max(0, Math.round((Number.isFinite(seconds) ? seconds : 0) * 1000)));

export type RawTimed = { text: string; start: number; end: number };

/** Seconds → ms, trimmed, empty text dropped, 0 ≤ start ≤ end ≤ 3 h, sorted by start. */
export function normaliseTimed(items: RawTimed[]): TimedSegment[] {
  return items
    .map((item) => {
      const startMs = clampMs(item.start);
      return { text: item.text.trim(), startMs, endMs: Math.max(startMs, clampMs(item.end)) };
    })
    .filter((item) => item.text.length > 0)
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** Spreads each segment's time over its words in proportion to their character length. */
export function interpolateWords(segments: TimedSegment[]): TimedWord[] {
  const words: TimedWord[] = [];
  for (const segment of segments) {
    const pieces = segment.text.split(/\s+/).filter(Boolean);
    const totalChars = pieces.reduce((sum, piece) => sum + piece.length, 0);
    if (totalChars === 0) continue;
    const span = segment.endMs - segment.startMs;
    let chars = 0;
    for (const piece of pieces) {
      const startMs = segment.startMs + Math.round((span * chars) / totalChars);
      chars += piece.length;
      const endMs = segment.startMs + Math.round((span * chars) / totalChars);
      words.push({ word: piece, startMs, endMs });
    }
  }
  return words;
}

/** One segment per sentence (a word ending in . ? or !), for servers that give only word timings. */
export function sentencesFromWords(words: TimedWord[]): TimedSegment[] {
  const segments: TimedSegment[] = [];
  let current: TimedWord[] = [];
  const flush = () => {
    if (current.length === 0) return;
    segments.push({ text: current.map((w) => w.word).join(" "), startMs: current[0]!.startMs, endMs: current[current.length - 1]!.endMs });
    current = [];
  };
  for (const word of words) {
    current.push(word);
    if (/[.?!]["')\]]*$/.test(word.word)) flush();
  }
  flush();
  return segments;
}

/**
 * Builds the transcript from what a server returned: exact words when given
 * (segments from the server, else per sentence), else words interpolated
 * inside segments, else (text and a duration only) one segment over the
 * whole audio, else no timings at all.
 */
export function buildTranscript(input: {
  text: string;
  words?: RawTimed[] | null;
  segments?: RawTimed[] | null;
  durationSeconds?: number | null;
  engine: SttEngine;
  model: string;
}): SttTranscript {
  const { engine, model } = input;
  const words = normaliseTimed(input.words ?? []).map(({ text, startMs, endMs }) => ({ word: text, startMs, endMs }));
  let segments = normaliseTimed(input.segments ?? []);
  const text = input.text.replace(/\s+/g, " ").trim() || (segments.length > 0 ? segments.map((s) => s.text).join(" ") : words.map((w) => w.word).join(" "));
  if (words.length > 0) {
    if (segments.length === 0) segments = sentencesFromWords(words);
    return { text, words, segments, wordTimings: "exact", engine, model };
  }
  if (segments.length === 0 && text && input.durationSeconds && input.durationSeconds > 0) {
    segments = normaliseTimed([{ text, start: 0, end: input.durationSeconds }]);
  }
  if (segments.length > 0) return { text, words: interpolateWords(segments), segments, wordTimings: "interpolated", engine, model };
  return { text, words: [], segments: [], wordTimings: "none", engine, model };
}

/** "en-GB" → "en"; undefined unless the primary subtag is a two-letter ISO-639-1 code. */
export function iso639_1(language: string | undefined): string | undefined {
  const primary = language?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** The media type without parameters, lowercased: "audio/webm;codecs=opus" → "audio/webm". */
export function baseMediaType(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}
