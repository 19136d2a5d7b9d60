import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { answerTakes, fileDeletions, interviewAnswers, resumeAnalyses } from "@/drizzle/schema";
import { logger, type Logger } from "@/lib/logger";
import type { ObjectStorage } from "@/services/storage";

const BATCH = 200;

/**
 * Deletes stored files whose rows are gone (scheduled by database triggers,
 * see drizzle/0009). A key still named by a row — e.g. a recording an
 * archived take kept — is only unscheduled. Safe to run any time and
 * concurrently; a crash half-way is finished by the next run.
 */
export async function purgeDeletedFiles(db: DbOrTx, storage: ObjectStorage, log: Logger = logger): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await db.select({ key: fileDeletions.storageKey }).from(fileDeletions).orderBy(fileDeletions.scheduledAt).limit(BATCH);
    if (rows.length === 0) return deleted;
    for (const { key } of rows) {
      const named = async (column: typeof resumeAnalyses.storageKey | typeof interviewAnswers.storageKey | typeof answerTakes.storageKey) =>
        (
          await db
            .select({ one: sql<number>`1` })
            .from(column.table)
            .where(eq(column, key))
            .limit(1)
        ).length > 0;
      const stillNamed = (await named(resumeAnalyses.storageKey)) || (await named(interviewAnswers.storageKey)) || (await named(answerTakes.storageKey));
      if (!stillNamed) {
        try {
          await storage.delete(key);
          deleted++;
        } catch (error) {
          log.warn({ err: (error as Error).message }, "stored file could not be deleted yet; will retry");
          return deleted;
        }
      }
      await db.delete(fileDeletions).where(eq(fileDeletions.storageKey, key));
    }
    if (rows.length < BATCH) return deleted;
  }
}
