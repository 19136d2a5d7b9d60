import { describe, expect, it } from "vitest";
import { liveInterviewMarkdown } from "@/features/liveInterviews/markdown";
import { computeLiveMetrics } from "@/features/liveInterviews/metrics";
import { condenseMessages } from "@/services/hume/transcript";

describe("live interview Markdown export", () => {
  const transcript = condenseMessages([
    { speaker: "interviewer", atMs: 0, text: "Why *Postgres*?" },
    { speaker: "candidate", atMs: 65_000, text: "Because we needed <transactions> and [joins]." },
  ]);

  it("contains the feedback with quotes and times, the measures and the transcript, with user text escaped", () => {
    const md = liveInterviewMarkdown({
      jobName: "Payments # team",
      createdAt: new Date("2026-11-22T07:00:00Z"),
      durationMs: 90_000,
      score: 60,
      transcript,
      metrics: computeLiveMetrics(transcript, 90_000),
      feedback: {
        source: "insights",
        summary: "Short answers.",
        droppedUngrounded: 0,
        categories: [
          {
            name: "Substance",
            score: 6,
            explanation: "1 of 1 short.",
            strengths: [],
            improvements: [{ point: "Say more.", quote: "we needed transactions", atMs: 65_000 }],
          },
        ],
      },
    });
    expect(md).toContain("# Live interview — Payments \\# team");
    expect(md).toContain("- Duration: 1:30 (measured by the voice provider)");
    expect(md).toContain("### Substance — 6/10");
    expect(md).toContain("- Say more. “we needed transactions” (1:05)");
    expect(md).toContain("not an AI model");
    expect(md).toContain("| Answers | 1 |");
    expect(md).toContain("**You** (1:05): Because we needed \\<transactions\\> and \\[joins\\].");
    expect(md).toContain("**Interviewer** (0:00): Why \\*Postgres\\*?");
  });
});

describe("notes schema", () => {
  it("accepts notes up to 5,000 characters and refuses longer ones with a clear message", async () => {
    const { notesSchema } = await import("@/features/interviews/notes");
    expect(notesSchema.safeParse({ kind: "live", id: "x", notes: "a".repeat(5000) }).success).toBe(true);
    const long = notesSchema.safeParse({ kind: "live", id: "x", notes: "a".repeat(5001) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("Notes can be at most 5000 characters.");
    expect(notesSchema.safeParse({ kind: "other", id: "x", notes: "" }).success).toBe(false);
  });
});
