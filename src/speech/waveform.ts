/**
 * Display waveform: the signal split into `points` equal buckets, each
 * represented by its absolute peak, normalised so the loudest bucket is 1.
 * Peak (not RMS) per bucket is what audio editors draw, so short plosives stay
 * visible. One pass, no allocation beyond the output.
 */

export const WAVEFORM_POINTS = 1000;

export function waveformPeaks(samples: Float32Array, points: number = WAVEFORM_POINTS): number[] {
  const count = Math.min(points, samples.length);
  if (count === 0) return [];
  const peaks = new Float64Array(count);
  const bucket = samples.length / count;
  let max = 0;
  for (let b = 0; b < count; b++) {
    const start = Math.floor(b * bucket);
    const end = Math.min(samples.length, Math.floor((b + 1) * bucket));
    let peak = 0;
    for (let i = start; i < end; i++) {
      const v = Math.abs(samples[i] as number);
      if (v > peak) peak = v;
    }
    peaks[b] = peak;
    if (peak > max) max = peak;
  }
  const out = new Array<number>(count);
  for (let b = 0; b < count; b++) out[b] = max > 0 ? Math.round(((peaks[b] as number) / max) * 1000) / 1000 : 0;
  return out;
}
