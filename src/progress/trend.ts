import type { ScoringNoise } from "./noise";

export type TrendPoint = { at: Date; value: number };

/**
 * `kind` is the statistical call; `label` (a badge) and `text` (a sentence)
 * are how it is worded. "No clear change" is said only of a flat line: a line
 * that moves says by how much, and whether that clears the scoring noise.
 */
export type TrendVerdict =
  | { kind: "not-enough-data"; label: string; text: string }
  | { kind: "unmeasured"; label: string; text: string }
  | { kind: "improved" | "declined" | "steady"; delta: number; threshold: number; label: string; text: string };

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const round1 = (n: number) => Math.round(n * 10) / 10;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "up 22 points", "down 1.5 points", "up 12 wpm", "level". */
export function describeMovement(delta: number, unit = ""): string {
  if (delta === 0) return "level";
  const size = round1(Math.abs(delta));
  return `${delta > 0 ? "up" : "down"} ${size}${unit || ` point${size === 1 ? "" : "s"}`}`;
}

/**
 * Compares the most recent scores with the ones before them. With noise
 * standard deviation σ, the recent mean must differ from the earlier mean by
 * more than 2σ·√(1/n₁ + 1/n₂) (about a 95% band for the difference of two
 * means) before we say "improved" or "declined". A deterministic score
 * (σ = 0) compares the last two results. No measured noise, no claim.
 */
export function assessTrend(points: readonly TrendPoint[], noise: ScoringNoise | null, unit = ""): TrendVerdict {
  const values = [...points].sort((a, b) => a.at.getTime() - b.at.getTime()).map((p) => p.value);
  const n = values.length;
  const first = values[0];
  const last = values.at(-1);
  const flat = values.every((v) => v === first);
  const move = (delta: number) => describeMovement(delta, unit);
  const results = (count: number) => `${count} result${count === 1 ? "" : "s"}`;
  /** What the line shows from its first point to its last. */
  const line = n < 2 ? null : flat ? `flat at ${first}${unit} over ${results(n)}` : `${move(last! - first!)} from the first result (${first} → ${last})`;

  if (!noise) {
    return {
      kind: "unmeasured",
      label: "Trend only",
      text: `${line ? `${capitalise(line)}. ` : ""}Shown as a trend only: the noise of this score has not been measured, so no change is claimed.`,
    };
  }
  if (n === 0) return { kind: "not-enough-data", label: "Too few results", text: "No results yet." };

  if (noise.sd === 0) {
    if (n < 2) return { kind: "not-enough-data", label: "Too few results", text: `One result so far (${first}${unit}); one more is needed to compare.` };
    const previous = values[n - 2]!;
    const delta = round1(last! - previous);
    const noiseText = `the scoring noise of ±0 (${noise.method})`;
    const base = { delta, threshold: 0 };
    // Earlier results, when the line moved before the last two.
    const sinceFirst = n > 2 && !flat && first !== previous ? ` From the first result: ${move(last! - first!)} (${first} → ${last}).` : "";
    if (delta > 0)
      return {
        kind: "improved",
        ...base,
        label: "Improved",
        text: `${capitalise(move(delta))} from the previous result (${previous} → ${last}) — beyond ${noiseText}.${sinceFirst}`,
      };
    if (delta < 0)
      return {
        kind: "declined",
        ...base,
        label: "Declined",
        text: `${capitalise(move(delta))} from the previous result (${previous} → ${last}) — beyond ${noiseText}.${sinceFirst}`,
      };
    if (flat) return { kind: "steady", ...base, label: "No change", text: `No change: ${last}${unit} every time (${results(n)}); ${noiseText}.` };
    return { kind: "steady", ...base, label: "Same as last", text: `Same as the previous result (${last}${unit}); ${line} — beyond ${noiseText}.` };
  }

  if (n < 4) {
    const seen = line ? `${capitalise(line)}, but at` : `One result so far (${first}${unit}). At`;
    return {
      kind: "not-enough-data",
      label: "Too few results",
      text: `${seen} least 4 results are needed to tell a change from the scoring noise (about ±${noise.sd}${unit} per result); ${n} so far.`,
    };
  }
  const window = Math.min(3, Math.floor(n / 2));
  const recent = values.slice(-window);
  const earlier = values.slice(-2 * window, -window);
  const delta = round1(mean(recent) - mean(earlier));
  const threshold = round1(2 * noise.sd * Math.sqrt(1 / recent.length + 1 / earlier.length));
  const compared = `the latest ${results(window)} vs the ${window} before`;
  const noiseText = `the scoring noise of ±${threshold}${unit} (${noise.method})`;
  const sinceFirst = n > 2 * window && !flat && round1(last! - first!) !== delta ? ` From the first result: ${move(last! - first!)} (${first} → ${last}).` : "";
  const base = { delta, threshold };
  if (delta > threshold)
    return { kind: "improved", ...base, label: "Improved", text: `${capitalise(move(delta))} (${compared}) — beyond ${noiseText}.${sinceFirst}` };
  if (delta < -threshold)
    return { kind: "declined", ...base, label: "Declined", text: `${capitalise(move(delta))} (${compared}) — beyond ${noiseText}.${sinceFirst}` };
  if (flat)
    return {
      kind: "steady",
      ...base,
      label: "No clear change",
      text: `No clear change: ${line}; the scoring noise is ±${threshold}${unit} (${noise.method}).`,
    };
  if (delta === 0) {
    return {
      kind: "steady",
      ...base,
      label: "Level",
      text: `Level: ${compared} average the same (${round1(mean(recent))}${unit}), within ${noiseText}.${sinceFirst}`,
    };
  }
  return {
    kind: "steady",
    ...base,
    label: "Within noise",
    text: `${capitalise(move(delta))} (${compared}) — within ${noiseText}, so not a clear change yet.${sinceFirst}`,
  };
}
