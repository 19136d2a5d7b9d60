import { bandPass } from "./filters";
import { blockEnergies, frameLevelsDb, HOP_MS, mean, quantile, std } from "./frames";
import { extraFillers, findFillers, tokenize } from "./fillers";
import { createPitchTracker, semitones, toPitchSignal, VOICING_THRESHOLD } from "./pitch";
import { detectSyllableNuclei, sonorityContour } from "./syllables";
import type { FillerHit, Interval, Moment, Pause, SpeechInput, SpeechMetrics } from "./types";
import { LONG_PAUSE_MS, MIN_VOICED_FRAMES, MONOTONE_SEMITONES, SYLLABLES_PER_WORD } from "./norms";
import { detectVoiceActivity, MIN_PAUSE_MS } from "./vad";
import { waveformPeaks } from "./waveform";

/**
 * Speech analytics for one recorded answer. Frame based (10 ms hop), one pass
 * for energies, YIN only on and around frames already classified as speech:
 *
 * - voice activity, speaking/silence time, segments, pauses: vad.ts
 *   (pauses ≥ 250 ms, Goldman-Eisler 1968; de Jong & Bosker 2013), on the
 *   full-band levels and the levels of the 100–900 Hz voice band;
 * - syllables and rates: syllables.ts (de Jong & Wempe 2009);
 * - pitch: pitch.ts (YIN, de Cheveigné & Kawahara 2002), summarised here;
 * - loudness: mean and SD of speech-frame levels in dBFS (recording gain
 *   shifts the mean, so only the SD is comparable across devices);
 * - fillers: fillers.ts; waveform: waveform.ts; norms/scores: score.ts
 *   (scoreSpeech is re-exported here).
 */

export { LONG_PAUSE_MS, MONOTONE_SEMITONES, SYLLABLES_PER_WORD } from "./norms";
export { scoreSpeech } from "./score";

/** The voice band (Hz) the VAD also listens to: F0 and first formant, where voiced speech keeps most of its power. */
export const VOICE_BAND_HZ = [100, 900] as const;
/** Pitch frames for the F0 statistics are taken every 10 ms (Praat's hop at its default 75 Hz floor). */
export const PITCH_HOP_MS = 10;
/**
 * Frames more than this below the loudest frame count as silence for the F0
 * statistics: Praat's default silence threshold (0.03 of the global peak
 * amplitude, i.e. −30 dB), so that our median and Praat's describe the same
 * frames.
 */
export const PITCH_SILENCE_DB = -30;
/** F0 frames are also taken this far beyond a segment's edges, where the VAD (set for pauses) has cut a fading phrase end. */
export const PITCH_MARGIN_MS = 200;
/** Pitch estimates further than this from the median are treated as octave errors and ignored. */
const OCTAVE_ERROR_SEMITONES = 10;
/** A VAD segment needs this many voiced pitch frames (40 ms) to count as speech. */
const MIN_VOICED_PER_SEGMENT = 4;

export function analyseSpeech(input: SpeechInput): SpeechMetrics {
  const { samples, sampleRate, transcript } = input;
  const durationMs = (samples.length / sampleRate) * 1000;
  const energies = blockEnergies(samples, sampleRate, HOP_MS);
  const levels = frameLevelsDb(energies, 3);
  // Band analyses run on the 8 kHz pitch signal, the same for telephone and browser audio.
  const pitchSignal = toPitchSignal(samples, sampleRate);
  const voiceBand = frameLevelsDb(
    blockEnergies(bandPass(pitchSignal.samples, pitchSignal.sampleRate, VOICE_BAND_HZ[0], VOICE_BAND_HZ[1]), pitchSignal.sampleRate, HOP_MS),
    3,
  );
  const vad = detectVoiceActivity(levels, HOP_MS, MIN_PAUSE_MS, [fitLength(voiceBand, levels.length)]);

  // Pitch on and around speech segments, every PITCH_HOP_MS: voicing on the
  // frames the VAD marked active; F0 statistics on every frame within
  // PITCH_MARGIN_MS of a segment and within PITCH_SILENCE_DB of the loudest
  // (Praat's frames: the VAD's threshold is set for pauses and leaves out the
  // quiet, low-pitched ends of phrases). A segment with fewer than
  // MIN_VOICED_PER_SEGMENT voiced active frames is steady noise, a click train
  // or a breath, not speech, and is dropped.
  const pitchAt = createPitchTracker(pitchSignal);
  const pitchFloorDb = maxOf(levels) + PITCH_SILENCE_DB;
  const f0: number[] = [];
  const segments: Interval[] = [];
  let nextT = PITCH_HOP_MS / 2; // frames shared by two segments' margins are taken once
  for (const seg of vad.segments) {
    const before = f0.length;
    let voiced = 0;
    const from = Math.max(nextT, seg.startMs - PITCH_MARGIN_MS + PITCH_HOP_MS / 2);
    const to = Math.min(durationMs, seg.endMs + PITCH_MARGIN_MS);
    for (let t = from; t < to; t += PITCH_HOP_MS) {
      nextT = t + PITCH_HOP_MS;
      const k = Math.floor(t / HOP_MS);
      const isActive = vad.active[k] === 1 && t > seg.startMs && t < seg.endMs;
      if (!isActive && !((levels[k] as number) >= pitchFloorDb)) continue;
      const hz = pitchAt(t);
      if (hz === null) continue;
      if (isActive) voiced++;
      if ((levels[k] as number) >= pitchFloorDb) f0.push(hz);
    }
    if (voiced >= MIN_VOICED_PER_SEGMENT) segments.push(seg);
    else f0.length = before;
  }

  const first = segments[0];
  const last = segments[segments.length - 1];
  const speakingMs = segments.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);
  const thinkingTimeMs = first ? first.startMs : null;
  const trailingSilenceMs = last ? Math.max(0, durationMs - last.endMs) : 0;
  const answerSpanMs = first && last ? last.endMs - first.startMs : 0;
  const pauses = pausesBetween(segments);
  const pitch = summarisePitch(f0);

  const voicingAt = createPitchTracker(pitchSignal, VOICING_THRESHOLD);
  const nuclei = detectSyllableNuclei(sonorityContour(pitchSignal, levels.length, HOP_MS), segments, (t) => voicingAt(t) !== null, HOP_MS);
  const syllables = nuclei.timesMs.length;
  const rate = (ms: number) => (ms > 0 ? syllables / (ms / 1000) : 0);
  const syllablesPerSecond = { articulation: rate(speakingMs), speech: rate(durationMs), answer: rate(answerSpanMs) };

  // Loudness of frames that are both inside a segment and active.
  const speechLevels: number[] = [];
  for (const seg of segments) {
    for (let k = Math.round(seg.startMs / HOP_MS); k < Math.round(seg.endMs / HOP_MS); k++) if (vad.active[k]) speechLevels.push(levels[k] as number);
  }

  let words: number | null = null;
  let wordsPerMinute: number | null = null;
  let articulationWordsPerMinute: number | null = null;
  const fillers: SpeechMetrics["fillers"] = { count: null, perMinute: null, hits: [] };
  if (transcript) {
    const tokens = tokenize(transcript);
    words = tokens.length;
    const hits = findFillers(tokens, undefined, extraFillers(input.extraFillers));
    // Without audio speech (e.g. a silent file) fall back to the transcript's own timing or the whole duration.
    const spanMs = answerSpanMs > 0 ? answerSpanMs : durationMs;
    wordsPerMinute = spanMs > 0 ? words / (spanMs / 60000) : null;
    articulationWordsPerMinute = speakingMs > 0 ? words / (speakingMs / 60000) : null;
    fillers.count = hits.length;
    fillers.perMinute = spanMs > 0 ? hits.length / (spanMs / 60000) : null;
    fillers.hits = hits;
  }

  return {
    durationMs,
    speakingMs,
    silenceMs: Math.max(0, durationMs - speakingMs),
    segments,
    thinkingTimeMs,
    trailingSilenceMs,
    answerSpanMs,
    pauses,
    syllables,
    syllablesPerSecond,
    estimatedWordsPerMinute: (syllablesPerSecond.answer / SYLLABLES_PER_WORD) * 60,
    words,
    wordsPerMinute,
    articulationWordsPerMinute,
    pitch,
    loudness: {
      meanDb: speechLevels.length > 0 ? mean(speechLevels) : null,
      variabilityDb: speechLevels.length > 0 ? std(speechLevels) : null,
    },
    fillers,
    waveform: waveformPeaks(samples),
    moments: buildMoments(pauses.list, fillers.hits),
  };
}

/** The contour cut or padded (with its last value) to n frames: band contours of the resampled signal can be a frame short. */
function fitLength(contour: Float64Array, n: number): Float64Array {
  if (contour.length === n) return contour;
  const out = new Float64Array(n);
  out.set(contour.subarray(0, n));
  for (let k = contour.length; k < n; k++) out[k] = contour[contour.length - 1] ?? 0;
  return out;
}

function maxOf(values: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}

function pausesBetween(segments: Interval[]): SpeechMetrics["pauses"] {
  const list: Pause[] = [];
  for (let i = 1; i < segments.length; i++) {
    const startMs = (segments[i - 1] as Interval).endMs;
    const endMs = (segments[i] as Interval).startMs;
    if (endMs - startMs >= MIN_PAUSE_MS) list.push({ startMs, endMs, durationMs: endMs - startMs });
  }
  const durations = list.map((p) => p.durationMs);
  return {
    count: list.length,
    meanMs: list.length > 0 ? mean(durations) : 0,
    longestMs: list.length > 0 ? Math.max(...durations) : 0,
    longCount: durations.filter((d) => d >= LONG_PAUSE_MS).length,
    list,
  };
}

function summarisePitch(f0: number[]): SpeechMetrics["pitch"] {
  if (f0.length === 0) return { medianHz: null, variabilitySemitones: null, voicedFrames: 0, monotone: false };
  const rough = quantile(f0, 0.5);
  const kept = f0.filter((f) => Math.abs(semitones(f, rough)) <= OCTAVE_ERROR_SEMITONES);
  const medianHz = quantile(kept, 0.5);
  const deviations = kept.map((f) => semitones(f, medianHz));
  const variabilitySemitones = std(deviations);
  return {
    medianHz,
    variabilitySemitones,
    voicedFrames: kept.length,
    monotone: kept.length >= MIN_VOICED_FRAMES && variabilitySemitones < MONOTONE_SEMITONES,
  };
}

function buildMoments(pauses: Pause[], fillers: FillerHit[]): Moment[] {
  const moments: Moment[] = [];
  for (const p of pauses) {
    if (p.durationMs >= LONG_PAUSE_MS)
      moments.push({ kind: "long-pause", startMs: p.startMs, endMs: p.endMs, label: `${(p.durationMs / 1000).toFixed(1)} s pause` });
  }
  for (const f of fillers) {
    if (f.startMs !== undefined && f.endMs !== undefined) moments.push({ kind: "filler", startMs: f.startMs, endMs: f.endMs, label: `“${f.filler}”` });
  }
  return moments.sort((a, b) => a.startMs - b.startMs);
}
