import { describe, expect, it } from "vitest";
import { journey, type Activity } from "@/progress/journey";
import { skillsInventory } from "@/progress/skillsInventory";
import { memoisedSkillsInventory } from "@/progress/jobPlan";

const nothing: Activity = { jobSkills: 5, behaviouralGraded: 0, technicalGraded: 0, interviewsAnalysed: 0, interviewsWithNotes: 0, resumesAnalysed: 0 };
const states = (a: Activity) => journey(a, "/app/job-infos/j").map((p) => `${p.id}:${p.state}`);

describe("preparation journey", () => {
  it("opens at the first unfinished step and locks the unfinished ones after it", () => {
    expect(states(nothing)).toEqual(["role:done", "stories:current", "practise:locked", "mock:locked", "review:locked"]);
    expect(states({ ...nothing, jobSkills: 1 })[0]).toBe("role:current");
  });

  it("marks later steps done when they are, while the next step stays the earliest unfinished one", () => {
    expect(states({ ...nothing, technicalGraded: 5, interviewsAnalysed: 1 })).toEqual([
      "role:done",
      "stories:current",
      "practise:done",
      "mock:done",
      "review:locked",
    ]);
  });

  it("needs both notes and a resume check to finish the review", () => {
    const almost = { ...nothing, behaviouralGraded: 2, technicalGraded: 5, interviewsAnalysed: 1, interviewsWithNotes: 1 };
    expect(states(almost).at(-1)).toBe("review:current");
    expect(states({ ...almost, resumesAnalysed: 1 }).every((s) => s.endsWith(":done"))).toBe(true);
  });

  it("on a plan without the resume check, finishes the review with notes alone and says where the check lives", () => {
    const almost = { ...nothing, behaviouralGraded: 2, technicalGraded: 5, interviewsAnalysed: 1, resumeCheck: false };
    expect(states(almost).at(-1)).toBe("review:current");
    const review = journey(almost, "/app/job-infos/j").at(-1)!;
    expect(review.goal).toMatch(/part of the Pro plan/);
    expect(review.href).toBe("/app/job-infos/j/interviews");
    expect(states({ ...almost, interviewsWithNotes: 1 }).every((s) => s.endsWith(":done"))).toBe(true);
  });

  it("reports progress in numbers and links the next step", () => {
    const stories = journey({ ...nothing, behaviouralGraded: 1 }, "/app/job-infos/j")[1]!;
    expect(stories.progress).toBe("1 of 2 graded.");
    expect(stories.href).toBe("/app/job-infos/j/questions");
  });
});

describe("skills inventory", () => {
  const job = {
    jobTitle: "Backend Engineer",
    jobDescription: "Requirements:\n- PostgreSQL and Kafka in production\n- Kubernetes\nNice to have: Terraform",
  };

  it("separates skills shown in practice, claimed only on the resume, and missing", () => {
    const rows = skillsInventory({
      ...job,
      resumeText: "Built event pipelines on Kafka. Ran PostgreSQL clusters for payments.",
      practice: [
        { source: "answer", text: "I would partition the Kafka topic by customer id so ordering holds." },
        { source: "live", text: "We used Kafka consumers with retries." },
      ],
    });
    const bySkill = Object.fromEntries(rows.map((r) => [r.skill, r]));
    expect(bySkill["Apache Kafka"]).toMatchObject({ status: "shown", required: true, practice: { count: 2, source: "answer" } });
    expect(bySkill["Apache Kafka"]!.practice.quote).toContain("partition the Kafka topic");
    expect(bySkill["Apache Kafka"]!.resume).toBe("Built event pipelines on Kafka.");
    expect(bySkill["PostgreSQL"]).toMatchObject({ status: "claimed", practice: { count: 0, quote: null } });
    expect(bySkill["Kubernetes"]).toMatchObject({ status: "gap", resume: null });
    expect(bySkill["Terraform"]?.required).toBe(false);
    // Required skills first, gaps before claims before shown.
    expect(rows.map((r) => r.skill).slice(0, 3)).toEqual(["Kubernetes", "PostgreSQL", "Apache Kafka"]);
  });

  it("does not count an ambiguous word used in its ordinary sense", () => {
    const rows = skillsInventory({
      jobTitle: "Backend Engineer",
      jobDescription: "Requirements: Go and PostgreSQL.",
      resumeText: null,
      practice: [{ source: "recorded", text: "I had to go back and fix the migration." }],
    });
    expect(rows.find((r) => r.skill === "Go")?.status).toBe("gap");
  });
});

describe("memoised skills inventory", () => {
  const input = {
    jobTitle: "Backend Engineer",
    jobDescription: "Requirements: PostgreSQL, Kafka and Kubernetes.",
    resumeText: "Ran Kafka in production.",
    practice: [{ source: "answer" as const, text: "I tuned PostgreSQL indexes." }],
  };

  it("returns what skillsInventory computes, the same rows for the same input, and new rows when any input changes", () => {
    const first = memoisedSkillsInventory(input);
    expect(first).toEqual(skillsInventory(input));
    expect(memoisedSkillsInventory({ ...input, practice: [...input.practice] })).toBe(first);
    const changed = memoisedSkillsInventory({ ...input, practice: [...input.practice, { source: "answer", text: "I run Kubernetes clusters." }] });
    expect(changed).not.toBe(first);
    expect(changed.find((r) => r.skill === "Kubernetes")?.practice.count).toBe(1);
    expect(memoisedSkillsInventory({ ...input, resumeText: null })).not.toBe(first);
  });
});
