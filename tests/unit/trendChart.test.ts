import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dateTicks } from "@/features/progress/chartTicks";
import { TrendChart } from "@/features/progress/components/TrendChart";
import { RESUME_SCORE_NOISE } from "@/progress/noise";
import { assessTrend } from "@/progress/trend";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("chart date ticks", () => {
  it("labels the first and last point and evenly between, at most five", () => {
    const dates = ["2026-11-01", "2026-11-03", "2026-11-05", "2026-11-08", "2026-11-10", "2026-11-12", "2026-11-20", "2026-11-25", "2026-11-28"].map(at);
    expect(dateTicks(dates, 5, "UTC")).toEqual([
      { index: 0, label: "1 Nov" },
      { index: 2, label: "5 Nov" },
      { index: 4, label: "10 Nov" },
      { index: 6, label: "20 Nov" },
      { index: 8, label: "28 Nov" },
    ]);
  });

  it("adds the year when the points span two, and never repeats a label", () => {
    expect(dateTicks([at("2025-12-30"), at("2026-01-02")], 5, "UTC").map((t) => t.label)).toEqual(["30 Dec 25", "2 Jan 26"]);
    expect(dateTicks([at("2026-11-01"), at("2026-11-01"), at("2026-11-02")], 5, "UTC")).toEqual([
      { index: 0, label: "1 Nov" },
      { index: 2, label: "2 Nov" },
    ]);
    expect(dateTicks([at("2026-11-01")], 5, "UTC")).toEqual([{ index: 0, label: "1 Nov" }]);
    expect(dateTicks([], 5, "UTC")).toEqual([]);
  });
});

describe("TrendChart", () => {
  it("draws the dates on the x axis under their points, and the verdict's wording", () => {
    const points = [
      { id: "a", at: at("2026-11-03"), value: 62 },
      { id: "b", at: at("2026-11-10"), value: 84 },
      { id: "c", at: at("2026-11-17"), value: 84 },
    ];
    const html = renderToStaticMarkup(
      createElement(TrendChart, {
        title: "Resume match",
        points,
        min: 0,
        max: 100,
        unit: "/100",
        verdict: assessTrend(points, RESUME_SCORE_NOISE),
        empty: "none",
      }),
    );
    const axis = /<g data-testid="x-axis">(.*?)<\/g><polyline/.exec(html)?.[1] ?? "";
    const labels = [...axis.matchAll(/<text x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), label: m[2] }));
    // Local dates, as the table under the chart shows them (noon UTC is the same day in most zones).
    expect(labels.map((l) => l.label)).toEqual(["3 Nov", "10 Nov", "17 Nov"]);
    const circles = [...html.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(labels.map((l) => l.x)).toEqual(circles);
    expect(html).toContain("Same as last");
    expect(html).toContain("up 22 points from the first result (62 → 84)");
    expect(html).not.toContain("No clear change");
  });
});
