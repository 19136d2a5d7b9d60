"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { purgeDeletedFiles } from "@/features/files/purge";
import { AppError, messages } from "@/lib/errors";
import { recordIdSchema } from "@/lib/formData";
import type { ActionResult } from "@/lib/result";
import { defineAction } from "@/server/action";
import { getStorage } from "@/services/storage";
import { deleteJobInfo, insertJobInfoWithinLimit, updateJobInfo } from "./db";
import { FREE_PLAN_JOB_LIMIT } from "./permissions";
import { jobInfoSchema } from "./schemas";

/** Success redirects to the job, so the state only ever holds a refusal. */
export type JobInfoFormState = ActionResult<never> | null;

export const createJobInfoAction = defineAction({ name: "createJobInfo", input: jobInfoSchema, limit: "write" }, async ({ user, input }) => {
  const jobInfo = await insertJobInfoWithinLimit(await getDb(), user, input);
  if (!jobInfo) throw new AppError("FORBIDDEN", `The free plan keeps up to ${FREE_PLAN_JOB_LIMIT} jobs. Delete one or upgrade to Pro.`);
  redirect(`/app/job-infos/${jobInfo.id}`);
});

export const updateJobInfoAction = defineAction(
  { name: "updateJobInfo", input: jobInfoSchema.extend({ id: z.string() }), limit: "write" },
  async ({ user, input: { id, ...changes } }) => {
    const updated = await updateJobInfo(await getDb(), user.id, id, changes);
    if (!updated) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
    redirect(`/app/job-infos/${updated.id}`);
  },
);

export const deleteJobInfoAction = defineAction({ name: "deleteJobInfo", input: recordIdSchema, limit: "write" }, async ({ user, input }) => {
  const db = await getDb();
  if (!(await deleteJobInfo(db, user.id, input.id))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
  // Resumes and recordings of the job were scheduled for deletion with its rows; remove them now.
  await purgeDeletedFiles(db, getStorage()).catch(() => {});
  redirect("/app");
});
