"use server";

import { refresh } from "next/cache";
import { getDb } from "@/drizzle/db";
import { saveLiveInterviewNotes } from "@/features/liveInterviews/db";
import { AppError, messages } from "@/lib/errors";
import { defineAction } from "@/server/action";
import { saveInterviewNotes } from "./db";
import { notesSchema } from "./notes";

/** Saves the user's notes on a recorded or live interview of theirs; the page shows the saved notes. */
export const saveNotesAction = defineAction({ name: "saveInterviewNotes", input: notesSchema, limit: "write" }, async ({ user, input }) => {
  const notes = input.notes.trim() || null;
  const save = input.kind === "live" ? saveLiveInterviewNotes : saveInterviewNotes;
  if (!(await save(await getDb(), user.id, input.id, notes))) throw new AppError("NOT_FOUND", messages.NOT_FOUND);
  refresh();
  return { savedAt: new Date().toISOString() };
});
