"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { planInterview } from "@/insights/planInterview";
import { runAction } from "@/lib/action";
import { formDataToObject } from "@/lib/formData";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "@/features/users/currentUser";
import { limitUser } from "@/services/protection";
import { getStorage } from "@/services/storage";
import { createInterview } from "./db";
import { removeInterview, removeTake } from "./remove";
import { startInterviewSchema } from "./schemas";

/** Starts a recorded interview: N questions of the chosen kind from the bank, matched to the job, none repeated. */
export async function startInterviewAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction("startInterview", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const parsed = startInterviewSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const limit = await limitUser(user.id, "write");
    if (!limit.allowed) return fail("RATE_LIMITED", limit.message);
    const db = await getDb();
    const job = await getJobInfo(db, user.id, parsed.data.jobInfoId);
    if (!job) return fail("NOT_FOUND", messages.NOT_FOUND);
    const questions = planInterview(job, parsed.data.kind, parsed.data.questionCount).map((p) => ({
      text: p.question.question,
      bankQuestionId: p.question.id,
    }));
    if (questions.length === 0) return fail("CONFLICT", "No questions are left for this job.");
    const interview = await createInterview(db, { userId: user.id, jobInfoId: job.id, kind: parsed.data.kind, mode: parsed.data.mode, questions });
    return ok({ id: interview.id });
  });
  if (result.ok) redirect(`/app/job-infos/${String(formData.get("jobInfoId"))}/interviews/${result.data.id}`);
  return result;
}

/** Deletes one recorded interview with its answers and recordings. */
export async function deleteInterviewAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const jobInfoId = String(formData.get("jobInfoId") ?? "");
  const result = await runAction("deleteInterview", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    if (!(await removeInterview(await getDb(), getStorage(), user.id, String(formData.get("id") ?? "")))) return fail("NOT_FOUND", messages.NOT_FOUND);
    return ok(null);
  });
  if (result.ok) redirect(`/app/job-infos/${encodeURIComponent(jobInfoId)}/interviews`);
  return result;
}

/** Deletes one earlier take of an answer and its recording. */
export async function deleteTakeAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const back = String(formData.get("back") ?? "");
  const result = await runAction("deleteTake", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    if (!(await removeTake(await getDb(), getStorage(), user.id, String(formData.get("id") ?? "")))) return fail("NOT_FOUND", messages.NOT_FOUND);
    return ok(null);
  });
  // Only ever back to a page of this app (the path is not trusted beyond that).
  if (result.ok) redirect(/^\/app\/[\w/-]+$/.test(back) ? back : "/app");
  return result;
}
