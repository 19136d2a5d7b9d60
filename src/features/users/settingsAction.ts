"use server";

import { refresh } from "next/cache";
import { getDb } from "@/drizzle/db";
import { defineAction } from "@/server/action";
import { getAuthMode } from "@/services/auth";
import { updateSettings } from "./db";
import { settingsSchema } from "./schemas";

/** Saves the settings; the page (and its layout: the name and plan in the header) is rendered again with them. */
export const updateSettingsAction = defineAction({ name: "updateSettings", input: settingsSchema, limit: "write" }, async ({ user, input }) => {
  const { name, aiProvider, plan, webhookUrl } = input;
  // The plan is only self-service in local mode; with Clerk it comes from billing.
  await updateSettings(await getDb(), user.id, {
    name,
    aiProvider: aiProvider === "default" ? null : aiProvider,
    plan: getAuthMode() === "local" ? plan : undefined,
    webhookUrl,
  });
  refresh();
  return null;
});
