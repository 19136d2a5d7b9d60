import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Speech test audio, generated at test time (nothing binary is committed):
 * espeak-ng synthesis into a temp dir, a 16-bit PCM WAV writer/reader, silence
 * insertion and pure tones.
 */

export type Pcm = { samples: Float32Array; sampleRate: number };

let espeakChecked: boolean | undefined;

/** True when `espeak-ng` can be run. */
export function hasEspeak(): boolean {
  if (espeakChecked === undefined) {
    const probe = spawnSync("espeak-ng", ["--version"], { encoding: "utf8" });
    espeakChecked = probe.status === 0;
  }
  return espeakChecked;
}

/** Reason to print when espeak-ng tests are skipped. */
export const ESPEAK_MISSING = "espeak-ng is not installed (apt-get install espeak-ng); speech-synthesis tests are skipped.";

export function makeTempDir(prefix = "darasa-speech-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type EspeakOptions = { wpm: number; voice: string; text: string; dir: string; name?: string };

/** Synthesise `text` with espeak-ng (`-s wpm -v voice`) and return the WAV bytes (espeak writes 22.05 kHz mono 16-bit). */
export function espeakWav(options: EspeakOptions): Uint8Array {
  const file = path.join(options.dir, `${options.name ?? `${options.voice}-${options.wpm}-${Date.now()}`}.wav`.replace(/[^\w.+-]/g, "_"));
  execFileSync("espeak-ng", ["-s", String(options.wpm), "-v", options.voice, "-w", file, options.text], { stdio: ["ignore", "ignore", "pipe"] });
  return new Uint8Array(readFileSync(file));
}

/** espeak-ng's own phoneme transcription (IPA), for counting the vowels it actually speaks. */
export function espeakIpa(text: string, voice: string): string {
  return execFileSync("espeak-ng", ["-q", "--ipa", "-v", voice, text], { encoding: "utf8" });
}

/** 16-bit PCM mono WAV (RIFF/WAVE, canonical 44-byte header). Samples are clipped to [-1, 1]. */
export function writeWav(pcm: Pcm): Uint8Array {
  const { samples, sampleRate } = pcm;
  const dataBytes = samples.length * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const ascii = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i] as number));
    view.setInt16(44 + i * 2, v < 0 ? Math.round(v * 0x8000) : Math.round(v * 0x7fff), true);
  }
  return new Uint8Array(buffer);
}

/** Reads 16-bit PCM WAV (any channel count, mixed down to mono), walking the RIFF chunks. */
export function readWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.byteLength < 12 || tag(0) !== "RIFF" || tag(8) !== "WAVE") throw new Error("not a RIFF/WAVE file");
  let offset = 12;
  let channels = 1;
  let sampleRate = 0;
  let bits = 0;
  while (offset + 8 <= bytes.byteLength) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === "fmt ") {
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
    } else if (id === "data") {
      if (bits !== 16) throw new Error(`only 16-bit PCM is supported, got ${bits}-bit`);
      // espeak-ng writes 0x7fffffff as the data size when streaming; clamp to the file.
      const available = Math.min(size, bytes.byteLength - body);
      const frames = Math.floor(available / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += view.getInt16(body + (i * channels + c) * 2, true) / 0x8000;
        samples[i] = sum / channels;
      }
      return { samples, sampleRate };
    }
    offset = body + size + (size % 2);
  }
  throw new Error("WAV has no data chunk");
}

/** A copy of the WAV with `durationMs` of digital silence inserted at `atMs`. */
export function insertSilence(wav: Uint8Array, atMs: number, durationMs: number): Uint8Array {
  const { samples, sampleRate } = readWav(wav);
  const at = Math.min(samples.length, Math.round((atMs / 1000) * sampleRate));
  const gap = Math.round((durationMs / 1000) * sampleRate);
  const out = new Float32Array(samples.length + gap);
  out.set(samples.subarray(0, at), 0);
  out.set(samples.subarray(at), at + gap);
  return writeWav({ samples: out, sampleRate });
}

/** Concatenate PCM clips (same sample rate), with optional silences (ms) between them. */
export function concatPcm(clips: Pcm[], gapMs = 0): Pcm {
  const sampleRate = clips[0]?.sampleRate ?? 22050;
  const gap = Math.round((gapMs / 1000) * sampleRate);
  const total = clips.reduce((n, c) => n + c.samples.length, 0) + gap * Math.max(0, clips.length - 1);
  const out = new Float32Array(total);
  let offset = 0;
  clips.forEach((clip, i) => {
    if (clip.sampleRate !== sampleRate) throw new Error("concatPcm: sample rates differ");
    out.set(clip.samples, offset);
    offset += clip.samples.length + (i < clips.length - 1 ? gap : 0);
  });
  return { samples: out, sampleRate };
}

/** Pure sine at `freqHz`, amplitude 0.5, with 10 ms raised-cosine fades. */
export function sineTone(freqHz: number, ms: number, sampleRate: number): Float32Array {
  return glide(freqHz, freqHz, ms, sampleRate);
}

/** Sine whose frequency moves exponentially from `fromHz` to `toHz` (a constant rate in semitones/s). */
export function glide(fromHz: number, toHz: number, ms: number, sampleRate: number): Float32Array {
  const n = Math.round((ms / 1000) * sampleRate);
  const out = new Float32Array(n);
  const fade = Math.round(0.01 * sampleRate);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const f = fromHz * (toHz / fromHz) ** (i / Math.max(1, n - 1));
    phase += (2 * Math.PI * f) / sampleRate;
    const env = Math.min(1, i / fade, (n - 1 - i) / fade);
    out[i] = 0.5 * env * Math.sin(phase);
  }
  return out;
}

/** Index of the first sample whose magnitude exceeds `fraction` of the clip's peak. */
export function firstSoundSample(samples: Float32Array, fraction = 0.02): number {
  let peak = 0;
  for (const v of samples) peak = Math.max(peak, Math.abs(v));
  const limit = peak * fraction;
  for (let i = 0; i < samples.length; i++) if (Math.abs(samples[i] as number) > limit) return i;
  return samples.length;
}

/** Deterministic white noise (xorshift32) at a given RMS level in dBFS. */
export function whiteNoise(length: number, rmsDb: number, seed = 12345): Float32Array {
  const out = new Float32Array(length);
  const amp = 10 ** (rmsDb / 20) * Math.sqrt(3); // uniform in [-a, a] has RMS a/√3
  let s = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = amp * ((s / 0xffffffff) * 2 - 1);
  }
  return out;
}

/**
 * Syllables in English text by a simple, documented heuristic: per word, count
 * groups of consecutive vowels (a, e, i, o, u, y), then drop a final silent
 * "e" (but not "-le" after a consonant, as in "table"), and drop the "e" of a
 * final "-ed" unless it follows t/d ("wanted" keeps two, "moved" has one), and
 * of a final "-es" unless it follows a sibilant spelling s/x/z/ch/sh/c/g
 * ("gives" has one, "services" three); at least one per word. Known misses:
 * compounds with an inner silent "e" ("useful"), "our"/"hour" (one or two),
 * "every" (two or three) — the test texts avoid them and are checked against
 * espeak-ng's own phonemes. Digits are not expected in the test texts.
 */
export function countSyllables(text: string): number {
  return words(text).reduce((sum, w) => sum + syllablesInWord(w), 0);
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z']+/)
    .map((w) => w.replace(/'/g, ""))
    .filter((w) => w.length > 0);
}

export function syllablesInWord(word: string): number {
  const groups = word.match(/[aeiouy]+/g)?.length ?? 0;
  let count = groups;
  if (word.length > 2 && word.endsWith("e") && !/[aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) count--;
  else if (word.length > 3 && /[^aeiouytd]ed$/.test(word)) count--;
  else if (word.length > 3 && /[^aeiouy]es$/.test(word) && !/(s|x|z|ch|sh|c|g)es$/.test(word)) count--;
  return Math.max(1, count);
}
