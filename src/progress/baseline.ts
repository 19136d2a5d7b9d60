/**
 * The user's own speaking baseline: the median of each delivery measure over
 * their recent analysed answers, shown beside the published norm band once
 * there are enough answers for a median to mean something.
 */
export const BASELINE_MIN_ANSWERS = 3;

export type BaselineMetric = "paceWpm" | "paceSyllables" | "fillers" | "thinkingTime" | "longestPause" | "pitchVariability";

export type DeliverySample = Partial<Record<BaselineMetric, number | null>>;

export type Baseline = Partial<Record<BaselineMetric, { median: number; answers: number }>>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function speakingBaseline(samples: readonly DeliverySample[]): Baseline {
  const baseline: Baseline = {};
  const keys: BaselineMetric[] = ["paceWpm", "paceSyllables", "fillers", "thinkingTime", "longestPause", "pitchVariability"];
  for (const key of keys) {
    const values = samples.flatMap((s) => (typeof s[key] === "number" && Number.isFinite(s[key]) ? [s[key] as number] : []));
    if (values.length >= BASELINE_MIN_ANSWERS) baseline[key] = { median: Math.round(median(values) * 10) / 10, answers: values.length };
  }
  return baseline;
}
