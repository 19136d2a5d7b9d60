/**
 * Second-order IIR filters (Bristow-Johnson, "Cookbook formulae for audio EQ
 * biquad filter coefficients"), Butterworth Q. Used for the 8 kHz pitch
 * signal and the band levels the voice activity detector and the syllable
 * nuclei work on.
 */

type Coefficients = { b0: number; b1: number; b2: number; a1: number; a2: number };

function run(input: Float32Array, c: Coefficients): Float32Array {
  const out = new Float32Array(input.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < input.length; i++) {
    const x = input[i] as number;
    const y = c.b0 * x + c.b1 * x1 + c.b2 * x2 - c.a1 * y1 - c.a2 * y2;
    out[i] = y;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
  }
  return out;
}

function design(sampleRate: number, cutoffHz: number, kind: "low" | "high"): Coefficients {
  const w0 = (2 * Math.PI * cutoffHz) / sampleRate;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (kind === "low" ? (1 - cos) / 2 : (1 + cos) / 2) / a0;
  const b1 = (kind === "low" ? 1 - cos : -(1 + cos)) / a0;
  return { b0, b1, b2: b0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
}

export function lowPass(input: Float32Array, sampleRate: number, cutoffHz: number): Float32Array {
  return run(input, design(sampleRate, cutoffHz, "low"));
}

export function highPass(input: Float32Array, sampleRate: number, cutoffHz: number): Float32Array {
  return run(input, design(sampleRate, cutoffHz, "high"));
}

/**
 * Band-pass as `sections` cascaded high-pass biquads then as many low-pass
 * ones (12 dB/octave per section at each edge); an edge at 0 Hz or at Nyquist
 * is skipped.
 */
export function bandPass(input: Float32Array, sampleRate: number, lowHz: number, highHz: number, sections = 1): Float32Array {
  let out = input;
  for (let i = 0; i < sections; i++) {
    if (lowHz > 0) out = highPass(out, sampleRate, lowHz);
    if (highHz < sampleRate / 2) out = lowPass(out, sampleRate, highHz);
  }
  return out;
}
