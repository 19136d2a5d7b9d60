import type { DbOrTx } from "@/drizzle/db";
import { purgeDeletedFiles } from "@/features/files/purge";
import type { ObjectStorage } from "@/services/storage";
import { deleteResumeAnalysis } from "./db";

/** Deletes an analysis and its stored file; false when it is not the user's (or gone). */
export async function removeResumeAnalysis(db: DbOrTx, storage: ObjectStorage, userId: string, id: string): Promise<boolean> {
  if (!(await deleteResumeAnalysis(db, userId, id))) return false;
  await purgeDeletedFiles(db, storage); // the database scheduled the file in the same transaction
  return true;
}
