import type { LanguageModelV4 } from "@ai-sdk/provider";
import { env } from "@/config/env";
import { logger } from "@/lib/logger";
import { createInsightsModel, INSIGHTS_LABEL } from "./insightsModel";
import { configuredLlms, type AiSettings, type ConfiguredModel, type ProviderId } from "./providers";
import { createModelPolicy, createResilientModel, DEFAULT_RESILIENCE, type ModelPolicy, type ResilienceOptions } from "./resilience";

export type { ProviderId } from "./providers";

export type ModelChoice = {
  /** What runs first: an LLM, or the offline insights engine when none is configured. */
  primary: ProviderId;
  label: string;
  model: LanguageModelV4;
  /** Selectable providers (for the settings page). */
  available: { id: ProviderId; label: string }[];
};

type AiGlobal = typeof globalThis & { __darasaModelPolicies?: Map<string, ModelPolicy> };

/** One policy (and so one circuit breaker) per provider, shared by every request of this process. */
function policyFor(key: string, options: ResilienceOptions): ModelPolicy {
  const store = globalThis as AiGlobal;
  store.__darasaModelPolicies ??= new Map();
  let policy = store.__darasaModelPolicies.get(key);
  if (!policy) {
    policy = createModelPolicy(options, (delayMs) => logger.warn({ provider: key, delayMs }, "model call retrying"));
    store.__darasaModelPolicies.set(key, policy);
  }
  return policy;
}

/** Who writes a result: an LLM (retries, timeouts and its breaker built in), or the offline insights engine. */
export type Producer = { id: ProviderId; kind: "llm" | "insights"; label: string; model: LanguageModelV4 };

export { INSIGHTS_LABEL } from "./insightsModel";

export function insightsProducer(): Producer {
  return { id: "insights", kind: "insights", label: INSIGHTS_LABEL, model: createInsightsModel() };
}

/**
 * Everyone who may answer an AI task, in the order they are tried: the
 * user's preferred LLM, the other configured LLM, then the insights engine.
 * With no LLM configured (or a preference for the engine) only the engine.
 * Callers try the next one when a producer fails or its output is invalid,
 * and so always know who wrote what they show.
 */
export function getProducers(preference?: ProviderId | null, settings: AiSettings = env, options: ResilienceOptions = DEFAULT_RESILIENCE): Producer[] {
  const llms = configuredLlms(settings);
  if (llms.length === 0 || preference === "insights") return [insightsProducer()];
  const ordered = [...llms].sort((a, b) => (a.id === preference ? -1 : b.id === preference ? 1 : 0));
  return [
    ...ordered.map((llm): Producer => ({
      id: llm.id,
      kind: "llm",
      label: llm.label,
      model: createResilientModel({ primary: llm.model, primaryPolicy: policyFor(llm.id, options), options }),
    })),
    insightsProducer(),
  ];
}

/**
 * The model for an AI task. The user's preference picks among configured
 * LLMs; the other one (or the insights engine) is the fallback. With no LLM
 * configured, the insights engine runs directly.
 */
export function getModel(preference?: ProviderId | null, settings: AiSettings = env, options: ResilienceOptions = DEFAULT_RESILIENCE): ModelChoice {
  const llms = configuredLlms(settings);
  const insights: ConfiguredModel = { id: "insights", label: INSIGHTS_LABEL, model: createInsightsModel() };
  const available = [...llms, insights].map(({ id, label }) => ({ id, label }));
  if (llms.length === 0 || preference === "insights") {
    return { primary: "insights", label: insights.label, model: insights.model, available };
  }
  const ordered = [...llms].sort((a, b) => (a.id === preference ? -1 : b.id === preference ? 1 : 0));
  const primary = ordered[0]!;
  const fallback = ordered[1] ?? insights;
  const model = createResilientModel({
    primary: primary.model,
    primaryPolicy: policyFor(primary.id, options),
    fallback: { model: fallback.model, policy: policyFor(fallback.id, options) },
    options,
    onFallback: (error) => logger.warn({ provider: primary.id, fallback: fallback.id, err: (error as Error).message }, "model failed; using fallback"),
  });
  return { primary: primary.id, label: primary.label, model, available };
}
