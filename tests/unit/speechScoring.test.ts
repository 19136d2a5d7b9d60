import { describe, expect, it } from "vitest";
import { analyseSpeech } from "@/speech/analyse";
import { AudioDecodeError, assertMaxDuration, decodeAudio, isWithinMaxDuration, MAX_AUDIO_MS, mixDown } from "@/speech/decode";
import { findFillers, tokenize } from "@/speech/fillers";
import {
  scoreFillersPerMinute,
  scoreLongestPause,
  scorePitchVariability,
  scoreSpeech,
  scoreSyllableRate,
  scoreThinkingTime,
  scoreWordsPerMinute,
} from "@/speech/score";
import type { TimedWord } from "@/speech/types";
import { waveformPeaks } from "@/speech/waveform";
import { readWav, sineTone, writeWav } from "../support/speechAudio";

/** Decoding, transcript metrics, waveform and scoring (no speech synthesis needed). */

describe("decodeAudio", () => {
  it("round-trips a 16-bit PCM WAV", async () => {
    const samples = sineTone(220, 500, 16000);
    const wav = writeWav({ samples, sampleRate: 16000 });
    const decoded = await decodeAudio(wav);
    expect(decoded.sampleRate).toBe(16000);
    expect(decoded.samples.length).toBe(samples.length);
    expect(decoded.durationMs).toBeCloseTo(500, 6);
    let maxError = 0;
    for (let i = 0; i < samples.length; i++) maxError = Math.max(maxError, Math.abs((decoded.samples[i] as number) - (samples[i] as number)));
    expect(maxError).toBeLessThan(2 / 32768);
    // Our own reader agrees with audio-decode.
    expect(readWav(wav).samples.length).toBe(samples.length);
  });

  it("rejects empty, non-audio and corrupt bytes with AudioDecodeError", async () => {
    const wav = writeWav({ samples: sineTone(220, 200, 16000), sampleRate: 16000 });
    const corruptHeader = wav.slice();
    corruptHeader.fill(0x41, 12, 44); // fmt and data chunk headers overwritten
    const cases: Uint8Array[] = [
      new Uint8Array(0),
      new TextEncoder().encode("this is a text file, not audio at all"),
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251),
      wav.subarray(0, 44), // header only
      corruptHeader,
    ];
    for (const bytes of cases) {
      const error = await decodeAudio(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AudioDecodeError);
      expect((error as Error).message.length).toBeGreaterThan(10);
    }
  });

  it("mixes channels down by averaging and enforces the maximum duration", () => {
    expect(Array.from(mixDown([Float32Array.from([1, 0.5]), Float32Array.from([0, -0.5])]))).toEqual([0.5, 0]);
    expect(MAX_AUDIO_MS).toBe(300_000);
    expect(isWithinMaxDuration(299_000)).toBe(true);
    expect(isWithinMaxDuration(301_000)).toBe(false);
    expect(() => assertMaxDuration(301_000)).toThrow(AudioDecodeError);
    expect(() => assertMaxDuration(60_000)).not.toThrow();
  });
});

describe("fillers from a transcript", () => {
  it("counts hesitations and discourse fillers, skipping obvious literal uses", () => {
    const text =
      "Um, so I basically rebuilt the, uh, billing service. It was, like, really slow, you know? I like Go, and I would like to use it. " +
      "What kind of cache? I mean, it's sort of a queue. Do you know how it works? Actually it works. I mean it.";
    const hits = findFillers(tokenize({ text })).map((h) => h.filler);
    expect(hits).toEqual(["um", "basically", "uh", "like", "you know", "i mean", "sort of", "actually"]);
  });

  it("reports fillers per minute over the answer span, and timed fillers as moments", () => {
    const sampleRate = 16000;
    // 30 s of "speech" (a tone) after 1 s of silence: the answer span is 30 s.
    const samples = new Float32Array(31 * sampleRate);
    samples.set(sineTone(150, 30_000, sampleRate), sampleRate);
    const spoken = "um I think uh we should er ship it um and then uh measure it um";
    const wordsWithTimes: TimedWord[] = spoken.split(" ").map((word, i) => ({ word, startMs: 1000 + i * 2000, endMs: 1000 + i * 2000 + 400 }));
    const m = analyseSpeech({ samples, sampleRate, transcript: { text: spoken, words: wordsWithTimes } });
    expect(m.answerSpanMs).toBeGreaterThan(29_900);
    expect(m.answerSpanMs).toBeLessThan(30_100);
    expect(m.fillers.count).toBe(6);
    expect(m.fillers.perMinute as number).toBeCloseTo(12, 0);
    expect(m.words).toBe(16);
    expect(m.wordsPerMinute as number).toBeCloseTo(32, 0);
    const fillerMoments = m.moments.filter((x) => x.kind === "filler");
    expect(fillerMoments).toHaveLength(6);
    expect(fillerMoments[0]).toMatchObject({ startMs: 1000, endMs: 1400, label: "“um”" });
    // Without word timings: a count, but no moments.
    const untimed = analyseSpeech({ samples, sampleRate, transcript: { text: spoken } });
    expect(untimed.fillers.count).toBe(6);
    expect(untimed.moments.filter((x) => x.kind === "filler")).toHaveLength(0);
    // Without a transcript: no words, no wpm, no fillers.
    const bare = analyseSpeech({ samples, sampleRate });
    expect(bare.wordsPerMinute).toBeNull();
    expect(bare.fillers.perMinute).toBeNull();
  });
});

describe("waveform", () => {
  it("has ~1000 points in [0, 1] with the loudest at 1", () => {
    const samples = new Float32Array(20 * 22050);
    samples.set(sineTone(200, 10_000, 22050), 10 * 22050); // silent first half
    const wave = analyseSpeech({ samples, sampleRate: 22050 }).waveform;
    expect(wave).toHaveLength(1000);
    expect(wave.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(Math.max(...wave)).toBe(1);
    expect(wave.slice(0, 500).every((v) => v === 0)).toBe(true);
    expect(wave.slice(501).every((v) => v > 0.9)).toBe(true);
    expect(waveformPeaks(new Float32Array(10))).toHaveLength(10);
    expect(waveformPeaks(new Float32Array(0))).toEqual([]);
  });
});

describe("scoring against norms", () => {
  it("places words per minute in the 120–160 band", () => {
    expect(scoreWordsPerMinute(140)).toMatchObject({ verdict: "within", score: 100, band: { low: 120, high: 160 } });
    const fast = scoreWordsPerMinute(200);
    expect(fast.verdict).toBe("high");
    expect(fast.score).toBeLessThan(50);
    const slow = scoreWordsPerMinute(90);
    expect(slow.verdict).toBe("low");
    expect(slow.score).toBe(50);
    expect(scoreWordsPerMinute(190).score).toBe(50);
    expect(scoreWordsPerMinute(300).score).toBe(0);
    expect(fast.explanation).toMatch(/200 words per minute/);
  });

  it("uses the syllable band (1.5 syllables per word) without a transcript", () => {
    const band = scoreSyllableRate(3.5);
    expect(band.band.low).toBeCloseTo(3.0, 6);
    expect(band.band.high).toBeCloseTo(4.0, 6);
    expect(band.verdict).toBe("within");
    expect(scoreSyllableRate(5).verdict).toBe("high");
    expect(scoreSyllableRate(2).verdict).toBe("low");
    expect(band.explanation).toMatch(/1\.5 syllables per word/);
  });

  it("scores fillers, thinking time, long pauses and pitch variability", () => {
    expect(scoreFillersPerMinute(3).verdict).toBe("within");
    expect(scoreFillersPerMinute(12)).toMatchObject({ verdict: "high", score: 30 });
    expect(scoreThinkingTime(2).verdict).toBe("within");
    expect(scoreThinkingTime(0.3)).toMatchObject({ verdict: "low" });
    expect(scoreThinkingTime(0.3).score).toBeGreaterThanOrEqual(70);
    expect(scoreThinkingTime(6).verdict).toBe("high");
    expect(scoreLongestPause(1.2).verdict).toBe("within");
    expect(scoreLongestPause(4).verdict).toBe("high");
    expect(scorePitchVariability(1).verdict).toBe("low");
    expect(scorePitchVariability(4).verdict).toBe("within");
  });

  it("aggregates the metrics that apply", () => {
    const sampleRate = 16000;
    const samples = new Float32Array(12 * sampleRate);
    samples.set(sineTone(150, 10_000, sampleRate), 2 * sampleRate); // 2 s thinking time, 10 s of "speech"
    const text = Array.from({ length: 25 }, (_, i) => (i === 5 ? "um" : "word")).join(" ");
    const scores = scoreSpeech(analyseSpeech({ samples, sampleRate, transcript: { text } }));
    expect(scores.pace?.value).toBeCloseTo(150, 0);
    expect(scores.pace?.verdict).toBe("within");
    expect(scores.thinkingTime?.verdict).toBe("within");
    expect(scores.fillers?.value).toBeCloseTo(6, 0);
    expect(scores.pitchVariability?.verdict).toBe("low"); // a pure tone is monotone
    expect(scores.aggregate).not.toBeNull();
    expect(scores.aggregate as number).toBeGreaterThan(0);
    expect(scores.aggregate as number).toBeLessThan(100);
    const silent = scoreSpeech(analyseSpeech({ samples: new Float32Array(sampleRate), sampleRate }));
    expect(silent.aggregate).toBeNull();
  });
});
