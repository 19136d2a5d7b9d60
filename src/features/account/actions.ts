"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/drizzle/db";
import { deleteOwnAccount } from "@/features/users/db";
import { runAction } from "@/lib/action";
import { logger } from "@/lib/logger";
import { fail, messages, type ActionResult } from "@/lib/result";
import { getAuthMode } from "@/services/auth";
import { getCurrentUser } from "@/features/users/currentUser";
import { LOCAL_SESSION_COOKIE } from "@/services/auth/localSession";
import { getStorage } from "@/services/storage";
import { purgeDeletedFiles } from "@/features/files/purge";

/** Deletes the account, everything it owns (by cascade) and its stored files. */
export async function deleteAccountAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await runAction("deleteAccount", async () => {
    const user = await getCurrentUser();
    if (!user) return fail("UNAUTHENTICATED", messages.UNAUTHENTICATED);
    if (String(formData.get("id")) !== user.id) return fail("FORBIDDEN", "Confirm the deletion of your own account.");
    const db = await getDb();
    await deleteOwnAccount(db, user.id); // cascades; the database schedules every stored file
    const files = await purgeDeletedFiles(db, getStorage());
    if (getAuthMode() === "clerk") {
      const { clerkClient } = await import("@clerk/nextjs/server");
      await (await clerkClient()).users.deleteUser(user.id).catch((error: Error) => {
        logger.warn({ userId: user.id, err: error.message }, "clerk user deletion failed; local data is deleted");
      });
    } else {
      (await cookies()).delete(LOCAL_SESSION_COOKIE);
    }
    logger.info({ userId: user.id, files }, "account deleted");
    return { ok: true, data: null } as const;
  });
  if (result.ok) redirect("/");
  return result;
}
