"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { purgeDeletedFiles } from "@/features/files/purge";
import { deleteOwnAccount } from "@/features/users/db";
import { AppError } from "@/lib/errors";
import { defineAction } from "@/server/action";
import { getAuthMode } from "@/services/auth";
import { LOCAL_SESSION_COOKIE } from "@/services/auth/localSession";
import { getStorage } from "@/services/storage";

/** Deletes the account, everything it owns (by cascade) and its stored files. */
export const deleteAccountAction = defineAction(
  { name: "deleteAccount", input: z.object({ id: z.string().default("") }), limit: "write" },
  async ({ user, input, log }) => {
    if (input.id !== user.id) throw new AppError("FORBIDDEN", "Confirm the deletion of your own account.");
    const db = await getDb();
    await deleteOwnAccount(db, user.id); // cascades; the database schedules every stored file
    const files = await purgeDeletedFiles(db, getStorage());
    if (getAuthMode() === "clerk") {
      const { clerkClient } = await import("@clerk/nextjs/server");
      await (await clerkClient()).users.deleteUser(user.id).catch((error: Error) => {
        log.warn({ userId: user.id, err: error.message }, "clerk user deletion failed; local data is deleted");
      });
    } else {
      (await cookies()).delete(LOCAL_SESSION_COOKIE);
    }
    log.info({ userId: user.id, files }, "account deleted");
    redirect("/");
  },
);
