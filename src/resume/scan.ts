/**
 * Linear-time building blocks for matching on untrusted text.
 *
 * Rules followed in src/resume (and the other text paths): a regex with an
 * unbounded run (`[…]+`) that can start at every position of a long run
 * (`[\w.+-]+@…` inside one 60 KB word, `[.,/]+$` inside a run of dots) is
 * quadratic. So either the start is pinned to the beginning of a run (a
 * lookbehind on the same class), the run is bounded (`{1,64}`), the text is
 * cut into bounded tokens first, or the work is a plain loop like these.
 */

/** Index of the last item whose `start` ≤ `offset` in items sorted by `start`; -1 if none. */
export function lastAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first item whose `start` ≥ `offset` in items sorted by `start`; `items.length` if none. */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `s` without the trailing characters in `chars` (what `/[…]+$/` removes, in linear time). */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without leading and trailing characters that fail `keep` (a linear `/^[^…]+|[^…]+$/g`). */
export function trimWhere(s: string, keep: (ch: string) => boolean): string {
  let start = 0;
  let end = s.length;
  while (start < end && !keep(s[start]!)) start++;
  while (end > start && !keep(s[end - 1]!)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Longest token passed to a per-token regex: resume URLs and addresses are far shorter. */
export const MAX_TOKEN = 256;

/**
 * The tokens `token` (a global regex for one run of a character class, such
 * as /[^\s,;)]+/g) finds in `text`, skipping tokens longer than `MAX_TOKEN`,
 * each with its offset. Regexes run per token then cost at most O(MAX_TOKEN²)
 * per token, i.e. linear in the text.
 */
export function* boundedTokens(text: string, token: RegExp): Generator<{ text: string; start: number }> {
  for (const m of text.matchAll(token)) {
    if (m[0].length <= MAX_TOKEN) yield { text: m[0], start: m.index };
  }
}
