import { env } from "@/config/env";
import type { ModelPolicy } from "@/services/ai/resilience";
import { createGeminiStt } from "./gemini";
import { createOpenAiCompatibleStt } from "./openaiCompatible";
import { createSttPolicy, resolveResilience, type SttResilienceOptions } from "./shared";
import type { SpeechToText, SttEngine } from "./types";

/**
 * Server speech-to-text. `STT_BASE_URL` set: any OpenAI-compatible
 * transcription endpoint (OpenAI, a local whisper server…). Otherwise a
 * Gemini key: Gemini transcribes. Neither: no STT; users type or correct
 * transcripts themselves.
 */

export { SttError } from "./types";
export type { SpeechToText, SttCallOptions, SttEngine, SttTranscript, TimedSegment, TimedWord } from "./types";
export { DEFAULT_STT_RESILIENCE, type SttResilienceOptions } from "./shared";
export { createOpenAiCompatibleStt, type OpenAiCompatibleSttConfig } from "./openaiCompatible";
export { createGeminiStt, type GeminiSttConfig } from "./gemini";

export type SttSettings = {
  STT_BASE_URL?: string;
  STT_MODEL?: string;
  STT_API_KEY?: string;
  GOOGLE_GENERATIVE_AI_API_KEY?: string;
  GOOGLE_MODEL?: string;
  GOOGLE_BASE_URL?: string;
};

export type GetSpeechToTextOptions = {
  /** Timings (tests shorten them). The breaker of an engine keeps the options it was first created with. */
  resilience?: Partial<SttResilienceOptions>;
};

type SttGlobal = typeof globalThis & { __darasaSttPolicies?: Map<SttEngine, ModelPolicy> };

/** One policy (and so one circuit breaker) per engine, shared by every call in this process. */
function policyFor(engine: SttEngine, resilience: SttResilienceOptions): ModelPolicy {
  const store = globalThis as SttGlobal;
  store.__darasaSttPolicies ??= new Map();
  let policy = store.__darasaSttPolicies.get(engine);
  if (!policy) {
    policy = createSttPolicy(engine, resilience);
    store.__darasaSttPolicies.set(engine, policy);
  }
  return policy;
}

/** Forgets the shared breakers (tests; a process restart does the same). */
export function resetSttPolicies(): void {
  (globalThis as SttGlobal).__darasaSttPolicies?.clear();
}

export function getSpeechToText(settings: SttSettings = env, options: GetSpeechToTextOptions = {}): SpeechToText | null {
  const resilience = resolveResilience(options.resilience);
  if (settings.STT_BASE_URL) {
    return createOpenAiCompatibleStt(
      { baseURL: settings.STT_BASE_URL, model: settings.STT_MODEL || "whisper-1", apiKey: settings.STT_API_KEY },
      { resilience, policy: policyFor("openai-compatible", resilience) },
    );
  }
  if (settings.GOOGLE_GENERATIVE_AI_API_KEY) {
    return createGeminiStt(
      { apiKey: settings.GOOGLE_GENERATIVE_AI_API_KEY, model: settings.GOOGLE_MODEL || "gemini-2.5-flash", baseURL: settings.GOOGLE_BASE_URL },
      { resilience, policy: policyFor("gemini", resilience) },
    );
  }
  return null;
}

export function isSttConfigured(settings: SttSettings = env): boolean {
  return Boolean(settings.STT_BASE_URL || settings.GOOGLE_GENERATIVE_AI_API_KEY);
}
