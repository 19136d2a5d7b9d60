import { describe, expect, it } from "vitest";
import { coachQuestion, type CoachContext } from "@/insights/coach";

const base: CoachContext = { phase: "stories", focusSkill: "PostgreSQL", lastUserMessage: null, answeringCoach: true, jobTitle: "Backend Engineer" };

describe("offline coach", () => {
  it("opens each phase with a question about the job, never an answer", () => {
    const opening = coachQuestion(base);
    expect(opening.rule).toBe("phase");
    expect(opening.text).toContain("PostgreSQL");
    expect(opening.text.trim().endsWith("?")).toBe(true);
    for (const phase of ["role", "stories", "practise", "mock", "review"] as const) {
      expect(coachQuestion({ ...base, phase }).text).toMatch(/\?$/);
    }
  });

  it("asks for more when a reply to its question is short, but opens the conversation on a first message", () => {
    expect(coachQuestion({ ...base, lastUserMessage: "I used it at work." }).rule).toBe("elaborate");
    expect(coachQuestion({ ...base, lastUserMessage: "Where should I start?", answeringCoach: false }).rule).toBe("phase");
  });

  it("asks for the first missing part of a story", () => {
    const story =
      "At my previous job we had a slow reporting database and the finance team waited hours every morning for their numbers to load. I decided to add indexes and rewrote the worst queries.";
    const reply = coachQuestion({ ...base, lastUserMessage: story });
    expect(reply.rule).toBe("star");
    expect(reply.text).toMatch(/responsible for|result/);
  });

  // Was "moves on to the phase question": that ignored what the story was about (issue 16, item 5).
  it("once a story has every part, asks what an interviewer would dig into on the story's own topic", () => {
    const complete =
      "At my previous job we had a slow reporting database. My task was to get the morning report under a minute. I decided to add indexes and rewrote the worst queries. As a result the report dropped from 40 minutes to 50 seconds. I learned to measure before optimising.";
    const reply = coachQuestion({ ...base, lastUserMessage: complete });
    expect(reply.rule).toBe("topic");
    expect(reply.text).toMatch(/^That story has every part\./);
    expect(reply.text).toMatch(/index|quer|database/i);
  });
});
