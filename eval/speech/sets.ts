import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readWav, type Pcm } from "../../tests/support/speechAudio";

/**
 * The frozen speech evaluation sets (tests/fixtures/eval/speech, made once by
 * make.ts there): loading them and building their audio. The asterisk audio is
 * read from Debian's package, never copied into the repository.
 */

export const ASTERISK_DIR = "/usr/share/asterisk/sounds/en";
export const TRANSCRIPTS = "/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz";
export const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/eval/speech");
export const ASTERISK_MISSING = `The recorded-speech evaluation set needs ${ASTERISK_DIR}: apt-get install asterisk-core-sounds-en-wav asterisk-core-sounds-en`;

/**
 * A rate is judged only on prompts of at least this many syllables: at n
 * syllables one syllable is 100/n %, so below 10 a ±10% window asks for an
 * exact count and mostly measures rounding.
 */
export const MIN_RATE_SYLLABLES = 10;
/** Praat voiced frames (10 ms) a prompt needs to have a pitch median worth comparing. */
export const MIN_PITCH_FRAMES = 20;

export type Split = "dev" | "test";

export type AsteriskFile = {
  name: string;
  split: Split;
  group: string;
  transcript: string | null;
  /** Why the transcript cannot give a syllable count (null when it can). */
  excluded: string | null;
  words: number | null;
  /** Truth: CMU Pronouncing Dictionary (primary pronunciation), spelling rules for the few words it lacks. */
  syllables: number | null;
  /** Second opinion: espeak-ng's dictionary (it reduces e.g. "conference" to two). */
  espeakSyllables: number | null;
  /** Third opinion: spelling rules alone. */
  ruleSyllables: number | null;
  durationS: number;
  /** Praat "To Pitch" defaults; null for non-speech prompts. */
  praatPitchMedianHz: number | null;
  praatVoicedFrames: number;
  /** First and last 10 ms where Praat's intensity is within 40 dB of the file's loudest, seconds: the audio a clip keeps. */
  speech: [number, number];
  /**
   * The same within 25 dB: the speech edges that pause and span truth use, after
   * the convention of the fluency literature (Praat's default silence
   * threshold; de Jong & Wempe 2009). What lies between the two edges is a
   * fading tail or breath, at 20 dB SNR already below the noise.
   */
  speech25: [number, number];
  /** Praat "To TextGrid (silences)" sounding intervals, seconds (only the interior silences between them are used). */
  sounding: [number, number][];
};

export type PauseItem = {
  id: string;
  clips: string[];
  leadMs: number;
  gapsMs: number[];
  tailMs: number;
  noiseSeed: number;
  babble: string[];
};

export type EspeakText = { id: string; split: Split; text: string; words: number; syllablesByVoice: Record<string, number> };
export type EspeakSet = { voices: string[]; rates: number[]; texts: EspeakText[] };

export function assertAsteriskInstalled(): void {
  if (!existsSync(ASTERISK_DIR)) throw new Error(ASTERISK_MISSING);
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")) as T;
}

export function loadAsterisk(): AsteriskFile[] {
  return readJson<{ files: AsteriskFile[] }>("asterisk.json").files;
}

export function loadPauseItems(split: Split): PauseItem[] {
  return readJson<Record<Split, PauseItem[]>>("pauses.json")[split];
}

export function loadEspeakSet(): EspeakSet {
  return readJson<EspeakSet>("espeak.json");
}

export function rateSet(files: AsteriskFile[], split: Split): AsteriskFile[] {
  return files.filter((f) => f.split === split && f.excluded === null && (f.syllables ?? 0) >= MIN_RATE_SYLLABLES);
}

export function pitchSet(files: AsteriskFile[], split: Split): AsteriskFile[] {
  return files.filter((f) => f.split === split && f.praatPitchMedianHz !== null && f.praatVoicedFrames >= MIN_PITCH_FRAMES);
}

/** Reference speech span (Praat speech edges at −25 dB), seconds. */
export function referenceSpanS(file: AsteriskFile): number {
  return file.speech25[1] - file.speech25[0];
}

export function asteriskPath(name: string): string {
  return path.join(ASTERISK_DIR, `${name}.wav`);
}

export function readAsteriskBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(asteriskPath(name)));
}

export function readAsterisk(name: string): Pcm {
  return readWav(readAsteriskBytes(name));
}

/** Small deterministic PRNG (Mulberry32), uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type NoiseKind = "clean" | "white" | "babble";

export type BuiltPauseItem = {
  pcm: Pcm;
  /** True pauses between the clips, ms: from the end of one clip's speech to the start of the next (−25 dB edges). */
  pauses: { startMs: number; endMs: number }[];
  /** Thinking time: the lead silence plus the first clip's quiet start before its −25 dB edge. */
  leadMs: number;
  /** The inserted silences alone (−40 dB edges, the clips' full extent). */
  silences: { startMs: number; endMs: number }[];
};

/**
 * The item's audio: lead silence, the three clips cut to their −40 dB
 * speech edges with the known silences between them, a tail, and noise over
 * the whole length at `snrDb` below the mean power of the clips (white:
 * Gaussian; babble: six other prompts summed, each at equal power, looped from
 * random offsets). The truth pauses run between the clips' −25 dB edges.
 */
export function buildPauseItem(item: PauseItem, files: Map<string, AsteriskFile>, noise: NoiseKind, snrDb: number): BuiltPauseItem {
  const clips = item.clips.map((name) => {
    const pcm = readAsterisk(name);
    const file = files.get(name);
    const span = file?.speech ?? [0, pcm.samples.length / pcm.sampleRate];
    const inner = file?.speech25 ?? span;
    return {
      pcm,
      start: Math.round(span[0] * pcm.sampleRate),
      end: Math.min(pcm.samples.length, Math.round(span[1] * pcm.sampleRate)),
      quietStartMs: Math.max(0, inner[0] - span[0]) * 1000,
      quietEndMs: Math.max(0, span[1] - inner[1]) * 1000,
    };
  });
  const sampleRate = clips[0]?.pcm.sampleRate ?? 8000;
  const toSamples = (ms: number) => Math.round((ms / 1000) * sampleRate);
  const total =
    toSamples(item.leadMs) + clips.reduce((n, c) => n + c.end - c.start, 0) + item.gapsMs.reduce((n, g) => n + toSamples(g), 0) + toSamples(item.tailMs);
  const out = new Float32Array(total);
  const pauses: BuiltPauseItem["pauses"] = [];
  const silences: BuiltPauseItem["silences"] = [];
  let at = toSamples(item.leadMs);
  let speechEnergy = 0;
  let speechSamples = 0;
  clips.forEach((clip, i) => {
    for (let j = clip.start; j < clip.end; j++) {
      const v = clip.pcm.samples[j] as number;
      out[at++] = v;
      speechEnergy += v * v;
      speechSamples++;
    }
    const gap = item.gapsMs[i];
    const next = clips[i + 1];
    if (next && gap !== undefined) {
      const startMs = (at / sampleRate) * 1000;
      at += toSamples(gap);
      const endMs = (at / sampleRate) * 1000;
      silences.push({ startMs, endMs });
      pauses.push({ startMs: startMs - clip.quietEndMs, endMs: endMs + next.quietStartMs });
    }
  });
  if (noise !== "clean") {
    const n = noise === "white" ? gaussianNoise(total, item.noiseSeed) : babbleNoise(total, item, files);
    let noiseEnergy = 0;
    for (let i = 0; i < total; i++) noiseEnergy += (n[i] as number) ** 2;
    const gain = Math.sqrt(speechEnergy / speechSamples / 10 ** (snrDb / 10) / (noiseEnergy / total));
    for (let i = 0; i < total; i++) out[i] = (out[i] as number) + gain * (n[i] as number);
  }
  return { pcm: { samples: out, sampleRate }, pauses, silences, leadMs: item.leadMs + (clips[0]?.quietStartMs ?? 0) };
}

function gaussianNoise(length: number, seed: number): Float32Array {
  const rand = mulberry32(seed);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rand()));
    const phi = 2 * Math.PI * rand();
    out[i] = r * Math.cos(phi);
    if (i + 1 < length) out[i + 1] = r * Math.sin(phi);
  }
  return out;
}

function babbleNoise(length: number, item: PauseItem, files: Map<string, AsteriskFile>): Float32Array {
  const rand = mulberry32(item.noiseSeed);
  const out = new Float32Array(length);
  for (const name of item.babble) {
    const pcm = readAsterisk(name);
    const [s, e] = files.get(name)?.speech ?? [0, pcm.samples.length / pcm.sampleRate];
    // Only the talker's speech, so the babble has no silent stretches of its own at the loop points.
    const voice = pcm.samples.subarray(Math.round(s * pcm.sampleRate), Math.round(e * pcm.sampleRate));
    let energy = 0;
    for (const v of voice) energy += v * v;
    const scale = 1 / Math.sqrt(energy / Math.max(1, voice.length) || 1);
    let j = Math.floor(rand() * voice.length);
    for (let i = 0; i < length; i++) {
      out[i] = (out[i] as number) + scale * (voice[j] as number);
      j = (j + 1) % voice.length;
    }
  }
  return out;
}

/**
 * Band-limited resampling by an integer factor (windowed-sinc interpolation,
 * Hann window of ±16 input samples, one precomputed filter per output phase),
 * to check the engine on telephone audio at browser sample rates.
 */
export function upsample(pcm: Pcm, factor: number): Pcm {
  const { samples } = pcm;
  const half = 16;
  const phases = Array.from({ length: factor }, (_, p) => {
    const taps = new Float64Array(2 * half);
    for (let j = 0; j < 2 * half; j++) {
      const x = p / factor - (j - half + 1); // distance from input sample (centre − half + 1 + j)
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      taps[j] = sinc * (0.5 + 0.5 * Math.cos((Math.PI * x) / half));
    }
    return taps;
  });
  const out = new Float32Array(samples.length * factor);
  for (let centre = 0; centre < samples.length; centre++) {
    for (let p = 0; p < factor; p++) {
      const taps = phases[p] as Float64Array;
      let sum = 0;
      for (let j = 0; j < 2 * half; j++) {
        const k = centre - half + 1 + j;
        if (k >= 0 && k < samples.length) sum += (samples[k] as number) * (taps[j] as number);
      }
      out[centre * factor + p] = sum;
    }
  }
  return { samples: out, sampleRate: pcm.sampleRate * factor };
}
