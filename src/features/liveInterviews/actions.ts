"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { AppError, messages } from "@/lib/errors";
import { recordIdSchema } from "@/lib/formData";
import { defineAction } from "@/server/action";
import { deleteLiveInterview } from "./db";

/** Deletes a live interview's record, transcript and feedback (Hume keeps its own chat history). */
export const deleteLiveInterviewAction = defineAction(
  { name: "deleteLiveInterview", input: recordIdSchema.extend({ jobInfoId: z.string().default("") }), limit: "write" },
  async ({ user, input }) => {
    if (!(await deleteLiveInterview(await getDb(), user.id, input.id))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
    redirect(`/app/job-infos/${encodeURIComponent(input.jobInfoId)}/interviews`);
  },
);
