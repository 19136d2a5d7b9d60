import type { ScoringNoise } from "./noise";

export type TrendPoint = { at: Date; value: number };

export type TrendVerdict =
  | { kind: "not-enough-data"; text: string }
  | { kind: "unmeasured"; text: string }
  | { kind: "improved" | "declined" | "steady"; delta: number; threshold: number; text: string };

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Compares the most recent scores with the ones before them. With noise
 * standard deviation σ, the recent mean must differ from the earlier mean by
 * more than 2σ·√(1/n₁ + 1/n₂) (about a 95% band for the difference of two
 * means) before we say "improved" or "declined". A deterministic score
 * (σ = 0) compares the last two results. No measured noise, no claim.
 */
export function assessTrend(points: readonly TrendPoint[], noise: ScoringNoise | null, unit = ""): TrendVerdict {
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (!noise) return { kind: "unmeasured", text: "Shown as a trend only: the noise of this score has not been measured, so no change is claimed." };
  let recent: number[];
  let earlier: number[];
  if (noise.sd === 0) {
    if (sorted.length < 2) return { kind: "not-enough-data", text: "One more result is needed to compare." };
    recent = [sorted.at(-1)!.value];
    earlier = [sorted.at(-2)!.value];
  } else {
    if (sorted.length < 4) return { kind: "not-enough-data", text: `At least 4 results are needed to tell a change from noise (${sorted.length} so far).` };
    const window = Math.min(3, Math.floor(sorted.length / 2));
    recent = sorted.slice(-window).map((p) => p.value);
    earlier = sorted.slice(-2 * window, -window).map((p) => p.value);
  }
  const delta = round1(mean(recent) - mean(earlier));
  const threshold = round1(2 * noise.sd * Math.sqrt(1 / recent.length + 1 / earlier.length));
  const compared = noise.sd === 0 ? "the previous result" : `the ${earlier.length} before`;
  const change = `${delta > 0 ? "+" : ""}${delta}${unit} (latest ${recent.length === 1 ? "result" : `${recent.length} results`} vs ${compared})`;
  if (noise.sd === 0 && delta === 0) return { kind: "steady", delta, threshold, text: "Same score as the previous result." };
  if (delta > threshold) return { kind: "improved", delta, threshold, text: `Improved: ${change}, more than the ±${threshold}${unit} noise.` };
  if (delta < -threshold) return { kind: "declined", delta, threshold, text: `Declined: ${change}, more than the ±${threshold}${unit} noise.` };
  return { kind: "steady", delta, threshold, text: `No clear change: ${change} is within the ±${threshold}${unit} noise of ${noise.method}.` };
}
