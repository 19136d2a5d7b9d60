"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/drizzle/db";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "@/features/users/currentUser";
import { deleteLiveInterview } from "./db";

/** Deletes a live interview's record, transcript and feedback (Hume keeps its own chat history). */
export async function deleteLiveInterviewAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const jobInfoId = String(formData.get("jobInfoId") ?? "");
  const result = await runAction("deleteLiveInterview", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    if (!(await deleteLiveInterview(await getDb(), user.id, String(formData.get("id") ?? "")))) return fail("NOT_FOUND", messages.NOT_FOUND);
    return ok(null);
  });
  if (result.ok) redirect(`/app/job-infos/${encodeURIComponent(jobInfoId)}/interviews`);
  return result;
}
