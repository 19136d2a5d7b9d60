import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { APICallError } from "@ai-sdk/provider";
import { generateText, streamText, type LanguageModel } from "ai";
import { BrokenCircuitError, CircuitState, ExponentialBackoff } from "cockatiel";
import { configuredLlms } from "@/services/ai/providers";
import {
  DEFAULT_RESILIENCE,
  ModelTimeoutError,
  createModelPolicy,
  createResilientModel,
  isRetryableModelError,
  retryAfterMs,
  retryBackoff,
  type ModelPolicy,
  type ResilienceOptions,
} from "@/services/ai/resilience";
import {
  hang,
  hangAfterFirstChunk,
  hangAfterHeaders,
  malformed,
  ok,
  rateLimited,
  startFakeLlmServer,
  status,
  type FakeLlmServer,
} from "../support/fakeLlmServer";

/**
 * The resilience layer end to end: real provider clients (OpenAI-compatible
 * and Gemini) talking HTTP to a local fake LLM server, wrapped by
 * createResilientModel. Timings are shortened through the options parameter;
 * the product values are checked separately.
 */

const FAST: ResilienceOptions = {
  attempts: 3,
  backoff: { initialDelayMs: 10, maxDelayMs: 50 },
  timeouts: { connectMs: 300, betweenChunksMs: 300, generateMs: 500 },
  breaker: { consecutiveFailures: 5, failureRatio: 0.5, windowMs: 60_000, halfOpenAfterMs: 200 },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let primary: FakeLlmServer;
let backup: FakeLlmServer;

beforeAll(async () => {
  [primary, backup] = await Promise.all([startFakeLlmServer(), startFakeLlmServer()]);
});

afterAll(async () => {
  await Promise.all([primary.close(), backup.close()]);
});

beforeEach(() => {
  primary.reset();
  backup.reset();
});

afterEach(() => {
  vi.useRealTimers();
});

function openAiModel(server: FakeLlmServer) {
  return configuredLlms({ OPENAI_COMPATIBLE_BASE_URL: `${server.url}/v1`, OPENAI_COMPATIBLE_MODEL: "llama3.1", GOOGLE_MODEL: "x" })[0]!.model;
}

function geminiModel(server: FakeLlmServer) {
  return configuredLlms({ GOOGLE_GENERATIVE_AI_API_KEY: "test-key", GOOGLE_MODEL: "gemini-2.5-flash", GOOGLE_BASE_URL: `${server.url}/v1beta` })[0]!.model;
}

type Setup = { model: LanguageModel; policy: ModelPolicy; fallbackPolicy?: ModelPolicy; retryDelays: number[]; fallbacks: unknown[] };

function resilient({
  options = FAST,
  protocol = "openai",
  withFallback = false,
  policy,
}: { options?: ResilienceOptions; protocol?: "openai" | "gemini"; withFallback?: boolean; policy?: ModelPolicy } = {}): Setup {
  const retryDelays: number[] = [];
  const fallbacks: unknown[] = [];
  const primaryPolicy = policy ?? createModelPolicy(options, (delay) => retryDelays.push(delay));
  const fallbackPolicy = withFallback ? createModelPolicy(options) : undefined;
  const model = createResilientModel({
    primary: protocol === "gemini" ? geminiModel(primary) : openAiModel(primary),
    primaryPolicy,
    fallback: withFallback ? { model: openAiModel(backup), policy: fallbackPolicy! } : undefined,
    options,
    onFallback: (error) => fallbacks.push(error),
  });
  return { model, policy: primaryPolicy, fallbackPolicy, retryDelays, fallbacks };
}

type StreamOutcome = { text: string; chunks: { text: string; at: number }[]; error?: unknown; erroredAt?: number; startedAt: number };

/** Streams like the app does (maxRetries 0) and collects the text and the first error. */
async function stream(model: LanguageModel): Promise<StreamOutcome> {
  const startedAt = performance.now();
  const outcome: StreamOutcome = { text: "", chunks: [], startedAt };
  const fail = (error: unknown) => {
    if (outcome.error !== undefined) return;
    outcome.error = error;
    outcome.erroredAt = performance.now();
  };
  const result = streamText({ model, prompt: "Ask me an interview question.", maxRetries: 0, onError: ({ error }) => fail(error) });
  try {
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        outcome.text += part.text;
        outcome.chunks.push({ text: part.text, at: performance.now() });
      } else if (part.type === "error") {
        fail(part.error);
      }
    }
  } catch (error) {
    // A stream that errors mid-way (e.g. a stall after the first chunk) surfaces as a thrown error.
    fail(error);
  }
  return outcome;
}

function statusOf(error: unknown): number | undefined {
  return APICallError.isInstance(error) ? error.statusCode : undefined;
}

describe("product resilience settings", () => {
  it("DEFAULT_RESILIENCE holds exactly the product values", () => {
    expect(DEFAULT_RESILIENCE).toEqual({
      attempts: 3,
      backoff: { initialDelayMs: 1_000, maxDelayMs: 10_000 },
      timeouts: { connectMs: 5_000, betweenChunksMs: 15_000, generateMs: 30_000 },
      breaker: { consecutiveFailures: 5, failureRatio: 0.5, windowMs: 60_000, halfOpenAfterMs: 30_000 },
    });
  });

  it("exponential backoff with the product bounds stays within 1–10 s and is jittered", () => {
    const { initialDelayMs, maxDelayMs } = DEFAULT_RESILIENCE.backoff;
    // The backoff the policies use, iterated as cockatiel's retry does (factory.next(), then backoff.next()).
    const factory = retryBackoff(DEFAULT_RESILIENCE);
    expect(factory).toBeInstanceOf(ExponentialBackoff);
    const all: number[] = [];
    const firsts: number[] = [];
    const seconds: number[] = [];
    for (let run = 0; run < 300; run++) {
      let backoff = factory.next();
      firsts.push(backoff.duration);
      for (let attempt = 0; attempt < 8; attempt++) {
        all.push(backoff.duration);
        if (attempt === 1) seconds.push(backoff.duration);
        backoff = backoff.next(undefined);
      }
    }
    for (const delay of all) {
      expect(delay).toBeGreaterThanOrEqual(initialDelayMs);
      expect(delay).toBeLessThanOrEqual(maxDelayMs);
    }
    expect(new Set(firsts).size).toBeGreaterThan(10); // jitter: not all equal
    expect(new Set(all.filter((d) => d >= 5_000)).size).toBeGreaterThan(10); // still jittered near the cap
    // Exponential: the second wait is longer on average than the first, and it grows towards the cap.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(seconds)).toBeGreaterThan(mean(firsts) * 1.5);
    expect(Math.max(...all)).toBeGreaterThan(8_000);
  });

  it("the product policy retries twice with 1–10 s delays (fake timers, no sockets)", async () => {
    vi.useFakeTimers();
    const delays: number[] = [];
    const { policy } = createModelPolicy(DEFAULT_RESILIENCE, (delay) => delays.push(delay));
    let calls = 0;
    const failing = policy.execute(async () => {
      calls++;
      throw new APICallError({ message: "busy", url: "http://x", requestBodyValues: {}, statusCode: 503 });
    });
    const settled = failing.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(25_000);
    expect(statusOf(await settled)).toBe(503);
    expect(calls).toBe(3);
    expect(delays).toHaveLength(2);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(1_000);
      expect(delay).toBeLessThanOrEqual(10_000);
    }
  });

  it("classifies errors: 408/429/5xx and timeouts are retryable, other 4xx and parse errors are not", () => {
    const apiError = (statusCode: number) => new APICallError({ message: "x", url: "http://x", requestBodyValues: {}, statusCode });
    expect(isRetryableModelError(apiError(429))).toBe(true);
    expect(isRetryableModelError(apiError(408))).toBe(true);
    expect(isRetryableModelError(apiError(500))).toBe(true);
    expect(isRetryableModelError(apiError(503))).toBe(true);
    expect(isRetryableModelError(apiError(400))).toBe(false);
    expect(isRetryableModelError(apiError(401))).toBe(false);
    expect(isRetryableModelError(new ModelTimeoutError("slow"))).toBe(true);
    expect(isRetryableModelError(new TypeError("fetch failed"))).toBe(true);
    expect(isRetryableModelError(new SyntaxError("Unexpected token"))).toBe(false);
    expect(isRetryableModelError(new BrokenCircuitError())).toBe(false);
  });
});

describe("retries through the real provider clients", () => {
  it("429, 429, then ok: succeeds after exactly 3 requests", async () => {
    primary.enqueue(status(429), status(429), ok("Tell me about a time you disagreed with a teammate."));
    const { model, retryDelays } = resilient();
    const outcome = await stream(model);
    expect(outcome.error).toBeUndefined();
    expect(outcome.text).toBe("Tell me about a time you disagreed with a teammate.");
    expect(primary.requests).toHaveLength(3);
    expect(retryDelays).toHaveLength(2);
  });

  it("429s on Gemini are retried the same way", async () => {
    primary.enqueue(status(429), ok("What is a race condition?"));
    const { model } = resilient({ protocol: "gemini" });
    const outcome = await stream(model);
    expect(outcome.text).toBe("What is a race condition?");
    expect(primary.requests.map((r) => r.path)).toEqual([
      "/v1beta/models/gemini-2.5-flash:streamGenerateContent",
      "/v1beta/models/gemini-2.5-flash:streamGenerateContent",
    ]);
  });

  it("500 three times: fails after exactly 3 requests, with no 4th", async () => {
    primary.setDefault(status(500));
    const { model } = resilient();
    const outcome = await stream(model);
    expect(statusOf(outcome.error)).toBe(500);
    expect(outcome.text).toBe("");
    await sleep(FAST.backoff.maxDelayMs * 3);
    expect(primary.requests).toHaveLength(3);
  });

  it("400 is not retried", async () => {
    primary.setDefault(status(400));
    const { model, retryDelays } = resilient();
    const outcome = await stream(model);
    expect(statusOf(outcome.error)).toBe(400);
    await sleep(FAST.backoff.maxDelayMs * 2);
    expect(primary.requests).toHaveLength(1);
    expect(retryDelays).toEqual([]);
  });

  it("a server that never answers times out after connectMs, is retried, and the abandoned request is closed", async () => {
    primary.enqueue(hang(), ok("Describe the CAP theorem."));
    const { model } = resilient();
    const outcome = await stream(model);
    expect(outcome.error).toBeUndefined();
    expect(outcome.text).toBe("Describe the CAP theorem.");
    expect(primary.requests).toHaveLength(2);
    const [first, second] = primary.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(FAST.timeouts.connectMs + FAST.backoff.initialDelayMs - 5);
    // The timed-out attempt must not linger (or keep generating, billed, on the server).
    await Promise.race([first!.closed, sleep(1_000)]);
    expect(first!.aborted).toBe(true);
  });

  it("a server that never answers at all: ModelTimeoutError after 3 attempts", async () => {
    primary.setDefault(hang());
    const { model } = resilient();
    const outcome = await stream(model);
    expect(outcome.error).toBeInstanceOf(ModelTimeoutError);
    expect(primary.requests).toHaveLength(3);
    const elapsed = outcome.erroredAt! - outcome.startedAt;
    expect(elapsed).toBeGreaterThanOrEqual(3 * FAST.timeouts.connectMs);
    expect(elapsed).toBeLessThan(3 * FAST.timeouts.connectMs + 2 * FAST.backoff.maxDelayMs + 1_000);
  });

  it("generateText: a hanging server times out after generateMs and is retried", async () => {
    primary.enqueue(hang(), ok("Explain eventual consistency."));
    const { model } = resilient();
    const started = performance.now();
    const result = await generateText({ model, prompt: "Ask me a question.", maxRetries: 0 });
    expect(result.text).toBe("Explain eventual consistency.");
    expect(performance.now() - started).toBeGreaterThanOrEqual(FAST.timeouts.generateMs);
    expect(primary.requests).toHaveLength(2);
    expect(primary.requests.every((r) => !r.streaming)).toBe(true);
  });

  it("a stream that stalls after its first chunk errors within betweenChunksMs and is not retried mid-stream", async () => {
    primary.enqueue(hangAfterFirstChunk("Walk me through a deploy rollback."));
    const { model } = resilient();
    const outcome = await stream(model);
    expect(outcome.chunks.map((c) => c.text)).toEqual(["Walk "]);
    expect(outcome.error).toBeInstanceOf(ModelTimeoutError);
    const stall = outcome.erroredAt! - outcome.chunks[0]!.at;
    expect(stall).toBeGreaterThanOrEqual(FAST.timeouts.betweenChunksMs - 20);
    expect(stall).toBeLessThan(FAST.timeouts.betweenChunksMs + 700);
    await sleep(FAST.backoff.maxDelayMs * 2);
    expect(primary.requests).toHaveLength(1);
    await Promise.race([primary.requests[0]!.closed, sleep(1_000)]);
    expect(primary.requests[0]!.aborted).toBe(true);
  });

  it("Gemini: a server that never answers times out and is retried", async () => {
    primary.enqueue(hang(), hang(), ok("What is backpressure?"));
    const { model } = resilient({ protocol: "gemini" });
    const outcome = await stream(model);
    expect(outcome.text).toBe("What is backpressure?");
    expect(primary.requests).toHaveLength(3);
  });

  it("a stream that sends headers but no first chunk times out within connectMs, is retried, and is closed", async () => {
    primary.enqueue(hangAfterHeaders(), ok("Explain a B-tree."));
    const { model } = resilient({ protocol: "gemini" });
    const outcome = await stream(model);
    expect(outcome.error).toBeUndefined();
    expect(outcome.text).toBe("Explain a B-tree.");
    expect(primary.requests).toHaveLength(2);
    const [first, second] = primary.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(FAST.timeouts.connectMs - 5);
    await Promise.race([first!.closed, sleep(1_000)]);
    expect(first!.aborted).toBe(true);
  });

  it("malformed streaming output fails without endless retries", async () => {
    primary.setDefault(malformed());
    const { model } = resilient();
    const outcome = await stream(model);
    expect(outcome.error).toBeDefined();
    expect(isRetryableModelError(outcome.error)).toBe(false);
    await sleep(FAST.backoff.maxDelayMs * 2);
    expect(primary.requests).toHaveLength(1);
  });

  it("malformed JSON from a non-streaming call fails without endless retries", async () => {
    primary.setDefault(malformed());
    const { model } = resilient({ protocol: "gemini" });
    await expect(generateText({ model, prompt: "Ask me a question.", maxRetries: 0 })).rejects.toThrow();
    await sleep(FAST.backoff.maxDelayMs * 2);
    expect(primary.requests).toHaveLength(1);
  });

  it("waits between attempts for a jittered backoff within [initialDelay, maxDelay]", async () => {
    const options: ResilienceOptions = { ...FAST, backoff: { initialDelayMs: 60, maxDelayMs: 150 } };
    const gaps: number[] = [];
    const delays: number[] = [];
    for (let run = 0; run < 3; run++) {
      primary.reset();
      primary.setDefault(status(503));
      const { model, retryDelays } = resilient({ options });
      const outcome = await stream(model);
      expect(statusOf(outcome.error)).toBe(503);
      expect(primary.requests).toHaveLength(3);
      const at = primary.requests.map((r) => r.at);
      gaps.push(at[1]! - at[0]!, at[2]! - at[1]!);
      delays.push(...retryDelays);
    }
    expect(delays).toHaveLength(6);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(60);
      expect(delay).toBeLessThanOrEqual(150);
    }
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(60 - 5); // timer granularity
      expect(gap).toBeLessThanOrEqual(150 + 150); // plus one local round trip
    }
    expect(new Set(delays).size).toBeGreaterThan(1);
  });
});

describe("Retry-After", () => {
  const limited = (headers: Record<string, string>) =>
    new APICallError({ message: "rate limited", url: "http://x", requestBodyValues: {}, statusCode: 429, responseHeaders: headers });

  it("reads seconds, an HTTP date and retry-after-ms; nothing without the header", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterMs(limited({ "retry-after": "2" }), now)).toBe(2000);
    expect(retryAfterMs(limited({ "Retry-After": "0.5" }), now)).toBe(500);
    expect(retryAfterMs(limited({ "retry-after": "Wed, 01 Jan 2025 00:00:03 GMT" }), now)).toBe(3000);
    expect(retryAfterMs(limited({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(retryAfterMs(limited({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(retryAfterMs(limited({}), now)).toBeUndefined();
    expect(retryAfterMs(new Error("no headers"), now)).toBeUndefined();
  });

  it("a 429 with Retry-After: 1 is retried no sooner than a second later, though the backoff alone is shorter", async () => {
    const options: ResilienceOptions = { ...FAST, backoff: { initialDelayMs: 10, maxDelayMs: 2_000 } };
    primary.enqueue(rateLimited(1), ok("After the wait."));
    const { model, retryDelays } = resilient({ options });
    const outcome = await stream(model);
    expect(outcome.text).toBe("After the wait.");
    expect(primary.requests).toHaveLength(2);
    expect(primary.requests[1]!.at - primary.requests[0]!.at).toBeGreaterThanOrEqual(990);
    expect(retryDelays).toEqual([expect.any(Number)]);
    expect(retryDelays[0]).toBeGreaterThanOrEqual(1_000);
  });

  it("Gemini's 429 with Retry-After is honoured the same way", async () => {
    const options: ResilienceOptions = { ...FAST, backoff: { initialDelayMs: 10, maxDelayMs: 2_000 } };
    primary.enqueue(rateLimited(1), ok("Gemini after the wait."));
    const { model } = resilient({ options, protocol: "gemini" });
    const outcome = await stream(model);
    expect(outcome.text).toBe("Gemini after the wait.");
    expect(primary.requests[1]!.at - primary.requests[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it("a Retry-After longer than the longest backoff is not waited for: the fallback answers after one request", async () => {
    primary.setDefault(rateLimited(30));
    backup.enqueue(ok("Fallback while the primary is rate limited."));
    const { model } = resilient({ withFallback: true });
    const started = performance.now();
    const outcome = await stream(model);
    expect(outcome.text).toBe("Fallback while the primary is rate limited.");
    expect(primary.requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("fallback model", () => {
  it("when the primary always answers 500, the fallback server answers", async () => {
    primary.setDefault(status(500));
    backup.enqueue(ok("From the fallback: what is a mutex?"));
    const { model, fallbacks } = resilient({ withFallback: true });
    const outcome = await stream(model);
    expect(outcome.error).toBeUndefined();
    expect(outcome.text).toBe("From the fallback: what is a mutex?");
    expect(primary.requests).toHaveLength(3);
    expect(backup.requests).toHaveLength(1);
    expect(fallbacks).toHaveLength(1);
    expect(statusOf(fallbacks[0])).toBe(500);
  });

  it("a non-retryable primary error (400) also falls back, after one request", async () => {
    primary.setDefault(status(400));
    backup.enqueue(ok("Fallback question."));
    const { model } = resilient({ withFallback: true });
    const outcome = await stream(model);
    expect(outcome.text).toBe("Fallback question.");
    expect(primary.requests).toHaveLength(1);
  });

  it("generateText falls back too", async () => {
    primary.setDefault(status(503));
    backup.enqueue(ok("Fallback via generate."));
    const { model } = resilient({ withFallback: true });
    const result = await generateText({ model, prompt: "Ask me a question.", maxRetries: 0 });
    expect(result.text).toBe("Fallback via generate.");
    expect(primary.requests).toHaveLength(3);
  });
});

describe("circuit breaker", () => {
  it("opens after 5 consecutive failures, then fails fast without a request; half-opens for one trial; success closes it", async () => {
    primary.setDefault(status(500));
    const setup = resilient();
    const { model, policy } = setup;

    // Call 1: three failed attempts.
    expect(statusOf((await stream(model)).error)).toBe(500);
    expect(primary.requests).toHaveLength(3);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Closed);

    // Call 2: failures 4 and 5 open the circuit; its third attempt is refused.
    const second = await stream(model);
    expect(primary.requests).toHaveLength(5);
    expect(second.error).toBeInstanceOf(BrokenCircuitError);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Open);

    // Call 3: fails fast, nothing reaches the server.
    const third = await stream(model);
    expect(third.error).toBeInstanceOf(BrokenCircuitError);
    expect(third.erroredAt! - third.startedAt).toBeLessThan(100);
    expect(primary.requests).toHaveLength(5);

    // After halfOpenAfter, exactly one trial goes through; it fails, so the circuit opens again.
    await sleep(FAST.breaker.halfOpenAfterMs + 50);
    const trialFails = await stream(model);
    // The trial's 500 reopens the circuit, so the retry that follows is refused.
    expect(trialFails.error).toBeInstanceOf(BrokenCircuitError);
    expect(primary.requests).toHaveLength(6);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Open);

    // Next trial succeeds and closes the circuit.
    await sleep(FAST.breaker.halfOpenAfterMs + 50);
    primary.setDefault(ok("Back online."));
    const trialOk = await stream(model);
    expect(trialOk.error).toBeUndefined();
    expect(trialOk.text).toBe("Back online.");
    expect(primary.requests).toHaveLength(7);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Closed);

    // Closed again: normal calls flow.
    expect((await stream(model)).text).toBe("Back online.");
    expect(primary.requests).toHaveLength(8);
  });

  it("with a fallback, an open circuit sends calls straight to the fallback", async () => {
    primary.setDefault(status(500));
    backup.setDefault(ok("Fallback answer."));
    const { model, policy } = resilient({ withFallback: true });
    await stream(model); // 3 failures
    await stream(model); // failures 4, 5: open
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Open);
    const before = primary.requests.length;
    expect(before).toBe(5);

    const outcome = await stream(model);
    expect(outcome.text).toBe("Fallback answer.");
    expect(primary.requests).toHaveLength(before); // not even tried
    expect(outcome.chunks[0]!.at - outcome.startedAt).toBeLessThan(200); // no retries, no backoff
  });

  it("the breaker is shared by every call that uses the same policy", async () => {
    primary.setDefault(status(502));
    const policy = createModelPolicy(FAST);
    const a = resilient({ policy });
    const b = resilient({ policy, protocol: "gemini" });
    await stream(a.model);
    await stream(b.model);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Open);
    const requests = primary.requests.length;
    expect((await stream(a.model)).error).toBeInstanceOf(BrokenCircuitError);
    expect(primary.requests).toHaveLength(requests);
  });

  it("opens when 50% of calls within the window fail, even without 5 in a row", async () => {
    // Separate policy: consecutive breaker out of the way, one attempt per call so each call is one sample.
    const options: ResilienceOptions = { ...FAST, attempts: 1, breaker: { ...FAST.breaker, consecutiveFailures: 1_000 } };
    const { model, policy } = resilient({ options });
    // The sampling breaker needs a minimum rate (0.1 rps over the 60 s window = 6 calls) before it judges.
    primary.enqueue(ok("a"), status(500), ok("b"), status(500), ok("c"), status(500));
    for (let i = 0; i < 6; i++) await stream(model);
    expect(primary.requests).toHaveLength(6);
    expect(policy.breakers.sampling.state).toBe(CircuitState.Open);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Closed);

    const refused = await stream(model);
    expect(refused.error).toBeInstanceOf(BrokenCircuitError);
    expect(primary.requests).toHaveLength(6);

    // Half-open: one trial; success closes it.
    await sleep(FAST.breaker.halfOpenAfterMs + 50);
    primary.setDefault(ok("recovered"));
    expect((await stream(model)).text).toBe("recovered");
    expect(primary.requests).toHaveLength(7);
    expect(policy.breakers.sampling.state).toBe(CircuitState.Closed);
  });

  it("stays closed when fewer than 50% of calls fail", async () => {
    const options: ResilienceOptions = { ...FAST, attempts: 1, breaker: { ...FAST.breaker, consecutiveFailures: 1_000 } };
    const { model, policy } = resilient({ options });
    primary.enqueue(ok("a"), status(500), ok("b"), ok("c"), status(500), ok("d"), ok("e"));
    for (let i = 0; i < 7; i++) await stream(model);
    expect(policy.breakers.sampling.state).toBe(CircuitState.Closed);
    expect((await stream(model)).error).toBeUndefined();
    expect(primary.requests).toHaveLength(8);
  });

  it("non-retryable errors (400) do not count as breaker failures", async () => {
    primary.setDefault(status(400));
    const { model, policy } = resilient();
    for (let i = 0; i < 6; i++) await stream(model);
    expect(primary.requests).toHaveLength(6);
    expect(policy.breakers.consecutive.state).toBe(CircuitState.Closed);
    expect(policy.breakers.sampling.state).toBe(CircuitState.Closed);
  });
});
