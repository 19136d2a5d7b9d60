/**
 * Frame-level signal measures shared by the analysers. Everything works on
 * non-overlapping 10 ms blocks of mean-square energy computed in one pass over
 * the samples; longer analysis windows are built by combining blocks, so no
 * per-frame arrays are allocated.
 */

/** Analysis hop: one block = 10 ms (the usual frame rate for VAD and intensity contours). */
export const HOP_MS = 10;

/** Level given to digital silence so that logs stay finite. */
export const FLOOR_DB = -100;

const FLOOR_ENERGY = 10 ** (FLOOR_DB / 10);

/** Mean square of each 10 ms block (block k covers [k·hop, (k+1)·hop) in samples, rounded down). */
export function blockEnergies(samples: Float32Array, sampleRate: number, hopMs: number = HOP_MS): Float64Array {
  const hop = (sampleRate * hopMs) / 1000;
  const count = Math.ceil(samples.length / hop);
  const energies = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const start = Math.floor(k * hop);
    const end = Math.min(samples.length, Math.floor((k + 1) * hop));
    let sum = 0;
    for (let i = start; i < end; i++) {
      const v = samples[i] as number;
      sum += v * v;
    }
    energies[k] = end > start ? sum / (end - start) : 0;
  }
  return energies;
}

/** Power in dBFS (a full-scale sine is −3 dBFS, a full-scale square 0 dBFS), floored at FLOOR_DB. */
export function powerDb(meanSquare: number): number {
  return 10 * Math.log10(meanSquare > FLOOR_ENERGY ? meanSquare : FLOOR_ENERGY);
}

/**
 * Frame RMS level in dB: the mean energy of a centred window of `width`
 * blocks (odd), i.e. a rectangular window of width × 10 ms hopped every 10 ms.
 */
export function frameLevelsDb(energies: Float64Array, width: number): Float64Array {
  const half = Math.floor(width / 2);
  const out = new Float64Array(energies.length);
  for (let k = 0; k < energies.length; k++) {
    let sum = 0;
    let n = 0;
    for (let j = k - half; j <= k + half; j++) {
      if (j >= 0 && j < energies.length) {
        sum += energies[j] as number;
        n++;
      }
    }
    out[k] = powerDb(sum / n);
  }
  return out;
}

/**
 * Intensity contour in dB: block energies convolved with a Gaussian of
 * standard deviation `sigmaMs`, as Praat's "To Intensity" squares the signal
 * and convolves it with a Gaussian-like window before taking the log (Praat
 * manual, "Sound: To Intensity..."; de Jong & Wempe 2009 use it with a 50 Hz
 * pitch floor, i.e. a ~64 ms effective window).
 */
export function intensityDb(energies: Float64Array, sigmaMs: number, hopMs: number = HOP_MS): Float64Array {
  const sigma = sigmaMs / hopMs;
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const kernel = new Float64Array(2 * radius + 1);
  for (let j = -radius; j <= radius; j++) kernel[j + radius] = Math.exp(-(j * j) / (2 * sigma * sigma));
  const out = new Float64Array(energies.length);
  for (let k = 0; k < energies.length; k++) {
    let sum = 0;
    let weight = 0;
    const lo = Math.max(0, k - radius);
    const hi = Math.min(energies.length - 1, k + radius);
    for (let j = lo; j <= hi; j++) {
      const w = kernel[j - k + radius] as number;
      sum += w * (energies[j] as number);
      weight += w;
    }
    out[k] = powerDb(sum / weight);
  }
  return out;
}

/** The q-quantile (0..1) of the values, by sorting a copy (linear interpolation between ranks). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const pos = Math.min(n - 1, Math.max(0, q * (n - 1)));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Population standard deviation. */
export function std(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    sum += d * d;
  }
  return Math.sqrt(sum / values.length);
}
