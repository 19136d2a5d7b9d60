import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Stored files whose rows are gone, waiting to be deleted from storage.
 * Filled by database triggers in the same transaction as the deletion (or the
 * re-record that replaced a recording), so a crash before the file is removed
 * cannot leave it behind: the purge (features/files/purge.ts) finishes it.
 */
export const fileDeletions = pgTable("file_deletions", {
  storageKey: text("storage_key").primaryKey(),
  scheduledAt: timestamp("scheduled_at", { withTimezone: true }).notNull().defaultNow(),
});
