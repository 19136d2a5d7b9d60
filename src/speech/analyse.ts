import { blockEnergies, frameLevelsDb, HOP_MS, intensityDb, mean, quantile, std } from "./frames";
import { extraFillers, findFillers, tokenize } from "./fillers";
import { createPitchTracker, semitones, toPitchSignal, VOICING_THRESHOLD } from "./pitch";
import { detectSyllableNuclei } from "./syllables";
import type { FillerHit, Interval, Moment, Pause, SpeechInput, SpeechMetrics } from "./types";
import { LONG_PAUSE_MS, MIN_VOICED_FRAMES, MONOTONE_SEMITONES, SYLLABLES_PER_WORD } from "./norms";
import { detectVoiceActivity, MIN_PAUSE_MS } from "./vad";
import { waveformPeaks } from "./waveform";

/**
 * Speech analytics for one recorded answer. Frame based (10 ms hop), one pass
 * for energies, YIN only on frames already classified as speech:
 *
 * - voice activity, speaking/silence time, segments, pauses: vad.ts
 *   (pauses ≥ 250 ms, Goldman-Eisler 1968; de Jong & Bosker 2013);
 * - syllables and rates: syllables.ts (de Jong & Wempe 2009);
 * - pitch: pitch.ts (YIN, de Cheveigné & Kawahara 2002), summarised here;
 * - loudness: mean and SD of speech-frame levels in dBFS (recording gain
 *   shifts the mean, so only the SD is comparable across devices);
 * - fillers: fillers.ts; waveform: waveform.ts; norms/scores: score.ts
 *   (scoreSpeech is re-exported here).
 */

export { LONG_PAUSE_MS, MONOTONE_SEMITONES, SYLLABLES_PER_WORD } from "./norms";
export { scoreSpeech } from "./score";

/**
 * Smoothing of the intensity contour for syllable nuclei (Gaussian SD). Praat's
 * window at de Jong & Wempe's 50 Hz floor is wider (≈64 ms effective); a
 * σ of 12 ms keeps syllables of fast speech (6+ per second) apart, and the
 * two-sided dip test keeps slow speech from splitting. Chosen on espeak-ng
 * speech (see tests/unit/speechMetrics.test.ts), checked on held-out voices.
 */
export const INTENSITY_SIGMA_MS = 12;
/** Pitch frames for the F0 statistics are taken every 20 ms (the hop Praat uses for de Jong & Wempe's pitch track). */
export const PITCH_HOP_MS = 20;
/** Pitch estimates further than this from the median are treated as octave errors and ignored. */
const OCTAVE_ERROR_SEMITONES = 10;
/** A VAD segment needs this many voiced pitch frames (40 ms) to count as speech. */
const MIN_VOICED_PER_SEGMENT = 2;

export function analyseSpeech(input: SpeechInput): SpeechMetrics {
  const { samples, sampleRate, transcript } = input;
  const durationMs = (samples.length / sampleRate) * 1000;
  const energies = blockEnergies(samples, sampleRate, HOP_MS);
  const levels = frameLevelsDb(energies, 3);
  const vad = detectVoiceActivity(levels, HOP_MS, MIN_PAUSE_MS);

  // Pitch on speech segments only, on frames the VAD itself marked active, every
  // PITCH_HOP_MS. A segment with fewer than MIN_VOICED_PER_SEGMENT voiced frames
  // is steady noise, a click train or a breath, not speech, and is dropped.
  const pitchSignal = toPitchSignal(samples, sampleRate);
  const pitchAt = createPitchTracker(pitchSignal);
  const f0: number[] = [];
  const segments: Interval[] = [];
  for (const seg of vad.segments) {
    const before = f0.length;
    for (let t = seg.startMs + PITCH_HOP_MS / 2; t < seg.endMs; t += PITCH_HOP_MS) {
      if (!vad.active[Math.floor(t / HOP_MS)]) continue;
      const hz = pitchAt(t);
      if (hz !== null) f0.push(hz);
    }
    if (f0.length - before >= MIN_VOICED_PER_SEGMENT) segments.push(seg);
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

  const intensity = intensityDb(energies, INTENSITY_SIGMA_MS, HOP_MS);
  const nuclei = detectSyllableNuclei(intensity, segments, createPitchTracker(pitchSignal, VOICING_THRESHOLD), HOP_MS);
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
    if (p.durationMs >= LONG_PAUSE_MS) moments.push({ kind: "long-pause", startMs: p.startMs, endMs: p.endMs, label: `${(p.durationMs / 1000).toFixed(1)} s pause` });
  }
  for (const f of fillers) {
    if (f.startMs !== undefined && f.endMs !== undefined) moments.push({ kind: "filler", startMs: f.startMs, endMs: f.endMs, label: `“${f.filler}”` });
  }
  return moments.sort((a, b) => a.startMs - b.startMs);
}
