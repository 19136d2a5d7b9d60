/**
 * Date labels for a chart's x axis (pure). Points are spaced evenly by order,
 * so ticks sit on points: the first, the last and evenly between, at most
 * `max`, never two in a row with the same label. The year is shown only when
 * the points span more than one.
 */
export type DateTick = { index: number; label: string };

export function dateTicks(dates: readonly Date[], max = 5, timeZone?: string): DateTick[] {
  if (dates.length === 0) return [];
  // One formatter per call, not one per date (each toLocaleDateString builds its own).
  const year = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone });
  const years = new Set(dates.map((d) => year.format(d)));
  const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone, ...(years.size > 1 ? { year: "2-digit" } : {}) });
  const label = (d: Date) => format.format(d);
  const count = Math.min(dates.length, Math.max(2, max));
  const indices = dates.length === 1 ? [0] : Array.from({ length: count }, (_, i) => Math.round((i * (dates.length - 1)) / (count - 1)));
  const ticks: DateTick[] = [];
  for (const index of new Set(indices)) {
    const text = label(dates[index]!);
    if (ticks.at(-1)?.label === text) continue;
    ticks.push({ index, label: text });
  }
  return ticks;
}
