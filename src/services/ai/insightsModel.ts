import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart, LanguageModelV4Usage } from "@ai-sdk/provider";
import { INSIGHTS_OPTIONS_KEY, runInsightsTask, type InsightsTask } from "@/insights/tasks";

/** How results of the offline engine are labelled wherever they are shown. */
export const INSIGHTS_LABEL = "Darasa insights engine (offline analysis)";

/**
 * The offline insights engine exposed as an AI SDK language model, so
 * features call it exactly like Gemini or a local LLM. It reads its task from
 * provider options, never from the prompt, and labels its output as
 * automated analysis (provider "darasa-insights").
 */
export const INSIGHTS_PROVIDER = "darasa-insights";

const usage: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

function taskFrom(options: LanguageModelV4CallOptions): InsightsTask {
  const task = options.providerOptions?.[INSIGHTS_OPTIONS_KEY] as InsightsTask | undefined;
  if (!task || !["question", "feedback", "resume", "liveInterview", "coach", "followUp"].includes(task.task)) {
    throw new Error("The insights engine needs a task in providerOptions.darasaInsights.");
  }
  return task;
}

/** Splits text into small pieces so the UI streams it like any model output. */
function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [text];
}

export function createInsightsModel(): LanguageModelV4 {
  return {
    specificationVersion: "v4",
    provider: INSIGHTS_PROVIDER,
    modelId: "insights-engine-v1",
    supportedUrls: {},
    async doGenerate(options) {
      const { text, metadata } = runInsightsTask(taskFrom(options));
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage,
        providerMetadata: { [INSIGHTS_OPTIONS_KEY]: metadata },
        warnings: [],
      };
    },
    async doStream(options) {
      const { text, metadata } = runInsightsTask(taskFrom(options));
      const parts: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "0" },
        ...pieces(text).map((delta): LanguageModelV4StreamPart => ({ type: "text-delta", id: "0", delta })),
        { type: "text-end", id: "0" },
        { type: "finish", usage, finishReason: { unified: "stop", raw: "stop" }, providerMetadata: { [INSIGHTS_OPTIONS_KEY]: metadata } },
      ];
      return {
        stream: new ReadableStream({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
}
