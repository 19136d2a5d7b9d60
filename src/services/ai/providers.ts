import type { LanguageModelV4 } from "@ai-sdk/provider";
import { createGoogle } from "@ai-sdk/google";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";

/** The language-model providers Darasa can use, and how each is configured. */
export type ProviderId = "gemini" | "openai-compatible" | "insights";

export type AiSettings = {
  GOOGLE_GENERATIVE_AI_API_KEY?: string;
  GOOGLE_MODEL: string;
  GOOGLE_BASE_URL?: string;
  OPENAI_COMPATIBLE_BASE_URL?: string;
  OPENAI_COMPATIBLE_MODEL?: string;
  OPENAI_COMPATIBLE_API_KEY?: string;
};

export type ConfiguredModel = { id: ProviderId; label: string; model: LanguageModelV4 };

/** LLMs configured in this deployment, in default order of preference. */
export function configuredLlms(settings: AiSettings): ConfiguredModel[] {
  const models: ConfiguredModel[] = [];
  if (settings.GOOGLE_GENERATIVE_AI_API_KEY) {
    const google = createGoogle({ apiKey: settings.GOOGLE_GENERATIVE_AI_API_KEY, baseURL: settings.GOOGLE_BASE_URL });
    models.push({ id: "gemini", label: `Google ${settings.GOOGLE_MODEL}`, model: google(settings.GOOGLE_MODEL) });
  }
  if (settings.OPENAI_COMPATIBLE_BASE_URL && settings.OPENAI_COMPATIBLE_MODEL) {
    const provider = createOpenAICompatible({
      name: "openai-compatible",
      baseURL: settings.OPENAI_COMPATIBLE_BASE_URL,
      apiKey: settings.OPENAI_COMPATIBLE_API_KEY,
      supportsStructuredOutputs: true,
    });
    models.push({
      id: "openai-compatible",
      label: settings.OPENAI_COMPATIBLE_MODEL,
      model: provider.chatModel(settings.OPENAI_COMPATIBLE_MODEL),
    });
  }
  return models;
}
