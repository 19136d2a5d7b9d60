"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { pickQuestion } from "@/insights/pickQuestion";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "@/services/auth";
import { limitUser } from "@/services/protection";
import { createInterview } from "./db";

const startSchema = z.object({
  jobInfoId: z.string(),
  questionCount: z.coerce.number().int().min(1, "Choose 1 to 8 questions.").max(8, "Choose 1 to 8 questions."),
});

const DIFFICULTY_CYCLE = ["easy", "medium", "medium", "hard"] as const;

/** Starts a recorded interview: N questions from the bank, matched to the job, none repeated. */
export async function startInterviewAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction("startInterview", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const parsed = startSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const limit = await limitUser(user.id, "write");
    if (!limit.allowed) return fail("RATE_LIMITED", limit.message);
    const db = await getDb();
    const job = await getJobInfo(db, user.id, parsed.data.jobInfoId);
    if (!job) return fail("NOT_FOUND", messages.NOT_FOUND);
    const asked = new Set<string>();
    const questions: { text: string; bankQuestionId: string }[] = [];
    for (let i = 0; i < parsed.data.questionCount; i++) {
      const difficulty = DIFFICULTY_CYCLE[i % DIFFICULTY_CYCLE.length]!;
      const picked = pickQuestion(job, difficulty, asked, `${job.id}:${Date.now()}:${i}`);
      if (!picked) break;
      asked.add(picked.question.id);
      questions.push({ text: picked.question.question, bankQuestionId: picked.question.id });
    }
    if (questions.length === 0) return fail("CONFLICT", "No questions are left for this job.");
    const interview = await createInterview(db, { userId: user.id, jobInfoId: job.id, questions });
    return ok({ id: interview.id });
  });
  if (result.ok) redirect(`/app/job-infos/${String(formData.get("jobInfoId"))}/interviews/${result.data.id}`);
  return result;
}
