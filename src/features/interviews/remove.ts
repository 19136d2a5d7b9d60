import type { DbOrTx } from "@/drizzle/db";
import { purgeDeletedFiles } from "@/features/files/purge";
import type { ObjectStorage } from "@/services/storage";
import { deleteInterview } from "./db";
import { deleteTake } from "./takesDb";

/**
 * Deletes a recorded interview with its answers and takes; the database
 * schedules their recordings for deletion in the same transaction and the
 * purge removes them. False when it is not the user's (or gone).
 */
export async function removeInterview(db: DbOrTx, storage: ObjectStorage, userId: string, id: string): Promise<boolean> {
  if (!(await deleteInterview(db, userId, id))) return false;
  await purgeDeletedFiles(db, storage);
  return true;
}

/** Deletes one earlier take of an answer and its recording. */
export async function removeTake(db: DbOrTx, storage: ObjectStorage, userId: string, id: string): Promise<boolean> {
  if (!(await deleteTake(db, userId, id))) return false;
  await purgeDeletedFiles(db, storage);
  return true;
}
