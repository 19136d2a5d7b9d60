"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { AppError, messages } from "@/lib/errors";
import { recordIdSchema } from "@/lib/formData";
import { defineAction } from "@/server/action";
import { getStorage } from "@/services/storage";
import { removeResumeAnalysis } from "./remove";

export const deleteResumeAnalysisAction = defineAction(
  { name: "deleteResumeAnalysis", input: recordIdSchema.extend({ jobInfoId: z.string().default("") }), limit: "write" },
  async ({ user, input }) => {
    if (!(await removeResumeAnalysis(await getDb(), getStorage(), user.id, input.id))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
    redirect(`/app/job-infos/${encodeURIComponent(input.jobInfoId)}/resumes`);
  },
);
