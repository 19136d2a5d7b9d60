import { analyseSpeech } from "../../src/speech/analyse";
import { decodeAudio } from "../../src/speech/decode";
import type { SpeechMetrics } from "../../src/speech/types";
import { espeakWav, firstSoundSample, readWav, writeWav, type Pcm } from "../../tests/support/speechAudio";
import {
  buildPauseItem,
  readAsteriskBytes,
  referenceSpanS,
  upsample,
  type AsteriskFile,
  type EspeakSet,
  type NoiseKind,
  type PauseItem,
  type Split,
} from "./sets";

/**
 * The figures of the speech evaluation, shared by eval/speech.ts (frozen test
 * split and dev split) and the unit tests (dev split). Every figure is
 * computed from the engine's output against the stored truth; nothing here
 * knows the engine's parameters.
 */

/** Analysis time is summed over every call, to report the real-time factor. */
export type Clock = { audioMs: number; analysisMs: number };
export const newClock = (): Clock => ({ audioMs: 0, analysisMs: 0 });

async function analyseBytes(bytes: Uint8Array, clock: Clock): Promise<SpeechMetrics> {
  const start = performance.now();
  const audio = await decodeAudio(bytes);
  const metrics = analyseSpeech({ samples: audio.samples, sampleRate: audio.sampleRate });
  clock.analysisMs += performance.now() - start;
  clock.audioMs += audio.durationMs;
  return metrics;
}

export const analysePcm = (pcm: Pcm, clock: Clock) => analyseBytes(writeWav(pcm), clock);

/** One analysis per prompt and sample rate, shared by the rate and pitch figures. */
const promptCache = new Map<string, SpeechMetrics>();
async function analysePrompt(name: string, upsampleBy: number, clock: Clock): Promise<SpeechMetrics> {
  const key = `${name}@${upsampleBy}`;
  const cached = promptCache.get(key);
  if (cached) return cached;
  let bytes = readAsteriskBytes(name);
  if (upsampleBy > 1) bytes = writeWav(upsample(readWav(bytes), upsampleBy));
  const metrics = await analyseBytes(bytes, clock);
  promptCache.set(key, metrics);
  return metrics;
}

export type RateRow = { name: string; truth: number; detected: number; truthRate: number; rate: number; error: number; wpmError?: number };
export type RateSummary = { files: number; within10: number; medianError: number; meanAbsError: number; countMedianError: number; rows: RateRow[] };

/** Words per minute from the audio alone (syllable rate ÷ SYLLABLES_PER_WORD) against the transcript's words over the reference span. */
export function summariseWpm(s: RateSummary): { files: number; within10: number; medianError: number } {
  const errors = s.rows.flatMap((r) => (r.wpmError === undefined ? [] : [r.wpmError]));
  return { files: errors.length, within10: errors.filter((e) => Math.abs(e) <= 0.1).length / Math.max(1, errors.length), medianError: median(errors) };
}

/** A fixed guess for comparison: every file at the median truth rate of the set (one speaker reads at a fairly steady pace). */
export function constantGuess(s: RateSummary): number {
  const m = median(s.rows.map((r) => r.truthRate));
  return s.rows.filter((r) => Math.abs(m / r.truthRate - 1) <= 0.1).length / Math.max(1, s.rows.length);
}

const median = (xs: number[]) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function summariseRates(rows: RateRow[]): RateSummary {
  return {
    files: rows.length,
    within10: rows.filter((r) => Math.abs(r.error) <= 0.1).length / Math.max(1, rows.length),
    medianError: median(rows.map((r) => r.error)),
    meanAbsError: rows.reduce((s, r) => s + Math.abs(r.error), 0) / Math.max(1, rows.length),
    countMedianError: median(rows.map((r) => r.detected / r.truth - 1)),
    rows,
  };
}

/**
 * Syllable rate of recorded prompts: the engine's syllables over its answer
 * span against the transcript's syllables over Praat's −25 dB speech span.
 * `upsampleBy` plays the 8 kHz telephone audio at a browser rate.
 */
export async function measureRealRates(
  files: AsteriskFile[],
  clock: Clock,
  options: { upsampleBy?: number; truth?: "cmu" | "espeak" } = {},
): Promise<RateSummary> {
  const rows: RateRow[] = [];
  for (const file of files) {
    const m = await analysePrompt(file.name, options.upsampleBy ?? 1, clock);
    const truth = (options.truth === "espeak" ? file.espeakSyllables : file.syllables) as number;
    const truthRate = truth / referenceSpanS(file);
    const rate = m.answerSpanMs > 0 ? m.syllables / (m.answerSpanMs / 1000) : 0;
    const truthWpm = ((file.words as number) / referenceSpanS(file)) * 60;
    rows.push({
      name: file.name,
      truth,
      detected: m.syllables,
      truthRate,
      rate,
      error: rate / truthRate - 1,
      wpmError: m.estimatedWordsPerMinute / truthWpm - 1,
    });
  }
  return summariseRates(rows);
}

/**
 * espeak-ng answers (split by text; every voice and rate of the set): the
 * engine's rate over its answer span against espeak's own phoneme count over
 * the span from the first to the last sample above 2% of the peak.
 */
export async function measureEspeakRates(set: EspeakSet, split: Split, dir: string, clock: Clock): Promise<RateSummary> {
  const rows: RateRow[] = [];
  for (const text of set.texts.filter((t) => t.split === split)) {
    for (const voice of set.voices) {
      for (const wpm of set.rates) {
        const wav = espeakWav({ wpm, voice, text: text.text, dir, name: `${text.id}-${voice}-${wpm}` });
        const pcm = readWav(wav);
        const first = firstSoundSample(pcm.samples);
        const last = pcm.samples.length - firstSoundSample(pcm.samples.slice().reverse());
        const spanS = Math.max(1, last - first) / pcm.sampleRate;
        const m = await analyseBytes(wav, clock);
        const truth = text.syllablesByVoice[voice] as number;
        const truthRate = truth / spanS;
        const rate = m.answerSpanMs > 0 ? m.syllables / (m.answerSpanMs / 1000) : 0;
        rows.push({ name: `${text.id} ${voice} ${wpm}`, truth, detected: m.syllables, truthRate, rate, error: rate / truthRate - 1 });
      }
    }
  }
  return summariseRates(rows);
}

export type PitchRow = { name: string; praatHz: number; hz: number | null; cents: number | null };
export type PitchSummary = { files: number; within50: number; medianCents: number; noPitch: number; rows: PitchRow[] };

/** Engine pitch median against Praat's (`To Pitch` defaults), in cents; no pitch at all counts as a miss. */
export async function measurePitch(files: AsteriskFile[], clock: Clock, options: { upsampleBy?: number } = {}): Promise<PitchSummary> {
  const rows: PitchRow[] = [];
  for (const file of files) {
    const m = await analysePrompt(file.name, options.upsampleBy ?? 1, clock);
    const praatHz = file.praatPitchMedianHz as number;
    const hz = m.pitch.medianHz;
    rows.push({ name: file.name, praatHz, hz, cents: hz === null ? null : 1200 * Math.log2(hz / praatHz) });
  }
  const cents = rows.flatMap((r) => (r.cents === null ? [] : [r.cents]));
  return {
    files: rows.length,
    within50: rows.filter((r) => r.cents !== null && Math.abs(r.cents) <= 50).length / Math.max(1, rows.length),
    medianCents: median(cents),
    noPitch: rows.filter((r) => r.cents === null).length,
    rows,
  };
}

export type PauseRow = { id: string; truth: number; found: number; pass: boolean; worstEdgeMs: number; passSilences: boolean; leadErrorMs: number | null };
export type PauseSummary = { items: number; within100: number; silencesWithin100: number; meanFound: number; leadWithin100: number; rows: PauseRow[] };

/** Largest start or end error of the found pause nearest to each true pause (infinite when none was found). */
function worstEdgeMs(truths: { startMs: number; endMs: number }[], found: { startMs: number; endMs: number }[]): number {
  let worst = 0;
  for (const truth of truths) {
    const nearest = found.reduce<{ startMs: number; endMs: number } | null>(
      (best, p) => (best === null || Math.abs(p.startMs - truth.startMs) < Math.abs(best.startMs - truth.startMs) ? p : best),
      null,
    );
    worst = Math.max(worst, nearest ? Math.max(Math.abs(nearest.startMs - truth.startMs), Math.abs(nearest.endMs - truth.endMs)) : Number.POSITIVE_INFINITY);
  }
  return worst;
}

export function summarisePauses(rows: PauseRow[]): PauseSummary {
  const n = Math.max(1, rows.length);
  return {
    items: rows.length,
    within100: rows.filter((r) => r.pass).length / n,
    silencesWithin100: rows.filter((r) => r.passSilences).length / n,
    meanFound: rows.reduce((s, r) => s + r.found, 0) / n,
    leadWithin100: rows.filter((r) => r.leadErrorMs !== null && Math.abs(r.leadErrorMs) <= 100).length / n,
    rows,
  };
}

/**
 * An item passes when the engine finds exactly its true pauses, each start and
 * end within ±100 ms of the −25 dB speech edges (a missed or an extra pause
 * fails the item). `passSilences` is the same against the inserted silences
 * alone, i.e. counting every faint tail (down to −40 dB) as speech.
 */
export async function measurePauses(
  items: PauseItem[],
  files: Map<string, AsteriskFile>,
  noise: NoiseKind,
  snrDb: number,
  clock: Clock,
): Promise<PauseSummary> {
  const rows: PauseRow[] = [];
  for (const item of items) {
    const built = buildPauseItem(item, files, noise, snrDb);
    const m = await analysePcm(built.pcm, clock);
    const countOk = m.pauses.count === built.pauses.length;
    const worst = worstEdgeMs(built.pauses, m.pauses.list);
    rows.push({
      id: item.id,
      truth: built.pauses.length,
      found: m.pauses.count,
      pass: countOk && worst <= 100,
      worstEdgeMs: worst,
      passSilences: countOk && worstEdgeMs(built.silences, m.pauses.list) <= 100,
      leadErrorMs: m.thinkingTimeMs === null ? null : m.thinkingTimeMs - built.leadMs,
    });
  }
  return summarisePauses(rows);
}

export const realTimeFactor = (clock: Clock) => (clock.analysisMs > 0 ? clock.audioMs / clock.analysisMs : Number.POSITIVE_INFINITY);
