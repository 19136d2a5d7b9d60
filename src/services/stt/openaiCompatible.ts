import { APICallError } from "@ai-sdk/provider";
import { z } from "zod";
import {
  baseMediaType,
  buildTranscript,
  createSttPolicy,
  iso639_1,
  resolveResilience,
  runWithPolicy,
  SttOutputError,
  toSttError,
  type SttAdapterOptions,
} from "./shared";
import type { SpeechToText, SttCallOptions, SttTranscript } from "./types";

/**
 * Speech-to-text for any OpenAI-compatible transcription endpoint (OpenAI,
 * Groq, faster-whisper-server/speaches, whisper.cpp with
 * `--inference-path /v1/audio/transcriptions`, LocalAI…).
 *
 * Written with fetch + FormData rather than the AI SDK's `transcribe`,
 * because @ai-sdk/openai's transcription model (4.0.x):
 * - validates every verbose_json segment strictly (id, seek, tokens,
 *   temperature, avg_logprob, compression_ratio, no_speech_prob all
 *   required), so a whisper.cpp server — which omits compression_ratio and
 *   no_speech_prob — fails the whole call;
 * - names the file from the full media type ("audio/webm;codecs=opus" →
 *   "audio.webm;codecs=opus", "audio/mp4" → "audio.m4a").
 */

export type OpenAiCompatibleSttConfig = {
  /** Base URL including the version prefix, e.g. https://api.openai.com/v1 */
  baseURL: string;
  model: string;
  apiKey?: string;
};

const EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "video/webm": "webm",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/vnd.wave": "wav",
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "application/ogg": "ogg",
  "audio/mp4": "mp4",
  "video/mp4": "mp4",
  "audio/m4a": "m4a",
  "audio/x-m4a": "m4a",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/flac": "flac",
  "audio/x-flac": "flac",
};

/** A file name whose extension matches the media type (servers sniff the format from it). */
export function audioFileName(mediaType: string): string {
  const type = baseMediaType(mediaType);
  const extension =
    EXTENSIONS[type] ??
    (type
      .split("/")[1]
      ?.replace(/^x-/, "")
      .replace(/[^a-z0-9]/g, "") ||
      "webm");
  return `audio.${extension}`;
}

const wordSchema = z.object({ word: z.string(), start: z.number(), end: z.number() });
const segmentSchema = z.object({ text: z.string(), start: z.number(), end: z.number() });

/** verbose_json as OpenAI documents it; other fields (tokens, logprobs, …) are optional and ignored. */
const verboseJsonSchema = z.object({
  text: z.string(),
  duration: z.number().nullish().catch(null),
  words: z.unknown().optional(),
  segments: z.unknown().optional(),
});

/** The well-formed entries of a list; a malformed entry is skipped rather than failing the transcript. */
function validItems<T>(schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const result = schema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

function trimSlash(url: string) {
  return url.replace(/\/+$/, "");
}

export function createOpenAiCompatibleStt(config: OpenAiCompatibleSttConfig, options: SttAdapterOptions = {}): SpeechToText {
  const resilience = resolveResilience(options.resilience);
  const policy = options.policy ?? createSttPolicy("openai-compatible", resilience);
  const url = `${trimSlash(config.baseURL)}/audio/transcriptions`;
  let host = config.baseURL;
  try {
    host = new URL(config.baseURL).host;
  } catch {
    // keep as given
  }

  async function attempt(audio: Uint8Array, mediaType: string, language: string | undefined, signal: AbortSignal): Promise<unknown> {
    const form = new FormData();
    form.append("file", new Blob([audio as Uint8Array<ArrayBuffer>], { type: mediaType }), audioFileName(mediaType));
    form.append("model", config.model);
    form.append("response_format", "verbose_json");
    form.append("timestamp_granularities[]", "word");
    form.append("timestamp_granularities[]", "segment");
    if (language) form.append("language", language);
    const requestBodyValues = { model: config.model, response_format: "verbose_json", language, bytes: audio.byteLength };

    const response = await fetch(url, {
      method: "POST",
      headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
      body: form,
      signal,
    });
    const body = await response.text();
    if (!response.ok) {
      throw new APICallError({
        message: `transcription failed with HTTP ${response.status}`,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders: Object.fromEntries(response.headers),
        responseBody: body.slice(0, 2_000),
      });
    }
    try {
      return JSON.parse(body);
    } catch {
      throw new SttOutputError(`transcription response is not JSON (${body.length} bytes)`);
    }
  }

  return {
    engine: "openai-compatible",
    label: `${config.model} (${host})`,
    async transcribe(audio: Uint8Array, mediaType: string, callOptions: SttCallOptions = {}): Promise<SttTranscript> {
      try {
        const language = iso639_1(callOptions.language);
        const json = await runWithPolicy(policy, resilience.timeoutMs, (signal) => attempt(audio, mediaType, language, signal));
        const parsed = verboseJsonSchema.safeParse(json);
        if (!parsed.success) throw new SttOutputError("transcription response has no text");
        return buildTranscript({
          text: parsed.data.text,
          words: validItems(wordSchema, parsed.data.words).map((w) => ({ text: w.word, start: w.start, end: w.end })),
          segments: validItems(segmentSchema, parsed.data.segments),
          durationSeconds: parsed.data.duration,
          engine: "openai-compatible",
          model: config.model,
        });
      } catch (error) {
        throw toSttError(error, [config.apiKey]);
      }
    },
  };
}
