"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { getCurrentUser } from "@/features/users/currentUser";
import { limitUser } from "@/services/protection";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { purgeDeletedFiles } from "@/features/files/purge";
import { getStorage } from "@/services/storage";
import { deleteJobInfo, insertJobInfoWithinLimit, updateJobInfo } from "./db";
import { revalidateJobInfoCache } from "./dbCache";
import { FREE_PLAN_JOB_LIMIT } from "./permissions";
import { formDataToObject } from "@/lib/formData";
import { jobInfoSchema } from "./schemas";

export type JobInfoFormState = ActionResult<{ id: string }> | null;

async function userOrFail() {
  const user = await getCurrentUser();
  if (!user) return { user: null, failure: fail("UNAUTHENTICATED", messages.UNAUTHENTICATED) } as const;
  const limit = await limitUser(user.id, "write");
  if (!limit.allowed) return { user: null, failure: fail("RATE_LIMITED", limit.message) } as const;
  return { user, failure: null } as const;
}

export async function createJobInfoAction(_prev: JobInfoFormState, formData: FormData): Promise<JobInfoFormState> {
  const result = await runAction("createJobInfo", async () => {
    const { user, failure } = await userOrFail();
    if (!user) return failure;
    const unsafeData = formDataToObject(formData);
    const parsed = jobInfoSchema.safeParse(unsafeData);
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const jobInfo = await insertJobInfoWithinLimit(await getDb(), user, parsed.data);
    if (!jobInfo) return fail("FORBIDDEN", `The free plan keeps up to ${FREE_PLAN_JOB_LIMIT} jobs. Delete one or upgrade to Pro.`);
    revalidateJobInfoCache({ userId: user.id, id: jobInfo.id });
    return ok({ id: jobInfo.id });
  });
  if (result?.ok) redirect(`/app/job-infos/${result.data.id}`);
  return result;
}

export async function updateJobInfoAction(_prev: JobInfoFormState, formData: FormData): Promise<JobInfoFormState> {
  const result = await runAction("updateJobInfo", async () => {
    const { user, failure } = await userOrFail();
    if (!user) return failure;
    const { id, ...unsafeData } = formDataToObject(formData);
    const parsed = jobInfoSchema.safeParse(unsafeData);
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const updated = await updateJobInfo(await getDb(), user.id, String(id ?? ""), parsed.data);
    if (!updated) return fail("NOT_FOUND", messages.NOT_FOUND);
    revalidateJobInfoCache({ userId: user.id, id: updated.id });
    return ok({ id: updated.id });
  });
  if (result?.ok) redirect(`/app/job-infos/${result.data.id}`);
  return result;
}

export async function deleteJobInfoAction(_prev: JobInfoFormState, formData: FormData): Promise<JobInfoFormState> {
  const result = await runAction("deleteJobInfo", async () => {
    const { user, failure } = await userOrFail();
    if (!user) return failure;
    const id = String(formData.get("id") ?? "");
    const db = await getDb();
    if (!(await deleteJobInfo(db, user.id, id))) return fail("NOT_FOUND", messages.NOT_FOUND);
    revalidateJobInfoCache({ userId: user.id, id });
    // Resumes and recordings of the job were scheduled for deletion with its rows; remove them now.
    await purgeDeletedFiles(db, getStorage()).catch(() => {});
    return ok({ id });
  });
  if (result?.ok) redirect("/app");
  return result;
}
