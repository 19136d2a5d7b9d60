import { describe, expect, it } from "vitest";
import { chooseDrills, type DrillInput } from "@/progress/drills";

const none: DrillInput = { wordsPerMinute: [], fillersPerMinute: [], longestPauseSeconds: [], thinkingSeconds: [], topics: [] };

describe("chooseDrills", () => {
  it("suggests nothing when every measure is within its norm band", () => {
    expect(
      chooseDrills({ wordsPerMinute: [130, 150], fillersPerMinute: [1, 3], longestPauseSeconds: [1, 2], thinkingSeconds: [1.5, 2], topics: [{ topic: "SQL", ratings: [7, 8] }] }),
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
    const [drill] = chooseDrills({ ...none, topics: [{ topic: "SQL", ratings: [5, 5] }, { topic: "Caching", ratings: [3, 4] }, { topic: "HTTP", ratings: [9] }] });
    expect(drill).toMatchObject({ id: "topic", title: "Topic drill: Caching", practise: "questions" });
    expect(drill!.why).toContain("average 3.5/10");
  });
});
