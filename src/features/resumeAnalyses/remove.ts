import type { DbOrTx } from "@/drizzle/db";
import type { ObjectStorage } from "@/services/storage";
import { deleteResumeAnalysis } from "./db";

/** Deletes an analysis and its stored file; false when it is not the user's (or gone). */
export async function removeResumeAnalysis(db: DbOrTx, storage: ObjectStorage, userId: string, id: string): Promise<boolean> {
  const storageKey = await deleteResumeAnalysis(db, userId, id);
  if (!storageKey) return false;
  await storage.delete(storageKey);
  return true;
}
