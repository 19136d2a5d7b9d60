import { createGoogle } from "@ai-sdk/google";
import { generateText, jsonSchema, Output, type JSONSchema7 } from "ai";
import { z } from "zod";
import {
  baseMediaType,
  buildTranscript,
  createSttPolicy,
  resolveResilience,
  runWithPolicy,
  SttOutputError,
  toSttError,
  type RawTimed,
  type SttAdapterOptions,
} from "./shared";
import { SttError, type SpeechToText, type SttCallOptions, type SttTranscript } from "./types";

/**
 * Speech-to-text with Gemini: the audio goes inline (base64) in a
 * generateContent call through @ai-sdk/google, with a JSON response schema
 * asking for verbatim segments timed in seconds. Gemini gives no word
 * timings, so words are interpolated inside each segment.
 */

export type GeminiSttConfig = {
  apiKey: string;
  model: string;
  /** Defaults to https://generativelanguage.googleapis.com/v1beta */
  baseURL?: string;
};

export const geminiTranscriptionInstructions = [
  "You are a verbatim speech transcription engine for recorded interview answers.",
  "Transcribe exactly what the speaker says, word for word, in the language spoken.",
  "Keep filler words and hesitations (um, uh, er, erm, like, you know), repetitions, false starts and self-corrections exactly as spoken.",
  "Do not correct grammar, do not paraphrase, summarise, translate or complete sentences, and never add words that were not spoken.",
  "Do not describe noises, music or silence, and do not add speaker labels.",
  "Split the transcript into consecutive segments of one sentence or short phrase each (at most about 15 seconds), in spoken order.",
  "For every segment give `start` and `end` in seconds from the beginning of the audio (numbers such as 12.4).",
  "If nobody speaks, return an empty `segments` list.",
].join("\n");

/** What Gemini is asked to return (kept simple: Gemini's response schemas handle plain objects, strings and numbers best). */
const responseJsonSchema: JSONSchema7 = {
  type: "object",
  properties: {
    segments: {
      type: "array",
      description: "The speech in spoken order.",
      items: {
        type: "object",
        properties: {
          start: { type: "number", description: "Start time in seconds from the beginning of the audio." },
          end: { type: "number", description: "End time in seconds from the beginning of the audio." },
          text: { type: "string", description: "The words spoken in this segment, verbatim." },
        },
        required: ["start", "end", "text"],
      },
    },
  },
  required: ["segments"],
};

/** "75.2", "01:15.2", "1:01:15" → seconds; NaN when unreadable. */
export function parseClock(value: string): number {
  const parts = value.trim().replace(/s$/i, "").split(":");
  if (parts.length > 3 || parts.some((p) => !/^\d+(?:\.\d+)?$/.test(p.trim()))) return Number.NaN;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

/** Seconds as Gemini may write them despite the schema: a number, or a clock string ("MM:SS.s"). */
const timeSchema = z.union([z.number(), z.string().transform(parseClock)]).pipe(z.number());
const segmentSchema = z.object({ text: z.string(), start: timeSchema, end: timeSchema });

/** Validates Gemini's answer: malformed segments are dropped; times are clamped and sorted by buildTranscript. */
export function geminiSegments(output: unknown): RawTimed[] {
  const list = (output as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(list)) throw new SttOutputError("Gemini returned no segments list");
  return list.flatMap((item) => {
    const parsed = segmentSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Gemini takes at most 20 MB per request with the audio inline; base64 adds a third. */
export const GEMINI_INLINE_AUDIO_MAX_BYTES = 14 * 1024 * 1024;

export function createGeminiStt(config: GeminiSttConfig, options: SttAdapterOptions = {}): SpeechToText {
  const resilience = resolveResilience(options.resilience);
  const policy = options.policy ?? createSttPolicy("gemini", resilience);
  const google = createGoogle({ apiKey: config.apiKey, baseURL: config.baseURL });
  const model = google(config.model);

  return {
    engine: "gemini",
    label: `Google ${config.model}`,
    async transcribe(audio: Uint8Array, mediaType: string, callOptions: SttCallOptions = {}): Promise<SttTranscript> {
      if (audio.byteLength > GEMINI_INLINE_AUDIO_MAX_BYTES) {
        throw new SttError("The recording is too large to send to Gemini for transcription (over 14 MB).", false);
      }
      const request = ["Transcribe this recording verbatim.", callOptions.language ? `The speaker most likely speaks ${callOptions.language} (BCP-47).` : ""]
        .filter(Boolean)
        .join(" ");
      try {
        const output = await runWithPolicy(policy, resilience.timeoutMs, async (abortSignal) => {
          const result = await generateText({
            model,
            instructions: geminiTranscriptionInstructions,
            messages: [
              {
                role: "user",
                content: [
                  { type: "text", text: request },
                  { type: "file", data: audio, mediaType: baseMediaType(mediaType) },
                ],
              },
            ],
            output: Output.object({ schema: jsonSchema<unknown>(responseJsonSchema) }),
            maxRetries: 0, // the policy retries
            abortSignal,
          });
          return result.output;
        });
        const segments = geminiSegments(output);
        return buildTranscript({ text: "", segments, engine: "gemini", model: config.model });
      } catch (error) {
        throw toSttError(error, [config.apiKey]);
      }
    },
  };
}
