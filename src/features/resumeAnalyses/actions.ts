"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/drizzle/db";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "@/features/users/currentUser";
import { getStorage } from "@/services/storage";
import { removeResumeAnalysis } from "./remove";

export async function deleteResumeAnalysisAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const jobInfoId = String(formData.get("jobInfoId") ?? "");
  const result = await runAction("deleteResumeAnalysis", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const id = String(formData.get("id") ?? "");
    if (!(await removeResumeAnalysis(await getDb(), getStorage(), user.id, id))) return fail("NOT_FOUND", messages.NOT_FOUND);
    return ok(null);
  });
  if (result.ok) redirect(`/app/job-infos/${encodeURIComponent(jobInfoId)}/resumes`);
  return result;
}
