"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/drizzle/db";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "@/features/users/currentUser";
import { deleteQuestion } from "./db";

export async function deleteQuestionAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction("deleteQuestion", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const id = String(formData.get("id") ?? "");
    if (!(await deleteQuestion(await getDb(), user.id, id))) return fail("NOT_FOUND", messages.NOT_FOUND);
    revalidatePath("/app/job-infos/[jobInfoId]/questions", "page");
    return ok(null);
  });
}
