import { describe, expect, it } from "vitest";
import { FREE_PLAN_JOB_LIMIT } from "@/features/jobInfos/permissions";
import { LIVE_INTERVIEW_LIMITS } from "@/features/liveInterviews/permissions";
import { deleteQuestionDescription, QUESTION_LIMITS } from "@/features/questions/permissions";
import { jobAllowance, liveInterviewAllowance, planSummaries, questionAllowance } from "@/features/users/plans";

const questionLimit = QUESTION_LIMITS.free!;
const liveLimit = LIVE_INTERVIEW_LIMITS.free!;

describe("what the free plan has left, said before the click", () => {
  it("counts questions left from counted and pending ones, with the numbers the quota enforces", () => {
    const fresh = questionAllowance("free", { counted: 0, pending: 0 })!;
    expect(fresh).toMatchObject({ limit: questionLimit, left: questionLimit });
    expect(fresh.short).toBe(`Free plan: ${questionLimit} of ${questionLimit} questions left this month`);
    expect(fresh.text).toContain(`${questionLimit} of ${questionLimit} technical questions left this month`);
    expect(fresh.text).toMatch(/deleting it then does not give it back/);

    const some = questionAllowance("free", { counted: 5, pending: 2 })!;
    expect(some.left).toBe(questionLimit - 7);
    expect(some.text).toContain(`${questionLimit - 7} of ${questionLimit}`);
    expect(some.text).toMatch(/2 unanswered questions from the last 24 hours hold a slot each/);
    expect(questionAllowance("free", { counted: 1, pending: 1 })!.text).toMatch(/1 unanswered question from the last 24 hours holds a slot/);
  });

  it("says when the month's questions are used, and never goes below zero", () => {
    const used = questionAllowance("free", { counted: questionLimit, pending: 0 })!;
    expect(used.left).toBe(0);
    expect(used.text).toBe(`Free plan: all ${questionLimit} technical questions of this month are used. Pro has no monthly limit.`);
    expect(questionAllowance("free", { counted: questionLimit + 3, pending: 1 })!.left).toBe(0);
    expect(questionAllowance("free", { counted: questionLimit - 1, pending: 1 })!.text).toMatch(/are used\. 1 unanswered question/);
  });

  it("has nothing to say for Pro", () => {
    expect(questionAllowance("pro", { counted: 500, pending: 3 })).toBeNull();
    expect(liveInterviewAllowance("pro", 40)).toBeNull();
    expect(jobAllowance("pro", 400)).toBeNull();
  });

  it("counts live interviews and jobs left", () => {
    expect(liveInterviewAllowance("free", 1)).toMatchObject({
      limit: liveLimit,
      left: liveLimit - 1,
      short: `Free plan: ${liveLimit - 1} of ${liveLimit} live interviews left this month`,
    });
    expect(liveInterviewAllowance("free", liveLimit + 1)!.text).toMatch(new RegExp(`all ${liveLimit} live interviews of this month are used`));
    expect(jobAllowance("free", 0)).toMatchObject({
      limit: FREE_PLAN_JOB_LIMIT,
      left: FREE_PLAN_JOB_LIMIT,
      text: `Free plan: ${FREE_PLAN_JOB_LIMIT} of ${FREE_PLAN_JOB_LIMIT} jobs left.`,
    });
    expect(jobAllowance("free", FREE_PLAN_JOB_LIMIT - 1)!.short).toBe(`Free plan: 1 job left of ${FREE_PLAN_JOB_LIMIT}`);
    const full = jobAllowance("free", FREE_PLAN_JOB_LIMIT)!;
    expect(full.left).toBe(0);
    expect(full.text).toMatch(/Delete one to add another, or upgrade to Pro/);
  });

  it("summarises the plans from the same limits", () => {
    expect(planSummaries.free).toContain(`${questionLimit} technical questions and ${liveLimit} live interviews a month, up to ${FREE_PLAN_JOB_LIMIT} jobs`);
  });
});

describe("deleting a question", () => {
  it("says a counted question is not given back on a limited plan", () => {
    expect(deleteQuestionDescription("free", true)).toMatch(/stays counted against this month's questions: deleting does not give the question back/);
    expect(deleteQuestionDescription("free", false)).toMatch(/has not counted .* yet, so deleting it frees its slot/);
    expect(deleteQuestionDescription("pro", true)).toBe("The question, your answer and its feedback will be deleted.");
  });
});
