import type { Db } from "@/drizzle/db";
import type { Logger } from "@/lib/logger";
import { unsafeListStuckAnswers } from "./db";

/** Longer than any analysis takes, and than pg-boss's own retry of a dead worker's job. */
export const STUCK_AFTER_MS = 10 * 60_000;

/**
 * Queues again every answer stuck in "processing" (its job was never queued,
 * or was lost). Queueing is idempotent per answer (pg-boss singleton key), so
 * an answer whose job is still waiting or running is not analysed twice.
 */
export async function sweepStuckAnswers(db: Db, enqueue: (answerId: string) => Promise<void>, log: Logger, olderThanMs = STUCK_AFTER_MS): Promise<number> {
  const stuck = await unsafeListStuckAnswers(db, olderThanMs);
  for (const id of stuck) await enqueue(id);
  if (stuck.length > 0) log.warn({ answers: stuck.length }, "re-queued answers stuck in processing");
  return stuck.length;
}
