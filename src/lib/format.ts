// One formatter each, made once: Date#toLocaleString builds a new Intl.DateTimeFormat on
// every call, which was 4.6% of the CPU of a page listing past questions.
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** Dates as people read them, in one format everywhere. */
export function formatDateTime(date: Date | string): string {
  return dateTimeFormat.format(new Date(date));
}

export function formatDate(date: Date | string): string {
  return dateFormat.format(new Date(date));
}

/** A duration as m:ss (e.g. 1:05). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}
