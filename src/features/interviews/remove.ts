import type { DbOrTx } from "@/drizzle/db";
import type { ObjectStorage } from "@/services/storage";
import { deleteInterview } from "./db";

/**
 * Deletes a recorded interview: its rows first (one transaction), then every
 * recording it stored. False when it is not the user's (or gone).
 */
export async function removeInterview(db: DbOrTx, storage: ObjectStorage, userId: string, id: string): Promise<boolean> {
  const deleted = await deleteInterview(db, userId, id);
  if (!deleted) return false;
  for (const key of deleted.storageKeys) await storage.delete(key);
  return true;
}
