/**
 * The `Range` request header (RFC 9110 §14), for one byte range of a
 * representation of `size` bytes:
 *
 * - `bytes=a-b` → a..min(b, size-1); `bytes=a-` → a..size-1; `bytes=-n` → the last n bytes
 *   (the whole body when n ≥ size);
 * - a first byte at or past the end, or a zero-length suffix → unsatisfiable (416);
 * - no header, another unit, a malformed or invalid range (b < a), several ranges,
 *   or a suffix of an empty body → the full body (200), which the RFC allows a server to send.
 *
 * Linear in the header, which is capped at 200 characters (longer → full body).
 */
export type RangeResult = { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

const MAX_HEADER_LENGTH = 200;
const SINGLE_BYTE_RANGE = /^bytes=(\d*)-(\d*)$/i;

export function parseRange(header: string | null, size: number): RangeResult {
  const full = { kind: "full" } as const;
  if (header === null || header.length > MAX_HEADER_LENGTH) return full;
  const value = header.trim();
  if (value.includes(",")) return full; // several ranges: one 200 instead of multipart/byteranges
  const match = SINGLE_BYTE_RANGE.exec(value);
  if (!match) return full;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return full; // "bytes=-"

  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return { kind: "unsatisfiable" };
    if (size <= 0) return full; // satisfiable but empty, and Content-Range cannot say "no bytes"
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }

  const start = Number(first);
  if (last !== "" && Number(last) < start) return full; // an invalid range-spec: ignore the header
  if (start >= size) return { kind: "unsatisfiable" };
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: "partial", start, end };
}

/** `Content-Range` for a partial body, or (no range) for a 416. */
export function contentRange(size: number, range?: { start: number; end: number }): string {
  return range ? `bytes ${range.start}-${range.end}/${size}` : `bytes */${size}`;
}
