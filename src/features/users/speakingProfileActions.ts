"use server";

import { refresh } from "next/cache";
import { getDb } from "@/drizzle/db";
import type { ActionResult } from "@/lib/result";
import { defineAction } from "@/server/action";
import { setCloudRecognitionConsent, updateSpeakingProfile } from "./db";
import { speakingProfileSchema } from "./schemas";

export type SpeakingProfileState = ActionResult<{ speechLanguage: string; cloudRecognition: boolean; extraFillers: string[] }>;

/** Settings → speaking profile: the recognition language, the user's own fillers and the cloud-recognition consent. */
export const updateSpeakingProfileAction = defineAction(
  { name: "updateSpeakingProfile", input: speakingProfileSchema, limit: "write" },
  async ({ user, input }) => {
    await updateSpeakingProfile(await getDb(), user.id, input);
    refresh();
    return input;
  },
);

/** The one-time agreement, given from the recorder, that the browser vendor's service may hear recordings. */
export const allowCloudRecognitionAction = defineAction({ name: "allowCloudRecognition", limit: "write" }, async ({ user }) => {
  await setCloudRecognitionConsent(await getDb(), user.id, true);
  return null;
});
