import { describe, expect, it } from "vitest";
import { contentRange, parseRange } from "@/lib/httpRange";

const full = { kind: "full" };
const unsatisfiable = { kind: "unsatisfiable" };
const partial = (start: number, end: number) => ({ kind: "partial", start, end });

describe("parseRange (RFC 9110, one byte range)", () => {
  it("serves the full body without a Range header", () => {
    expect(parseRange(null, 1000)).toEqual(full);
    expect(parseRange("", 1000)).toEqual(full);
  });

  it("reads bytes=a-b, clamping the end to the last byte", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual(partial(0, 99));
    expect(parseRange("bytes=500-500", 1000)).toEqual(partial(500, 500));
    expect(parseRange("bytes=900-1999", 1000)).toEqual(partial(900, 999));
    expect(parseRange("bytes=999-999", 1000)).toEqual(partial(999, 999));
    expect(parseRange("bytes=0-99999999999999999999999", 1000)).toEqual(partial(0, 999));
  });

  it("reads bytes=a- as from a to the end (what <audio> sends first)", () => {
    expect(parseRange("bytes=0-", 1000)).toEqual(partial(0, 999));
    expect(parseRange("bytes=123-", 1000)).toEqual(partial(123, 999));
    expect(parseRange("bytes=999-", 1000)).toEqual(partial(999, 999));
  });

  it("reads bytes=-n as the last n bytes, the whole body when n is larger", () => {
    expect(parseRange("bytes=-100", 1000)).toEqual(partial(900, 999));
    expect(parseRange("bytes=-1", 1000)).toEqual(partial(999, 999));
    expect(parseRange("bytes=-1000", 1000)).toEqual(partial(0, 999));
    expect(parseRange("bytes=-5000", 1000)).toEqual(partial(0, 999));
  });

  it("is unsatisfiable when the first byte is at or past the end, or the suffix is empty", () => {
    expect(parseRange("bytes=1000-", 1000)).toEqual(unsatisfiable);
    expect(parseRange("bytes=1000-2000", 1000)).toEqual(unsatisfiable);
    expect(parseRange("bytes=5000-", 1000)).toEqual(unsatisfiable);
    expect(parseRange("bytes=99999999999999999999999-", 1000)).toEqual(unsatisfiable);
    expect(parseRange("bytes=-0", 1000)).toEqual(unsatisfiable);
    expect(parseRange("bytes=-000", 1000)).toEqual(unsatisfiable);
  });

  it("handles an empty body: any first byte is past the end; a suffix serves the (empty) full body", () => {
    expect(parseRange("bytes=0-", 0)).toEqual(unsatisfiable);
    expect(parseRange("bytes=0-0", 0)).toEqual(unsatisfiable);
    expect(parseRange("bytes=-0", 0)).toEqual(unsatisfiable);
    expect(parseRange("bytes=-10", 0)).toEqual(full);
    expect(parseRange(null, 0)).toEqual(full);
  });

  it("accepts surrounding whitespace, leading zeros and any case of the unit", () => {
    expect(parseRange("  bytes=10-19 \t", 1000)).toEqual(partial(10, 19));
    expect(parseRange("bytes=007-010", 1000)).toEqual(partial(7, 10));
    expect(parseRange("Bytes=0-9", 1000)).toEqual(partial(0, 9));
    expect(parseRange("BYTES=-10", 1000)).toEqual(partial(990, 999));
  });

  it("serves the full body for several ranges (allowed instead of multipart/byteranges)", () => {
    expect(parseRange("bytes=0-9,20-29", 1000)).toEqual(full);
    expect(parseRange("bytes=0-9, -10", 1000)).toEqual(full);
    expect(parseRange("bytes=5000-,6000-", 1000)).toEqual(full);
    expect(parseRange("bytes=0-9,", 1000)).toEqual(full);
  });

  it.each([
    "bytes=",
    "bytes=-",
    "bytes",
    "bytes 0-9",
    "bytes=a-b",
    "bytes=0x10-20",
    "bytes=1.5-2",
    "bytes=+1-2",
    "bytes=-1-2",
    "bytes=0--9",
    "bytes=0-9-",
    "bytes = 0-9",
    "bytes=0 - 9",
    "items=0-9",
    "=0-9",
    "0-9",
    "bytes=0-9;x",
    "bytes=１-２", // full-width digits are not DIGIT
  ])("ignores the malformed header %j (full body)", (header) => {
    expect(parseRange(header, 1000)).toEqual(full);
  });

  it("ignores an invalid range whose last byte is before its first", () => {
    expect(parseRange("bytes=10-9", 1000)).toEqual(full);
    expect(parseRange("bytes=5000-10", 1000)).toEqual(full);
  });

  it("ignores a header over 200 characters, even a valid-looking one, and stays fast on garbage", () => {
    const padded = `bytes=0-${"0".repeat(193)}9`;
    expect(padded.length).toBe(202);
    expect(parseRange(padded, 1000)).toEqual(full);

    const exactly200 = `bytes=0-${"0".repeat(191)}9`;
    expect(exactly200.length).toBe(200);
    expect(parseRange(exactly200, 1000)).toEqual(partial(0, 9));

    const garbage200 = `bytes=${"9".repeat(96)}-${"9".repeat(96)}x`; // fails only at its last character
    expect(garbage200.length).toBe(200);
    expect(parseRange(garbage200, 1000)).toEqual(full);
    const dashes200 = `bytes=${"1-".repeat(96)}x-`;
    expect(dashes200.length).toBe(200);
    expect(parseRange(dashes200, 1000)).toEqual(full);
    const control200 = `bytes=0-9${"\u0000".repeat(191)}`;
    expect(control200.length).toBe(200);
    expect(parseRange(control200, 1000)).toEqual(full);
    const digitsNoDash = `bytes=${"9".repeat(194)}`;
    expect(parseRange(digitsNoDash, 1000)).toEqual(full);
    const dashes = `bytes=${"-".repeat(194)}`;
    expect(parseRange(dashes, 1000)).toEqual(full);

    const huge = `bytes=${"1-".repeat(500_000)}`;
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      parseRange(garbage200, 1000);
      parseRange(dashes200, 1000);
      parseRange(huge, 1000);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("formats Content-Range for 206 and 416", () => {
    expect(contentRange(1000, { start: 0, end: 99 })).toBe("bytes 0-99/1000");
    expect(contentRange(1000)).toBe("bytes */1000");
  });
});
