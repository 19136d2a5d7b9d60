import { availableParallelism } from "node:os";
import path from "node:path";
import type { Piscina } from "piscina";
import { logger, type Logger } from "@/lib/logger";
import { analyseSpeech, AudioDecodeError, decodeAudio, type DecodedAudio, type SpeechInput, type SpeechMetrics } from "@/speech";

/**
 * The CPU-bound half of an answer's analysis — decoding the recording and
 * measuring it (VAD, syllable nuclei, YIN pitch…) — run on a small pool of
 * worker threads (piscina), so a long answer never blocks the event loop of
 * the process running the job: the web server's requests when it runs the
 * jobs itself, or the worker process's queue and its other jobs.
 *
 * The threads run `thread.mjs`, a plain module outside the Next.js bundle
 * that loads src/speech's TypeScript with Node's type stripping: the same
 * code as the main thread, so the results are identical. If the pool cannot
 * start (the file is missing, the thread cannot load the speech code), the
 * analysis runs on the main thread instead and says so once in the log.
 */
export type SpeechEngine = {
  decode: (bytes: Uint8Array) => Promise<DecodedAudio>;
  /** May take `input.samples` (moved to a thread, leaving the caller's array empty): pass samples you are done with. */
  analyse: (input: SpeechInput) => Promise<SpeechMetrics>;
};

/** The same work on the calling thread: tests, and the fallback when the pool cannot start. */
export const inlineSpeech: SpeechEngine = {
  decode: decodeAudio,
  analyse: async (input) => analyseSpeech(input),
};

/** Run by path from the project root (the server's working directory, like the migrations folder). */
export const SPEECH_THREAD_FILE = path.join(process.cwd(), "src", "services", "speechPool", "thread.mjs");

/** One thread per spare core, at most 2: jobs run one answer at a time per process, and the web server needs a core. */
export const SPEECH_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

type DecodeResult = { decodeError: string } | DecodedAudio;

/** Samples in a buffer of their own (copied only when they are a view into a larger one), so exactly these move to the thread. */
function ownBuffer(samples: Float32Array): Float32Array<ArrayBuffer> {
  const whole = samples.byteOffset === 0 && samples.byteLength === samples.buffer.byteLength && samples.buffer instanceof ArrayBuffer;
  return whole ? (samples as Float32Array<ArrayBuffer>) : new Float32Array(samples);
}

function threadEngine(pool: Piscina): SpeechEngine {
  return {
    async decode(bytes) {
      // The caller keeps its bytes (speech-to-text sends them next): the thread gets a copy.
      const copy = new Uint8Array(bytes);
      const result = (await pool.run({ kind: "decode", bytes: copy }, { transferList: [copy.buffer] })) as DecodeResult;
      if ("decodeError" in result) throw new AudioDecodeError(result.decodeError);
      return result;
    },
    async analyse(input) {
      // The samples move to the thread (no copy of up to 5 minutes of audio): the caller's array is left empty.
      const samples = ownBuffer(input.samples);
      return (await pool.run({ kind: "analyse", input: { ...input, samples } }, { transferList: [samples.buffer] })) as SpeechMetrics;
    },
  };
}

/** A thread that has not loaded the speech code by then is not coming. */
const PROBE_TIMEOUT_MS = 20_000;

type StartedPool = { engine: SpeechEngine; close: () => Promise<void> };

/**
 * Starts a pool and proves a thread can load and run the speech code (or
 * rejects, pool stopped). `onBroken`: a thread failed outside any task later
 * on (it could no longer start); the pool's pending tasks are rejected.
 */
export async function startSpeechPool(options: { file?: string; threads?: number; onBroken?: (error: Error) => void } = {}): Promise<StartedPool> {
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: options.file ?? SPEECH_THREAD_FILE,
    minThreads: 0,
    maxThreads: options.threads ?? SPEECH_THREADS,
    // An idle thread (and its decoded audio) is let go after a minute; the next answer starts one again (~0.1 s).
    idleTimeout: 60_000,
    // Plain Node in the thread, whatever launched this process (tsx's loader, --conditions): the thread file loads its own code.
    execArgv: [],
  });
  // Errors outside a task (a thread that cannot start) come as events: never let them become uncaught.
  let onError: (error: Error) => void = () => {};
  pool.on("error", (error: Error) => onError(error));
  try {
    await new Promise<void>((resolve, reject) => {
      onError = reject;
      const timer = setTimeout(() => reject(new Error(`no speech thread was ready within ${PROBE_TIMEOUT_MS / 1000} s`)), PROBE_TIMEOUT_MS);
      pool
        .run({ kind: "ping" })
        .then(() => resolve(), reject)
        .finally(() => clearTimeout(timer));
    });
  } catch (error) {
    await pool.destroy().catch(() => {});
    throw error;
  }
  onError = (error) => {
    options.onBroken?.(error);
    void pool.destroy().catch(() => {});
  };
  return { engine: threadEngine(pool), close: () => pool.destroy() };
}

type PoolState = { engine: SpeechEngine; close: () => Promise<void> };
type PoolGlobal = typeof globalThis & { __darasaSpeechPool?: Promise<PoolState> };

const inlineState = (): PoolState => ({ engine: inlineSpeech, close: async () => {} });

function started(log: Logger, file: string): Promise<PoolState> {
  const store = globalThis as PoolGlobal;
  store.__darasaSpeechPool ??= (async () => {
    const state = inlineState();
    try {
      const pool = await startSpeechPool({
        file,
        // Threads that stop starting later on: the rest of this process's analyses run on the main thread.
        onBroken: (error) => {
          log.error({ err: error.message }, "speech threads failed; speech analysis runs on the main thread from now on");
          Object.assign(state, inlineState());
        },
      });
      Object.assign(state, pool);
      log.info({ threads: SPEECH_THREADS }, "speech analysis runs in worker threads");
    } catch (error) {
      log.warn({ err: (error as Error).message, file }, "speech analysis runs on the main thread: the worker-thread pool could not start");
    }
    return state;
  })();
  return store.__darasaSpeechPool;
}

/**
 * The process's speech engine: the thread pool, started on first use (once
 * per process, from `file`, the project's thread file unless a test says
 * otherwise), or the main thread when the pool cannot start.
 */
export function getSpeechEngine(log: Logger = logger, file: string = SPEECH_THREAD_FILE): SpeechEngine {
  return {
    decode: async (bytes) => (await started(log, file)).engine.decode(bytes),
    analyse: async (input) => (await started(log, file)).engine.analyse(input),
  };
}

/** Stops the threads (shutdown, after the queue has finished or released its jobs). */
export async function closeSpeechPool(): Promise<void> {
  const store = globalThis as PoolGlobal;
  const pending = store.__darasaSpeechPool;
  store.__darasaSpeechPool = undefined;
  if (pending) await (await pending).close();
}
