import { describe, expect, it } from "vitest";
import type { Drill } from "@/progress/drills";
import { journey, type Activity } from "@/progress/journey";
import { nextStep, URGENT_SEVERITY } from "@/progress/nextStep";

const jobPath = "/app/job-infos/j";
const links = { jobPath, drillHref: (d: Drill) => `${jobPath}/drill/${d.id}` };
const activity = (over: Partial<Activity> = {}): Activity => ({
  jobSkills: 5,
  behaviouralGraded: 0,
  technicalGraded: 0,
  interviewsAnalysed: 0,
  interviewsWithNotes: 0,
  resumesAnalysed: 0,
  ...over,
});
const drill = (id: Drill["id"], severity: number): Drill => ({
  id,
  title: `${id} drill`,
  why: `median ${severity}`,
  how: "…",
  practise: id === "topic" ? "questions" : "recorded",
  severity,
});
const done = activity({ behaviouralGraded: 2, technicalGraded: 5, interviewsAnalysed: 1, interviewsWithNotes: 1, resumesAnalysed: 1 });

describe("the next step on a job's hub", () => {
  it("is the journey's current step, and moves on as the user practises", () => {
    expect(nextStep(journey(activity(), jobPath), [], links)).toMatchObject({
      source: "journey",
      title: "Build your stories",
      action: { href: `${jobPath}/questions` },
    });
    expect(nextStep(journey(activity({ behaviouralGraded: 2 }), jobPath), [], links)).toMatchObject({ title: "Practise technical questions" });
    expect(nextStep(journey(activity({ behaviouralGraded: 2, technicalGraded: 5 }), jobPath), [], links)).toMatchObject({
      title: "Mock interview",
      action: { href: `${jobPath}/interviews` },
    });
    expect(nextStep(journey(activity({ jobSkills: 1 }), jobPath), [], links)).toMatchObject({
      title: "Understand the role",
      action: { href: `${jobPath}/edit` },
    });
  });

  it("puts a measure far outside its norm first; a mild one waits for the journey", () => {
    const phases = journey(activity({ behaviouralGraded: 2 }), jobPath);
    expect(nextStep(phases, [drill("pace-fast", URGENT_SEVERITY - 0.1)], links).source).toBe("journey");
    expect(nextStep(phases, [drill("pace-fast", 0.2), drill("fillers", URGENT_SEVERITY + 0.3)], links)).toMatchObject({
      source: "drill",
      title: "fillers drill",
      why: `median ${URGENT_SEVERITY + 0.3}`,
      action: { href: `${jobPath}/drill/fillers` },
    });
  });

  it("with the plan done: the weakest measure's drill, else another mock interview", () => {
    expect(nextStep(journey(done, jobPath), [drill("topic", 0.1), drill("pauses", 0.3)], links)).toMatchObject({ source: "drill", title: "pauses drill" });
    expect(nextStep(journey(done, jobPath), [], links)).toMatchObject({ source: "mock", action: { href: `${jobPath}/interviews` } });
  });
});
