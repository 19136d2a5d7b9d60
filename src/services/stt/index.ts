import { createOpenAI } from "@ai-sdk/openai";
import { transcribe } from "ai";
import { env } from "@/config/env";

/**
 * Speech-to-text through the AI SDK's transcription API, for any
 * OpenAI-compatible endpoint (OpenAI, a local whisper server…). Unset: no
 * STT; users type or correct transcripts themselves.
 */
export type TimedTranscript = { text: string; words?: { word: string; startMs: number; endMs: number }[] };

export function isSttConfigured(): boolean {
  return Boolean(env.STT_BASE_URL);
}

export async function transcribeAudio(audio: Uint8Array, mediaType: string): Promise<TimedTranscript> {
  const provider = createOpenAI({ baseURL: env.STT_BASE_URL, apiKey: env.STT_API_KEY ?? "not-needed" });
  const result = await transcribe({
    model: provider.transcription(env.STT_MODEL),
    audio,
    maxRetries: 2,
    providerOptions: { openai: { timestampGranularities: ["word"] } },
  });
  void mediaType;
  const words = result.segments.map((s) => ({ word: s.text.trim(), startMs: Math.round(s.startSecond * 1000), endMs: Math.round(s.endSecond * 1000) }));
  return { text: result.text, words: words.length > 0 ? words : undefined };
}
