"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { getJobInfo } from "@/features/jobInfos/db";
import { planInterview } from "@/insights/planInterview";
import { AppError, messages } from "@/lib/errors";
import { recordIdSchema } from "@/lib/formData";
import { defineAction } from "@/server/action";
import { getStorage } from "@/services/storage";
import { createInterview } from "./db";
import { removeInterview, removeTake } from "./remove";
import { startInterviewSchema } from "./schemas";

/** Starts a recorded interview: N questions of the chosen kind from the bank, matched to the job, none repeated. */
export const startInterviewAction = defineAction({ name: "startInterview", input: startInterviewSchema, limit: "write" }, async ({ user, input }) => {
  const db = await getDb();
  const job = await getJobInfo(db, user.id, input.jobInfoId);
  if (!job) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
  const questions = planInterview(job, input.kind, input.questionCount).map((p) => ({
    text: p.question.question,
    bankQuestionId: p.question.id,
  }));
  if (questions.length === 0) throw new AppError("CONFLICT", "No questions are left for this job.");
  const interview = await createInterview(db, { userId: user.id, jobInfoId: job.id, kind: input.kind, mode: input.mode, questions });
  redirect(`/app/job-infos/${job.id}/interviews/${interview.id}`);
});

/** Deletes one recorded interview with its answers and recordings. */
export const deleteInterviewAction = defineAction(
  { name: "deleteInterview", input: recordIdSchema.extend({ jobInfoId: z.string().default("") }), limit: "write" },
  async ({ user, input }) => {
    if (!(await removeInterview(await getDb(), getStorage(), user.id, input.id))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
    redirect(`/app/job-infos/${encodeURIComponent(input.jobInfoId)}/interviews`);
  },
);

/** Deletes one earlier take of an answer and its recording. */
export const deleteTakeAction = defineAction(
  { name: "deleteTake", input: recordIdSchema.extend({ back: z.string().default("") }), limit: "write" },
  async ({ user, input }) => {
    if (!(await removeTake(await getDb(), getStorage(), user.id, input.id))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
    // Only ever back to a page of this app (the path is not trusted beyond that).
    redirect(/^\/app\/[\w/-]+$/.test(input.back) ? input.back : "/app");
  },
);
