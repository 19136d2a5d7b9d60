"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { runAction } from "@/lib/action";
import { formDataToObject } from "@/lib/formData";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getCurrentUser } from "./currentUser";
import { setCloudRecognitionConsent, updateSpeakingProfile } from "./db";
import { speakingProfileSchema } from "./schemas";

export type SpeakingProfileState = ActionResult<{ speechLanguage: string; cloudRecognition: boolean; extraFillers: string[] }>;

/** Settings → speaking profile: the recognition language, the user's own fillers and the cloud-recognition consent. */
export async function updateSpeakingProfileAction(_prev: SpeakingProfileState | null, formData: FormData): Promise<SpeakingProfileState> {
  return runAction("updateSpeakingProfile", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    const parsed = speakingProfileSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    await updateSpeakingProfile(await getDb(), user.id, parsed.data);
    revalidatePath("/app", "layout");
    return ok(parsed.data);
  });
}

/** The one-time agreement, given from the recorder, that the browser vendor's service may hear recordings. */
export async function allowCloudRecognitionAction(): Promise<ActionResult<null>> {
  return runAction("allowCloudRecognition", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    await setCloudRecognitionConsent(await getDb(), user.id, true);
    return ok(null);
  });
}
