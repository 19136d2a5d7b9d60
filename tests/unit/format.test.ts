import { describe, expect, it } from "vitest";
import { formatClock, formatDate, formatDateTime } from "@/lib/format";

describe("format", () => {
  const at = new Date("2026-12-01T06:27:00Z");

  it("writes dates as toLocaleString would, from one formatter made once", () => {
    expect(formatDateTime(at)).toBe(at.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }));
    expect(formatDate(at.toISOString())).toBe(at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" }));
    expect(formatDate(at)).toMatch(/^\d{1,2} Dec 2026$/);
  });

  it("writes durations as m:ss", () => {
    expect(formatClock(65_000)).toBe("1:05");
    expect(formatClock(-5)).toBe("0:00");
  });
});
