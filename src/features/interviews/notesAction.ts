"use server";

import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { saveLiveInterviewNotes } from "@/features/liveInterviews/db";
import { runAction } from "@/lib/action";
import { formDataToObject } from "@/lib/formData";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "@/features/users/currentUser";
import { limitUser } from "@/services/protection";
import { saveInterviewNotes } from "./db";
import { notesSchema } from "./notes";


/** Saves the user's notes on a recorded or live interview of theirs. */
export async function saveNotesAction(_prev: ActionResult<{ savedAt: string }> | null, formData: FormData): Promise<ActionResult<{ savedAt: string }>> {
  return runAction("saveInterviewNotes", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const parsed = notesSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("VALIDATION_FAILED", parsed.error.issues[0]?.message ?? messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const limit = await limitUser(user.id, "write");
    if (!limit.allowed) return fail("RATE_LIMITED", limit.message);
    const notes = parsed.data.notes.trim() || null;
    const save = parsed.data.kind === "live" ? saveLiveInterviewNotes : saveInterviewNotes;
    if (!(await save(await getDb(), user.id, parsed.data.id, notes))) return fail("NOT_FOUND", messages.NOT_FOUND);
    return ok({ savedAt: new Date().toISOString() });
  });
}
