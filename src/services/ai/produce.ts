import { APICallError } from "@ai-sdk/provider";
import { BrokenCircuitError } from "cockatiel";
import type { Logger } from "@/lib/logger";
import { encodeEvent, type ProducedEvent, type ProducerInfo } from "@/lib/producedStream";
import type { Producer } from "./index";
import { ModelTimeoutError } from "./resilience";

/**
 * Running an AI task through the producers in order (services/ai#getProducers)
 * so the caller always knows who wrote the result. Transport faults are
 * retried inside each LLM (resilience.ts); here, a producer that fails is
 * followed by the next one, and an LLM whose output breaks its schema (a
 * number out of range, a list too long, broken JSON) gets one more try before
 * the next producer answers. The insights engine, last, is never retried.
 */

/** What one attempt of a streaming call gives back (the AI SDK's streamText result fits). */
export type StreamAttempt = {
  stream: AsyncIterable<{ type: string; text?: string; error?: unknown }>;
  output?: PromiseLike<unknown>;
};

export const producerInfo = (producer: Producer): ProducerInfo => ({ kind: producer.kind, label: producer.label });

/** Tries per producer when its output is invalid: an LLM gets one retry. */
const attemptsFor = (producer: Producer) => (producer.kind === "llm" ? 2 : 1);

/** A fault of the provider (already retried by the resilience layer), as opposed to an answer we could not use. */
export function isProviderFault(error: unknown): boolean {
  return (
    APICallError.isInstance(error) ||
    error instanceof ModelTimeoutError ||
    error instanceof BrokenCircuitError ||
    (error instanceof TypeError && /fetch|network|socket/i.test(error.message))
  );
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Drops queued bytes once the client has gone; the producer keeps running so its result is still saved. */
function byteChannel() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (open = false),
  });
  return {
    stream,
    write(text: string) {
      if (open && text) controller.enqueue(encoder.encode(text));
    },
    close() {
      if (open) controller.close();
      open = false;
    },
    fail(error: unknown) {
      if (open) controller.error(error);
      open = false;
    },
  };
}

export type TextStreamOutcome =
  | {
      ok: true;
      producer: Producer;
      /** The text as it streams (UTF-8), at most `maxChars` characters. */
      body: ReadableStream<Uint8Array>;
      /** The whole text once the stream ends, or null when the producer failed mid-way. */
      text: Promise<string | null>;
    }
  | { ok: false; error: unknown };

/**
 * A plain-text answer (a question, a coach reply). Producers are tried in
 * order until one writes something other than whitespace; from then on that
 * producer is committed to (a text cannot be swapped mid-sentence), so the
 * caller can name it in the response headers before the first byte.
 */
export async function streamTextFromProducers(
  producers: readonly Producer[],
  start: (producer: Producer) => StreamAttempt,
  options: { maxChars: number; log?: Logger },
): Promise<TextStreamOutcome> {
  let lastError: unknown = new Error("No producer is configured.");
  for (const producer of producers) {
    const iterator = start(producer).stream[Symbol.asyncIterator]();
    let head = "";
    let failure: unknown;
    let ended = false;
    try {
      while (!head.trim()) {
        const next = await iterator.next();
        if (next.done) {
          ended = true;
          break;
        }
        if (next.value.type === "text-delta") head += next.value.text ?? "";
        else if (next.value.type === "error") {
          failure = next.value.error;
          break;
        }
      }
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined || ended) {
      lastError = failure ?? new Error("The model wrote nothing.");
      options.log?.warn({ producer: producer.id, err: describe(lastError) }, "producer failed before writing; trying the next");
      await iterator.return?.().catch(() => {});
      continue;
    }

    const channel = byteChannel();
    const text = (async (): Promise<string | null> => {
      let written = head.slice(0, options.maxChars);
      channel.write(written);
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          if (next.value.type === "error") throw next.value.error;
          if (next.value.type !== "text-delta" || written.length >= options.maxChars) continue;
          const piece = (next.value.text ?? "").slice(0, options.maxChars - written.length);
          written += piece;
          channel.write(piece);
          if (written.length >= options.maxChars) {
            await iterator.return?.().catch(() => {});
            break;
          }
        }
        channel.close();
        return written;
      } catch (error) {
        options.log?.warn({ producer: producer.id, err: describe(error) }, "producer failed mid-stream");
        channel.fail(error);
        return null;
      }
    })();
    return { ok: true, producer, body: channel.stream, text };
  }
  return { ok: false, error: lastError };
}

export type Produced<T> = { value: T; producer: Producer };

export type ObjectStreamOutcome<T> =
  | {
      ok: true;
      /** Who writes first (named in the response headers). */
      producer: Producer;
      /** Newline-delimited ProducedEvents (lib/producedStream.ts). */
      body: ReadableStream<Uint8Array>;
      /** The validated object and who wrote it, or null when every producer failed. */
      result: Promise<Produced<T> | null>;
    }
  | { ok: false; error: unknown };

/**
 * A structured answer streamed as it is written. Each attempt's raw JSON is
 * streamed after a `start` event naming its producer; when the complete
 * object fails validation the next attempt starts (and the browser replaces
 * what it showed). Waits for the first text so a total failure up front can
 * be answered with a clean error instead of an empty stream.
 */
export async function streamObjectFromProducers<T>(
  producers: readonly Producer[],
  start: (producer: Producer) => StreamAttempt,
  validate: (producer: Producer, output: unknown) => T,
  options: {
    log?: Logger;
    /**
     * Saves the validated result before the browser hears `done`, so a
     * reload right after the result appears finds it saved. A failed save is
     * logged; the result is still shown.
     */
    commit?: (produced: Produced<T>) => Promise<void>;
  } = {},
): Promise<ObjectStreamOutcome<T>> {
  const channel = byteChannel();
  const emit = (event: ProducedEvent) => channel.write(encodeEvent(event));
  let firstProducer: Producer | null = null;
  let announceFirst!: (producer: Producer | null) => void;
  const firstOutput = new Promise<Producer | null>((resolve) => (announceFirst = resolve));
  let lastError: unknown = new Error("No producer is configured.");

  const result = (async (): Promise<Produced<T> | null> => {
    for (const producer of producers) {
      for (let attempt = 1; attempt <= attemptsFor(producer); attempt++) {
        let started = false;
        let failure: unknown;
        const call = start(producer);
        try {
          for await (const part of call.stream) {
            if (part.type === "error") {
              failure = part.error;
              break;
            }
            if (part.type !== "text-delta" || !part.text) continue;
            if (!started) {
              started = true;
              emit({ type: "start", producer: producerInfo(producer), replacing: firstProducer !== null });
              if (!firstProducer) {
                firstProducer = producer;
                announceFirst(producer);
              }
            }
            emit({ type: "delta", text: part.text });
          }
          if (failure === undefined) {
            const value = validate(producer, await call.output);
            await options
              .commit?.({ value, producer })
              .catch((error: Error) => options.log?.warn({ producer: producer.id, err: error.message }, "result not saved"));
            emit({ type: "done", object: value });
            channel.close();
            return { value, producer };
          }
        } catch (error) {
          failure = error;
        }
        lastError = failure;
        const fault = isProviderFault(failure) && !started;
        options.log?.warn(
          { producer: producer.id, attempt, err: describe(failure) },
          fault ? "producer unavailable; trying the next" : "producer's output was not usable",
        );
        // A provider that is down was already retried by the resilience layer; bad output is tried once more.
        if (fault) break;
      }
    }
    if (firstProducer) {
      emit({ type: "error", message: "No usable result could be produced. Please try again in a minute." });
      channel.close();
    } else {
      announceFirst(null);
    }
    return null;
  })();

  const first = await firstOutput;
  if (!first) {
    await result;
    return { ok: false, error: lastError };
  }
  return { ok: true, producer: first, body: channel.stream, result };
}

/**
 * A structured answer computed in the background (live-interview feedback,
 * spoken-answer grading): the first producer whose output validates wins.
 * Throws the last failure when none does.
 */
export async function generateObjectFromProducers<T>(
  producers: readonly Producer[],
  run: (producer: Producer) => Promise<unknown>,
  validate: (producer: Producer, output: unknown) => T,
  options: { log?: Logger } = {},
): Promise<Produced<T>> {
  let lastError: unknown = new Error("No producer is configured.");
  for (const producer of producers) {
    for (let attempt = 1; attempt <= attemptsFor(producer); attempt++) {
      try {
        return { value: validate(producer, await run(producer)), producer };
      } catch (error) {
        lastError = error;
        const fault = isProviderFault(error);
        options.log?.warn(
          { producer: producer.id, attempt, err: describe(error) },
          fault ? "producer unavailable; trying the next" : "producer's output was not usable",
        );
        if (fault) break;
      }
    }
  }
  throw lastError;
}
