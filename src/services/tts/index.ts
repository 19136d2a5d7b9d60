import { createOpenAI } from "@ai-sdk/openai";
import { experimental_generateSpeech as generateSpeech } from "ai";
import { env } from "@/config/env";

/**
 * The conversational interviewer's voice from the server: any
 * OpenAI-compatible `/audio/speech` endpoint (OpenAI, or a local server such
 * as Kokoro-FastAPI or openedai-speech), through the AI SDK. Unset: the
 * browser's own speech synthesis speaks (and the text is always shown).
 */
export type TtsSettings = { TTS_BASE_URL?: string; TTS_MODEL?: string; TTS_VOICE?: string; TTS_API_KEY?: string };

export const TTS_TIMEOUT_MS = 15_000;
const MAX_TEXT = 1_000;

export function isTtsConfigured(settings: TtsSettings = env): boolean {
  return Boolean(settings.TTS_BASE_URL);
}

export async function synthesizeSpeech(text: string, settings: TtsSettings = env): Promise<{ audio: Uint8Array; mediaType: string }> {
  if (!settings.TTS_BASE_URL) throw new Error("Text-to-speech is not configured.");
  const provider = createOpenAI({ baseURL: settings.TTS_BASE_URL, apiKey: settings.TTS_API_KEY ?? "not-needed" });
  const result = await generateSpeech({
    model: provider.speech(settings.TTS_MODEL ?? "tts-1"),
    text: text.slice(0, MAX_TEXT),
    voice: settings.TTS_VOICE ?? "alloy",
    outputFormat: "mp3",
    maxRetries: 2,
    abortSignal: AbortSignal.timeout(TTS_TIMEOUT_MS),
  });
  return { audio: result.audio.uint8Array, mediaType: result.audio.mediaType || "audio/mpeg" };
}
