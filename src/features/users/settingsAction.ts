"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getAuthMode } from "@/services/auth";
import { getCurrentUser } from "./currentUser";
import { formDataToObject } from "@/lib/formData";
import { updateSettings } from "./db";
import { settingsSchema } from "./schemas";

export async function updateSettingsAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return runAction("updateSettings", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const parsed = settingsSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const { name, aiProvider, plan, webhookUrl } = parsed.data;
    // The plan is only self-service in local mode; with Clerk it comes from billing.
    await updateSettings(await getDb(), user.id, {
      name,
      aiProvider: aiProvider === "default" ? null : aiProvider,
      plan: getAuthMode() === "local" ? plan : undefined,
      webhookUrl,
    });
    revalidatePath("/app", "layout");
    return ok(null);
  });
}
