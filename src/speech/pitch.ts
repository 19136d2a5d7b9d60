import { YIN } from "pitchfinder";

/**
 * Fundamental frequency with YIN (de Cheveigné & Kawahara 2002, "YIN, a
 * fundamental frequency estimator for speech and music", JASA 111(4)), as
 * implemented by the `pitchfinder` package (difference function, cumulative
 * mean normalised difference, absolute threshold, parabolic interpolation).
 *
 * Cost control: YIN is O(W²) per frame, so the signal is first low-passed and
 * resampled to 8 kHz (plenty for F0 ≤ 500 Hz), frames are 32 ms (lags up to
 * 16 ms, i.e. F0 down to ~63 Hz), and callers only ask for frames that are
 * already known to be speech.
 */

export const PITCH_RATE = 8000;
export const MIN_F0_HZ = 63;
export const MAX_F0_HZ = 500;
/** 257 samples: pitchfinder rounds down to 256 and searches lags < 128. */
export const PITCH_FRAME = 257;
/**
 * YIN's absolute threshold on the cumulative mean normalised difference (the
 * tolerated share of aperiodic power). The paper uses 0.1 for accuracy; for
 * the F0 statistics we use 0.2, which keeps breathy speech while still
 * rejecting noise.
 */
export const YIN_THRESHOLD = 0.2;
/**
 * A more permissive threshold for the yes/no voicing check of syllable nuclei:
 * the question there is only "is there periodicity at this intensity peak",
 * and fast speech is less periodic at its peaks. de Jong & Wempe likewise run
 * Praat's pitch with a permissive voicing threshold (0.25 on Praat's scale).
 * 0.3 was chosen on synthetic speech (tests/unit/speechMetrics.test.ts); with
 * 0.2, a fifth of true nuclei at fast rates failed the check.
 */
export const VOICING_THRESHOLD = 0.3;

export type PitchSignal = { samples: Float32Array; sampleRate: number };

/**
 * Low-pass (two cascaded RBJ biquads, Butterworth Q, cut-off 3.4 kHz) and
 * linear-interpolation resampling to 8 kHz. Signals at ≤ 8 kHz pass through.
 */
export function toPitchSignal(samples: Float32Array, sampleRate: number): PitchSignal {
  if (sampleRate <= PITCH_RATE) return { samples, sampleRate };
  const filtered = lowPass(lowPass(samples, sampleRate, 3400), sampleRate, 3400);
  const ratio = sampleRate / PITCH_RATE;
  const outLength = Math.floor(filtered.length / ratio);
  const out = new Float32Array(outLength);
  for (let i = 0; i < outLength; i++) {
    const pos = i * ratio;
    const j = Math.floor(pos);
    const frac = pos - j;
    const a = filtered[j] as number;
    const b = (j + 1 < filtered.length ? filtered[j + 1] : a) as number;
    out[i] = a + (b - a) * frac;
  }
  return { samples: out, sampleRate: PITCH_RATE };
}

/** Second-order Butterworth low-pass (Bristow-Johnson, "Audio EQ Cookbook"). */
function lowPass(input: Float32Array, sampleRate: number, cutoffHz: number): Float32Array {
  const w0 = (2 * Math.PI * cutoffHz) / sampleRate;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (1 - cos) / 2 / a0;
  const b1 = (1 - cos) / a0;
  const b2 = b0;
  const a1 = (-2 * cos) / a0;
  const a2 = (1 - alpha) / a0;
  const out = new Float32Array(input.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < input.length; i++) {
    const x = input[i] as number;
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    out[i] = y;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
  }
  return out;
}

export type PitchTracker = (centreMs: number) => number | null;

/**
 * Returns a function giving F0 in Hz (or null when unvoiced/out of range) of the
 * 32 ms frame centred at a time. Frames are views into the signal (subarray),
 * not copies.
 */
export function createPitchTracker(signal: PitchSignal, threshold: number = YIN_THRESHOLD): PitchTracker {
  const detect = YIN({ sampleRate: signal.sampleRate, threshold });
  const { samples, sampleRate } = signal;
  return (centreMs) => {
    const start = Math.round((centreMs / 1000) * sampleRate) - (PITCH_FRAME >> 1);
    if (start < 0 || start + PITCH_FRAME > samples.length) return null;
    const f0 = detect(samples.subarray(start, start + PITCH_FRAME));
    return f0 !== null && f0 >= MIN_F0_HZ && f0 <= MAX_F0_HZ ? f0 : null;
  };
}

/** Semitone distance of f from a reference frequency. */
export function semitones(f: number, ref: number): number {
  return 12 * Math.log2(f / ref);
}
