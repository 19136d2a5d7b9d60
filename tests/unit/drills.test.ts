import { describe, expect, it } from "vitest";
import { drillQuestionsHref, isSelectedByDrill, readDrillSelection } from "@/features/progress/drillLink";
import { questionBank } from "@/insights/questionBank";
import { chooseDrills, type DrillInput } from "@/progress/drills";

const none: DrillInput = { wordsPerMinute: [], fillersPerMinute: [], longestPauseSeconds: [], thinkingSeconds: [], topics: [] };

describe("chooseDrills", () => {
  it("suggests nothing when every measure is within its norm band", () => {
    expect(
      chooseDrills({
        wordsPerMinute: [130, 150],
        fillersPerMinute: [1, 3],
        longestPauseSeconds: [1, 2],
        thinkingSeconds: [1.5, 2],
        topics: [{ topic: "SQL", ratings: [7, 8] }],
      }),
    ).toEqual([]);
  });

  it("needs at least two measurements before suggesting a speech drill", () => {
    expect(chooseDrills({ ...none, fillersPerMinute: [12] })).toEqual([]);
    expect(chooseDrills({ ...none, fillersPerMinute: [12, 9] }).map((d) => d.id)).toEqual(["fillers"]);
  });

  it("states the evidence with the measured numbers", () => {
    const [drill] = chooseDrills({ ...none, wordsPerMinute: [190, 200, 210] });
    expect(drill).toMatchObject({ id: "pace-fast", practise: "recorded" });
    expect(drill!.why).toBe("Your median pace is 200 words per minute over 3 answers; 120–160 is easiest to follow.");
    expect(chooseDrills({ ...none, wordsPerMinute: [90, 100] })[0]!.id).toBe("pace-slow");
  });

  it("orders by how far outside the norm and keeps at most three", () => {
    const drills = chooseDrills({
      wordsPerMinute: [170, 170], // barely fast
      fillersPerMinute: [14, 14], // far above 5
      longestPauseSeconds: [6, 6],
      thinkingSeconds: [5, 5],
      topics: [{ topic: "Caching", ratings: [2] }],
    });
    expect(drills).toHaveLength(3);
    expect(drills[0]!.id).toBe("fillers");
    expect(drills.map((d) => d.id)).not.toContain("pace-fast");
  });

  it("picks the lowest-rated topic under 6/10", () => {
    const [drill] = chooseDrills({
      ...none,
      topics: [
        { topic: "SQL", ratings: [5, 5] },
        { topic: "Caching", ratings: [3, 4] },
        { topic: "HTTP", ratings: [9] },
      ],
    });
    expect(drill).toMatchObject({ id: "topic", title: "Topic drill: Caching", practise: "questions" });
    expect(drill!.why).toContain("average 3.5/10");
  });

  it("needs at least two rated answers before suggesting a topic drill", () => {
    expect(chooseDrills({ ...none, topics: [{ topic: "Caching", ratings: [2] }] })).toEqual([]);
    // A one-answer topic is not the weakest, however low: the two-answer one is chosen.
    const [drill] = chooseDrills({
      ...none,
      topics: [
        { topic: "Caching", ratings: [1] },
        { topic: "SQL", ratings: [4, 5] },
      ],
    });
    expect(drill).toMatchObject({ id: "topic", title: "Topic drill: SQL", target: { topic: "SQL" } });
    expect(drill!.why).toBe("Your 2 rated answers on SQL average 4.5/10, your lowest topic.");
  });

  it("targets the topic's lowest-rated question, so its link can preselect it", () => {
    const questions = [
      { id: "b0000000-0000-4000-8000-000000000002", rating: 5 },
      { id: "a0000000-0000-4000-8000-000000000001", rating: 3 },
    ];
    const [drill] = chooseDrills({ ...none, topics: [{ topic: "Caching", ratings: [5, 3], questions }] });
    expect(drill!.target).toEqual({ topic: "Caching", questionId: "a0000000-0000-4000-8000-000000000001" });
  });
});

describe("drill links", () => {
  const id = "a0000000-0000-4000-8000-000000000001";

  it("lead to the questions page with the question (or the topic) preselected", () => {
    expect(drillQuestionsHref("job", { target: { topic: "Caching", questionId: id } })).toBe(`/app/job-infos/job/questions?question=${id}#question-${id}`);
    expect(drillQuestionsHref("job", { target: { topic: "Message queues & streams" } })).toBe("/app/job-infos/job/questions?topic=Message+queues+%26+streams");
    expect(drillQuestionsHref("job", {})).toBe("/app/job-infos/job/questions");
  });

  it("are read back by the page: the question by id, or every question of the topic; junk selects nothing", () => {
    const href = new URL(drillQuestionsHref("job", { target: { topic: "Caching", questionId: id } }), "http://x");
    const selection = readDrillSelection(Object.fromEntries(href.searchParams));
    expect(isSelectedByDrill(selection, { id, bankQuestionId: null })).toBe(true);
    expect(isSelectedByDrill(selection, { id: "b0000000-0000-4000-8000-000000000002", bankQuestionId: null })).toBe(false);

    const bank = questionBank[0]!;
    const byTopic = readDrillSelection({ topic: bank.topic });
    expect(isSelectedByDrill(byTopic, { id, bankQuestionId: bank.id })).toBe(true);
    expect(isSelectedByDrill(byTopic, { id, bankQuestionId: questionBank.find((q) => q.topic !== bank.topic)!.id })).toBe(false);

    expect(readDrillSelection({ question: "../../etc", topic: "x".repeat(101) })).toEqual({});
    expect(readDrillSelection({ question: [id, "other"] })).toEqual({ questionId: id });
  });
});
