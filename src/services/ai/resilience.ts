import type { LanguageModelV4, LanguageModelV4StreamPart, LanguageModelV4StreamResult } from "@ai-sdk/provider";
import { APICallError } from "@ai-sdk/provider";
import { wrapLanguageModel } from "ai";
import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  ExponentialBackoff,
  SamplingBreaker,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type GeneratorFn,
  type IBackoffFactory,
  type IPolicy,
  type IRetryBackoffContext,
} from "cockatiel";

/**
 * Resilience for every model call (PRODUCT.md, "Behaviour under faults"):
 * 3 attempts with exponential backoff and jitter (1–10 s) on 429, 5xx and
 * timeouts, never sooner than a 429/503's Retry-After asks (a provider asking
 * for more than the longest backoff is not retried: the fallback answers);
 * streaming times out 5 s before the first chunk and 15 s between
 * chunks, background calls after 30 s; a circuit breaker per model opens after
 * 5 consecutive failures or ≥ 50% failures within a minute and half-opens
 * after 30 s; then a fallback model. Built on cockatiel's policies.
 */

export class ModelTimeoutError extends Error {
  override name = "ModelTimeoutError";
}

export type ResilienceOptions = {
  attempts: number;
  backoff: { initialDelayMs: number; maxDelayMs: number };
  timeouts: { connectMs: number; betweenChunksMs: number; generateMs: number };
  breaker: { consecutiveFailures: number; failureRatio: number; windowMs: number; halfOpenAfterMs: number };
};

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  attempts: 3,
  backoff: { initialDelayMs: 1_000, maxDelayMs: 10_000 },
  timeouts: { connectMs: 5_000, betweenChunksMs: 15_000, generateMs: 30_000 },
  breaker: { consecutiveFailures: 5, failureRatio: 0.5, windowMs: 60_000, halfOpenAfterMs: 30_000 },
};

/** 429, 5xx, network failures and our own timeouts are worth retrying; 4xx and bad output are not. */
export function isRetryableModelError(error: unknown): boolean {
  if (error instanceof ModelTimeoutError) return true;
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    return status === undefined ? error.isRetryable : status === 408 || status === 429 || status >= 500;
  }
  return error instanceof TypeError && /fetch|network|socket/i.test(error.message);
}

/**
 * Exponential backoff with jitter that stays within [initialDelay, maxDelay]:
 * retry n waits a random time in [initial·2ⁿ, initial·2ⁿ⁺¹), capped at
 * maxDelay (at the cap: [maxDelay/2, maxDelay]). cockatiel's default
 * decorrelated jitter can wait far less than initialDelay (down to ~0 ms).
 */
export const boundedJitterGenerator: GeneratorFn<number> = (attempt = 0, { initialDelay, maxDelay }) => {
  const high = Math.min(maxDelay, initialDelay * 2 ** (attempt + 1));
  const low = Math.min(high, Math.max(initialDelay, high / 2));
  return [Math.floor(low + Math.random() * (high - low)), attempt + 1];
};

/** The backoff between attempts (a cockatiel backoff factory). */
export function retryBackoff(options: ResilienceOptions = DEFAULT_RESILIENCE): ExponentialBackoff<number> {
  return new ExponentialBackoff({
    generator: boundedJitterGenerator,
    initialDelay: options.backoff.initialDelayMs,
    maxDelay: options.backoff.maxDelayMs,
  });
}

/**
 * How long the provider asked us to wait before trying again: `retry-after-ms`
 * (OpenAI's), or `Retry-After` in seconds or as an HTTP date. Undefined when
 * the error carries no such header.
 */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  if (!APICallError.isInstance(error) || !error.responseHeaders) return undefined;
  const header = (name: string) =>
    Object.entries(error.responseHeaders!)
      .find(([key]) => key.toLowerCase() === name)?.[1]
      ?.trim();
  const ms = header("retry-after-ms");
  if (ms && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const value = header("retry-after");
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

type RetryContext = IRetryBackoffContext<unknown>;

/** A backoff that waits at least as long as the failed call's Retry-After asked. */
function honouringRetryAfter(backoff: IBackoffFactory<RetryContext>): IBackoffFactory<RetryContext> {
  return {
    next(context) {
      const next = backoff.next(context);
      const asked = "error" in context.result ? retryAfterMs(context.result.error) : undefined;
      return { duration: Math.max(next.duration, asked ?? 0), next: honouringRetryAfter(next).next };
    },
  };
}

export type ModelPolicy = { policy: IPolicy; breakers: { consecutive: ReturnType<typeof circuitBreaker>; sampling: ReturnType<typeof circuitBreaker> } };

export function createModelPolicy(options: ResilienceOptions = DEFAULT_RESILIENCE, onRetry?: (delayMs: number) => void): ModelPolicy {
  const failures = handleWhen(isRetryableModelError);
  const consecutive = circuitBreaker(failures, {
    halfOpenAfter: options.breaker.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.breaker.consecutiveFailures),
  });
  const sampling = circuitBreaker(failures, {
    halfOpenAfter: options.breaker.halfOpenAfterMs,
    // cockatiel opens when failures > threshold × calls; the product rule is ≥ failureRatio.
    breaker: new SamplingBreaker({ threshold: Math.max(1e-6, options.breaker.failureRatio - 1e-9), duration: options.breaker.windowMs, minimumRps: 0.1 }),
  });
  const waitIsAcceptable = (e: unknown) => (retryAfterMs(e) ?? 0) <= options.backoff.maxDelayMs;
  const retrying = retry(
    handleWhen((e) => isRetryableModelError(e) && !(e instanceof BrokenCircuitError) && waitIsAcceptable(e)),
    {
      maxAttempts: options.attempts - 1,
      backoff: honouringRetryAfter(retryBackoff(options)),
    },
  );
  if (onRetry) retrying.onRetry((event) => onRetry("delay" in event ? event.delay : 0));
  return { policy: wrap(retrying, consecutive, sampling), breakers: { consecutive, sampling } };
}

function withTimeout<T>(promise: PromiseLike<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ModelTimeoutError(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}

/** An abort signal for one attempt: aborted by the caller's signal or when the attempt is given up. */
function attemptSignal(parent: AbortSignal | undefined) {
  const controller = new AbortController();
  return { controller, signal: parent ? AbortSignal.any([parent, controller.signal]) : controller.signal };
}

/**
 * Opens a model stream and waits for its first real part (within connectMs);
 * later parts must arrive within betweenChunksMs of each other. An attempt
 * that times out is aborted, so its HTTP request does not linger (and the
 * server stops generating) while the next attempt runs.
 */
async function openStream(
  doStream: (abortSignal: AbortSignal) => PromiseLike<LanguageModelV4StreamResult>,
  timeouts: ResilienceOptions["timeouts"],
  parentSignal?: AbortSignal,
): Promise<LanguageModelV4StreamResult> {
  const attempt = attemptSignal(parentSignal);
  const deadline = Date.now() + timeouts.connectMs;
  let result: LanguageModelV4StreamResult;
  try {
    result = await withTimeout(doStream(attempt.signal), timeouts.connectMs, "model connection");
  } catch (error) {
    attempt.controller.abort(error);
    throw error;
  }
  const reader = result.stream.getReader();
  const buffered: LanguageModelV4StreamPart[] = [];
  try {
    for (;;) {
      const next = await withTimeout(reader.read(), Math.max(1, deadline - Date.now()), "first model output");
      if (next.done) break;
      if (next.value.type === "error") throw next.value.error;
      buffered.push(next.value);
      if (next.value.type !== "stream-start" && next.value.type !== "response-metadata") break;
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    attempt.controller.abort(error);
    throw error;
  }
  const stream = new ReadableStream<LanguageModelV4StreamPart>({
    start(controller) {
      for (const part of buffered) controller.enqueue(part);
    },
    async pull(controller) {
      try {
        const next = await withTimeout(reader.read(), timeouts.betweenChunksMs, "model output");
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        reader.cancel().catch(() => {});
        attempt.controller.abort(error);
        controller.error(error);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { ...result, stream };
}

export type ResilientModelOptions = {
  primary: LanguageModelV4;
  primaryPolicy: ModelPolicy;
  fallback?: { model: LanguageModelV4; policy: ModelPolicy };
  options?: ResilienceOptions;
  onFallback?: (error: unknown) => void;
};

/** Wraps a model with retries, timeouts, its circuit breaker and an optional fallback model. */
export function createResilientModel({ primary, primaryPolicy, fallback, options = DEFAULT_RESILIENCE, onFallback }: ResilientModelOptions): LanguageModelV4 {
  const guardedStream = (model: LanguageModelV4, policy: ModelPolicy, params: Parameters<LanguageModelV4["doStream"]>[0]) =>
    policy.policy.execute(() => openStream((abortSignal) => model.doStream({ ...params, abortSignal }), options.timeouts, params.abortSignal));
  const guardedGenerate = (model: LanguageModelV4, policy: ModelPolicy, params: Parameters<LanguageModelV4["doGenerate"]>[0]) =>
    policy.policy.execute(async () => {
      const attempt = attemptSignal(params.abortSignal);
      try {
        return await withTimeout(model.doGenerate({ ...params, abortSignal: attempt.signal }), options.timeouts.generateMs, "model call");
      } catch (error) {
        attempt.controller.abort(error);
        throw error;
      }
    });

  return wrapLanguageModel({
    model: primary,
    middleware: {
      specificationVersion: "v4",
      wrapStream: async ({ params }) => {
        try {
          return await guardedStream(primary, primaryPolicy, params);
        } catch (error) {
          if (!fallback) throw error;
          onFallback?.(error);
          return guardedStream(fallback.model, fallback.policy, params);
        }
      },
      wrapGenerate: async ({ params }) => {
        try {
          return await guardedGenerate(primary, primaryPolicy, params);
        } catch (error) {
          if (!fallback) throw error;
          onFallback?.(error);
          return guardedGenerate(fallback.model, fallback.policy, params);
        }
      },
    },
  });
}
