/** Speech-to-text: what every engine returns, and how it fails. */

export type SttEngine = "openai-compatible" | "gemini";

export type TimedWord = { word: string; startMs: number; endMs: number };
export type TimedSegment = { text: string; startMs: number; endMs: number };

export type SttTranscript = {
  text: string;
  /** Always present: exact from the server when given, else interpolated inside each segment by character length. */
  words: TimedWord[];
  /** May be empty; when the server gives only words, one segment per sentence is built from them. */
  segments: TimedSegment[];
  wordTimings: "exact" | "interpolated" | "none";
  engine: SttEngine;
  model: string;
};

/**
 * A transcription failure with a message that is safe to show users (never
 * the API key, never raw server output beyond a short reason). `retryable`
 * says whether trying again later may succeed (outage, rate limit, timeout);
 * false for refusals and configuration problems. `detail` is a short,
 * redacted technical reason for logs.
 */
export class SttError extends Error {
  override name = "SttError";
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export type SttCallOptions = {
  /** BCP-47 tag such as "en-GB"; a hint, engines may ignore it. */
  language?: string;
};

export interface SpeechToText {
  readonly engine: SttEngine;
  /** Human-readable engine description (model and where it runs). */
  readonly label: string;
  transcribe(audio: Uint8Array, mediaType: string, options?: SttCallOptions): Promise<SttTranscript>;
}
