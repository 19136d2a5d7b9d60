import { describe, expect, it } from "vitest";
import { conversationTurns, transcriptSource } from "@/features/interviews/conversationTranscript";
import { interviewSummary } from "@/features/interviews/overallScore";

const answer = (id: string, over: Partial<Parameters<typeof conversationTurns>[0][number]> = {}) => ({
  id,
  questionText: `Question ${id}?`,
  followUpOf: null,
  status: "ready",
  transcript: `Answer ${id}.`,
  transcriptSource: "browser" as const,
  ...over,
});

describe("interview summary (the one results header)", () => {
  it("averages the analysed answers' overall scores and says so", () => {
    const s = interviewSummary([
      { status: "ready", contentRating: 6, score: 70 }, // 0.6·60 + 0.4·70 = 64
      { status: "ready", contentRating: null, score: 80 }, // delivery only
      { status: "processing", contentRating: null, score: null },
    ]);
    expect(s.overall).toEqual({ score: 72, formula: "the mean of 2 answers' overall scores (each 60% content + 40% delivery)" });
    expect(s).toMatchObject({ total: 3, ready: 2, delivery: 75, deliveryCount: 2, content: 6, graded: 1 });
  });

  it("has no overall score before any answer is analysed", () => {
    expect(interviewSummary([{ status: "failed", contentRating: 9, score: 90 }]).overall).toBeNull();
  });
});

describe("conversation transcript", () => {
  it("alternates interviewer and candidate, marks follow-ups, links each answer and leaves out unanswered questions", () => {
    const turns = conversationTurns([
      answer("a"),
      answer("b", { followUpOf: "a", transcript: null, status: "processing" }),
      answer("c", { status: "awaiting", transcript: null }),
    ]);
    expect(turns).toEqual([
      { speaker: "interviewer", text: "Question a?", followUp: false },
      { speaker: "candidate", text: "Answer a.", answerHref: "#answer-a" },
      { speaker: "interviewer", text: "Question b?", followUp: true },
      { speaker: "candidate", text: "(recorded; the transcript is still being made)", answerHref: "#answer-b" },
    ]);
  });

  it("names where the words came from", () => {
    expect(transcriptSource([answer("a"), answer("b")])).toMatch(/^Recognised by your browser while you spoke\./);
    expect(transcriptSource([answer("a"), answer("b", { transcriptSource: "user" })])).toBe(
      "Your words: recognised by your browser while you spoke (1 answer); typed by you (1 answer). The interviewer's words are the questions as asked.",
    );
    expect(transcriptSource([answer("a", { transcript: " " })])).toMatch(/^No transcript yet/);
  });
});
