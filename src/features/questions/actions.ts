"use server";

import { refresh } from "next/cache";
import { getDb } from "@/drizzle/db";
import { AppError, messages } from "@/lib/errors";
import { recordIdSchema } from "@/lib/formData";
import { defineAction } from "@/server/action";
import { deleteQuestion } from "./db";

/** Deletes one question; the list the user is looking at is refreshed without it. */
export const deleteQuestionAction = defineAction({ name: "deleteQuestion", input: recordIdSchema, limit: "write" }, async ({ user, input }) => {
  if (!(await deleteQuestion(await getDb(), user.id, input.id))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
  refresh();
  return null;
});
