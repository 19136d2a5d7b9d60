import { describe, expect, it } from "vitest";
import { ABANDONED_AFTER_MS, interviewHistory, type LiveSummary, type RecordedSummary } from "@/features/interviews/history";

const NOW = Date.parse("2026-12-01T12:00:00Z");
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000);

const recorded = (over: Partial<RecordedSummary>): RecordedSummary => ({
  id: "r",
  kind: "mixed",
  mode: "recorded",
  status: "in_progress",
  createdAt: at(10),
  answers: 5,
  ready: 2,
  meanScore: 61,
  lastActivityAt: at(5),
  ...over,
});
const live = (over: Partial<LiveSummary>): LiveSummary => ({ id: "l", status: "ready", createdAt: at(30), durationMs: 600_000, score: 70, ...over });

describe("one interview history for every kind of interview", () => {
  it("lists recorded, spoken and live interviews together, newest first, each linking to its page", () => {
    const rows = interviewHistory(
      "job",
      [recorded({ id: "a", createdAt: at(60) }), recorded({ id: "b", mode: "conversation", kind: "behavioural", createdAt: at(5) })],
      [live({ id: "c", createdAt: at(30) })],
      NOW,
    );
    expect(rows.map((r) => r.id)).toEqual(["b", "c", "a"]);
    expect(rows.map((r) => r.href)).toEqual(["/app/job-infos/job/interviews/b", "/app/job-infos/job/interviews/live/c", "/app/job-infos/job/interviews/a"]);
    expect(rows[0]).toMatchObject({ mode: "conversation", label: "Spoken conversation, behavioural", progress: "2/5 analysed" });
    expect(rows[1]).toMatchObject({ mode: "live", label: "Live interview (Hume)", state: "completed", durationMs: 600_000, score: 70 });
  });

  it("marks an interview quiet for over a day as abandoned (resumable), and maps live states", () => {
    const stale = new Date(NOW - ABANDONED_AFTER_MS - 1);
    const rows = interviewHistory(
      "job",
      [recorded({ id: "old", lastActivityAt: stale, createdAt: stale }), recorded({ id: "done", status: "completed", lastActivityAt: stale })],
      [live({ id: "p", status: "processing" }), live({ id: "f", status: "failed" }), live({ id: "n", status: "in_call" })],
      NOW,
    );
    const state = Object.fromEntries(rows.map((r) => [r.id, r.state]));
    expect(state).toEqual({ old: "abandoned", done: "completed", p: "analysing", f: "failed", n: "not_analysed" });
  });
});
