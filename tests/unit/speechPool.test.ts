import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Logger } from "@/lib/logger";
import { AudioDecodeError, type SpeechMetrics } from "@/speech";
import { closeSpeechPool, getSpeechEngine, inlineSpeech, SPEECH_THREAD_FILE, startSpeechPool, type SpeechEngine } from "@/services/speechPool";
import { ESPEAK_MISSING, espeakWav, hasEspeak, insertSilence, makeTempDir, sineTone, writeWav } from "../support/speechAudio";

/**
 * The speech pool runs src/speech in worker threads (thread.mjs, loaded with
 * Node's type stripping, outside any bundler): the same answer must give
 * exactly the same decoded audio and metrics there as on the calling thread.
 */
const TEXT = "So um the way I approach incidents is to stabilise first, and then uh find the root cause with the whole team.";
const espeak = hasEspeak();
if (!espeak) console.warn(ESPEAK_MISSING);

describe("speech pool (worker threads)", () => {
  let pool: { engine: SpeechEngine; close: () => Promise<void> };

  beforeAll(async () => {
    pool = await startSpeechPool({ threads: 1 });
  });

  afterAll(async () => {
    await pool?.close();
  });

  it("is run from the project's thread file", () => {
    expect(SPEECH_THREAD_FILE).toBe(path.resolve(import.meta.dirname, "../../src/services/speechPool/thread.mjs"));
  });

  it.skipIf(!espeak)("decodes and measures an espeak-ng answer exactly as the calling thread does", async () => {
    const temp = makeTempDir();
    try {
      // Thinking time, then speech with a 2 s pause in the middle; the transcript gives words per minute and fillers.
      const wav = insertSilence(insertSilence(espeakWav({ wpm: 150, voice: "en-us", text: TEXT, dir: temp.dir }), 0, 1200), 4000, 2000);
      const before = wav.slice();

      const inline = await inlineSpeech.decode(wav);
      const threaded = await pool.engine.decode(wav);
      expect(wav).toEqual(before); // the caller's bytes are copied to the thread, not taken
      expect(threaded.sampleRate).toBe(inline.sampleRate);
      expect(threaded.durationMs).toBe(inline.durationMs);
      expect(threaded.samples).toEqual(inline.samples);

      const input = { sampleRate: inline.sampleRate, transcript: { text: TEXT }, extraFillers: ["basically"] };
      const expected: SpeechMetrics = await inlineSpeech.analyse({ ...input, samples: inline.samples.slice() });
      const actual = await pool.engine.analyse({ ...input, samples: threaded.samples });
      expect(actual).toStrictEqual(expected);
      expect(actual.pauses.longestMs).toBeGreaterThan(1500);
      expect(actual.fillers.count).toBe(2);
    } finally {
      temp.cleanup();
    }
  });

  it("reports audio it cannot decode as AudioDecodeError, as the calling thread does", async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 37) % 251);
    garbage.set([0x1a, 0x45, 0xdf, 0xa3]);
    const inline = await inlineSpeech.decode(garbage).catch((error: unknown) => error);
    const threaded = await pool.engine.decode(garbage).catch((error: unknown) => error);
    expect(inline).toBeInstanceOf(AudioDecodeError);
    expect(threaded).toBeInstanceOf(AudioDecodeError);
    expect((threaded as Error).message).toBe((inline as Error).message);
  });

  it("refuses to start when the thread cannot load its code", async () => {
    await expect(startSpeechPool({ file: path.join(import.meta.dirname, "no-such-thread.mjs"), threads: 1 })).rejects.toThrow();
  });

  it("falls back to the main thread when the pool cannot start, and says so once", async () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const engine = getSpeechEngine(log as unknown as Logger, path.join(import.meta.dirname, "no-such-thread.mjs"));
    try {
      const wav = writeWav({ samples: sineTone(220, 1500, 16000), sampleRate: 16000 });
      const decoded = await engine.decode(wav);
      const expected = await inlineSpeech.analyse({ samples: decoded.samples.slice(), sampleRate: decoded.sampleRate });
      expect(await engine.analyse({ samples: decoded.samples, sampleRate: decoded.sampleRate })).toStrictEqual(expected);
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(log.warn.mock.calls[0]![1]).toMatch(/main thread/);
      expect(log.info).not.toHaveBeenCalled();
    } finally {
      await closeSpeechPool();
    }
  });
});
