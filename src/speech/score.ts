import { LONG_PAUSE_MS, MIN_VOICED_FRAMES, MONOTONE_SEMITONES, SYLLABLES_PER_WORD } from "./norms";
import type { MetricScore, SpeechMetrics, SpeechScores, Verdict } from "./types";

/**
 * Scores against published norms, each with a tolerance band. Inside the band
 * a metric scores 100; outside it the score falls linearly to 0 at `zeroLow` /
 * `zeroHigh` (or to a floor for deviations that are only mildly undesirable).
 * The bands are conventions drawn from the literature below, not hard limits;
 * the explanations say so to the user.
 *
 * Sources:
 * - Pace. Conversational and interview English is commonly put at about
 *   120–160 words per minute. Street & Brady 1982 ("Speech rate acceptance
 *   ranges as a function of evaluative domain, listener speech rate, and
 *   communication context", Communication Monographs 49) found listeners rate
 *   moderate-to-fast speakers as more competent, with evaluations falling off
 *   at the slow end and, for social attractiveness, at the very fast end.
 *   Comprehension of natural speech degrades gradually with rate (Foulke &
 *   Sticht 1969 review time-compressed speech, where the knee is far higher);
 *   our ~190 wpm "comprehension suffers" mark is a conservative product choice
 *   for dense technical answers and non-native listeners, not a measured
 *   threshold. We score 120–160 as within, 50 at 90 and 190, 0 at 60 and 220.
 * - Syllable rate without a transcript: the same band divided by 60 and
 *   multiplied by SYLLABLES_PER_WORD (1.5): 3.0–4.0 syllables/s over the
 *   answer span (de Jong & Wempe 2009 report rates in syllables/s).
 * - Fillers. Clark & Fox Tree 2002 and Fox Tree 1995/2001: "uh"/"um" are
 *   normal planning signals and do not by themselves hurt comprehension; a
 *   handful per minute is unremarkable (Bortfeld et al. 2001 measured about 6
 *   disfluencies per 100 words in conversation). We do not penalise < 5/min,
 *   and reach a clear penalty near 12/min (score 30), 0 at 15/min.
 * - Thinking time before the first word. Turn transitions in conversation are
 *   fast (modal gap ~200 ms; Levinson & Torreira 2015, "Timing in turn-taking
 *   and its implications for processing models of language", Frontiers in
 *   Psychology 6:731), but planning a multi-sentence answer takes longer and
 *   delays beyond a second or so are read as hesitation. We treat 1–3 s as
 *   normal for an interview question; quicker is only mildly marked (floor
 *   70), slower falls to 0 at 10 s.
 * - Longest mid-answer pause. Silent pauses inside fluent speech are mostly
 *   well under 1–2 s (Campione & Véronis 2002, a large multilingual corpus
 *   study of silent-pause durations); pauses over ~3 s read as losing the
 *   thread. Within up to 3 s, 0 at 8 s.
 * - Pitch variability: see MONOTONE_SEMITONES in norms.ts (Hincks 2005).
 *   Below 2 semitones is monotone (0 at 0.5 st); very high values are more often
 *   tracking errors than real animation, so above 12 st the score only eases to
 *   a floor of 70.
 */

type Band = { low: number; high: number; zeroLow: number; zeroHigh: number; floorLow?: number; floorHigh?: number };

export const PACE_WPM: Band = { low: 120, high: 160, zeroLow: 60, zeroHigh: 220 };
export const PACE_SYLLABLES_PER_SECOND: Band = {
  low: (PACE_WPM.low / 60) * SYLLABLES_PER_WORD,
  high: (PACE_WPM.high / 60) * SYLLABLES_PER_WORD,
  zeroLow: (PACE_WPM.zeroLow / 60) * SYLLABLES_PER_WORD,
  zeroHigh: (PACE_WPM.zeroHigh / 60) * SYLLABLES_PER_WORD,
};
export const FILLERS_PER_MINUTE: Band = { low: 0, high: 5, zeroLow: 0, zeroHigh: 15 };
export const THINKING_SECONDS: Band = { low: 1, high: 3, zeroLow: 0, zeroHigh: 10, floorLow: 70 };
export const LONGEST_PAUSE_SECONDS: Band = { low: 0, high: LONG_PAUSE_MS / 1000, zeroLow: 0, zeroHigh: 8 };
export const PITCH_SEMITONES: Band = { low: MONOTONE_SEMITONES, high: 12, zeroLow: 0.5, zeroHigh: 24, floorHigh: 70 };

const WEIGHTS = { pace: 0.3, fillers: 0.25, thinkingTime: 0.1, longestPause: 0.15, pitchVariability: 0.2 };

export function bandScore(value: number, band: Band): { score: number; verdict: Verdict } {
  if (value < band.low) {
    const floor = band.floorLow ?? 0;
    const fraction = band.low === band.zeroLow ? 1 : Math.min(1, (band.low - value) / (band.low - band.zeroLow));
    return { score: Math.round(100 - (100 - floor) * fraction), verdict: "low" };
  }
  if (value > band.high) {
    const floor = band.floorHigh ?? 0;
    const fraction = Math.min(1, (value - band.high) / (band.zeroHigh - band.high));
    return { score: Math.round(100 - (100 - floor) * fraction), verdict: "high" };
  }
  return { score: 100, verdict: "within" };
}

function make(value: number, band: Band, explain: (v: Verdict) => string): MetricScore {
  const { score, verdict } = bandScore(value, band);
  return { value, band: { low: band.low, high: band.high }, score, verdict, explanation: explain(verdict) };
}

const r = (v: number, digits = 0) => Number(v.toFixed(digits));

export function scoreWordsPerMinute(wpm: number): MetricScore {
  return make(wpm, PACE_WPM, (v) =>
    v === "within"
      ? `${r(wpm)} words per minute is within the usual 120–160 wpm conversational range.`
      : v === "high"
        ? `${r(wpm)} words per minute is faster than the usual 120–160 wpm; above ~190 wpm listeners may start to miss content.`
        : `${r(wpm)} words per minute is slower than the usual 120–160 wpm; it can sound hesitant.`,
  );
}

export function scoreSyllableRate(syllablesPerSecond: number): MetricScore {
  const low = r(PACE_SYLLABLES_PER_SECOND.low, 1);
  const high = r(PACE_SYLLABLES_PER_SECOND.high, 1);
  const note = `(about ${r((syllablesPerSecond / SYLLABLES_PER_WORD) * 60)} wpm, assuming ${SYLLABLES_PER_WORD} syllables per word; estimated from the audio, no transcript)`;
  return make(syllablesPerSecond, PACE_SYLLABLES_PER_SECOND, (v) =>
    v === "within"
      ? `${r(syllablesPerSecond, 1)} syllables/s ${note} is within the ${low}–${high} range.`
      : v === "high"
        ? `${r(syllablesPerSecond, 1)} syllables/s ${note} is faster than the ${low}–${high} range.`
        : `${r(syllablesPerSecond, 1)} syllables/s ${note} is slower than the ${low}–${high} range.`,
  );
}

export function scoreFillersPerMinute(perMinute: number): MetricScore {
  return make(perMinute, FILLERS_PER_MINUTE, (v) =>
    v === "within"
      ? `${r(perMinute, 1)} fillers per minute: a few "um"s are normal planning signals (under 5/min is not penalised).`
      : `${r(perMinute, 1)} fillers per minute: above ~5/min they start to distract, and around 12/min they dominate.`,
  );
}

export function scoreThinkingTime(seconds: number): MetricScore {
  return make(seconds, THINKING_SECONDS, (v) =>
    v === "within"
      ? `${r(seconds, 1)} s before the first word: a normal pause to plan an answer (1–3 s).`
      : v === "low"
        ? `${r(seconds, 1)} s before the first word: you started almost at once; a brief pause to plan is fine.`
        : `${r(seconds, 1)} s before the first word: longer than the 1–3 s that reads as normal planning time.`,
  );
}

export function scoreLongestPause(seconds: number): MetricScore {
  return make(seconds, LONGEST_PAUSE_SECONDS, (v) =>
    v === "within"
      ? `Longest pause ${r(seconds, 1)} s: pauses stayed short enough to keep the thread.`
      : `Longest pause ${r(seconds, 1)} s: pauses over ~3 s mid-answer can sound like losing the thread.`,
  );
}

export function scorePitchVariability(semitones: number): MetricScore {
  return make(semitones, PITCH_SEMITONES, (v) =>
    v === "within"
      ? `Pitch varies by ${r(semitones, 1)} semitones (SD): lively intonation.`
      : v === "low"
        ? `Pitch varies by only ${r(semitones, 1)} semitones (SD): below ~2 it tends to sound monotone (approximate, voice dependent).`
        : `Pitch varies by ${r(semitones, 1)} semitones (SD): unusually wide, possibly a tracking artefact of noise.`,
  );
}

export function scoreSpeech(metrics: SpeechMetrics): SpeechScores {
  const hasSpeech = metrics.speakingMs > 0;
  const pace = !hasSpeech
    ? null
    : metrics.wordsPerMinute !== null
      ? scoreWordsPerMinute(metrics.wordsPerMinute)
      : scoreSyllableRate(metrics.syllablesPerSecond.answer);
  const fillers = metrics.fillers.perMinute !== null ? scoreFillersPerMinute(metrics.fillers.perMinute) : null;
  const thinkingTime = metrics.thinkingTimeMs !== null ? scoreThinkingTime(metrics.thinkingTimeMs / 1000) : null;
  const longestPause = hasSpeech ? scoreLongestPause(metrics.pauses.longestMs / 1000) : null;
  const pitchVariability =
    metrics.pitch.variabilitySemitones !== null && metrics.pitch.voicedFrames >= MIN_VOICED_FRAMES
      ? scorePitchVariability(metrics.pitch.variabilitySemitones)
      : null;
  const parts = { pace, fillers, thinkingTime, longestPause, pitchVariability };
  let sum = 0;
  let weight = 0;
  for (const [key, part] of Object.entries(parts)) {
    if (!part) continue;
    const w = WEIGHTS[key as keyof typeof WEIGHTS];
    sum += w * part.score;
    weight += w;
  }
  return { ...parts, aggregate: weight > 0 ? Math.round(sum / weight) : null };
}
