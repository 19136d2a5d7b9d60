import "server-only";
import { getDb } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { apiError } from "@/lib/apiResponse";
import { logger } from "@/lib/logger";
import { getCurrentUser } from "@/features/users/currentUser";
import { humeSettings } from "@/services/hume";
import type { LiveDeps } from "./service";

/** The common start of a live-interview route: signed in, and Hume configured. */
export async function liveRouteContext(): Promise<{ user: User; deps: LiveDeps; error?: undefined } | { error: Response; user?: undefined; deps?: undefined }> {
  const user = await getCurrentUser();
  if (!user) return { error: apiError(401, "UNAUTHENTICATED", "Please sign in to continue.") };
  const hume = humeSettings();
  if (!hume) return { error: apiError(404, "LIVE_NOT_CONFIGURED", "Live voice interviews are not set up on this server; use a recorded interview.") };
  return { user, deps: { db: await getDb(), hume, log: logger.child({ feature: "live-interviews" }) } };
}
