import { PgBoss } from "pg-boss";
import { fromPglite } from "pg-boss";
import { getDatabase } from "@/drizzle/db";
import { logger } from "@/lib/logger";

/**
 * Background jobs on pg-boss: on the app's Postgres when DATABASE_URL is set,
 * otherwise on the same in-process PGlite (pg-boss's PGlite adapter). Jobs are
 * rows, so they survive restarts; a job whose worker died expires and is retried.
 */
export const QUEUES = { analyseAnswer: "analyse-answer", analyseLiveInterview: "analyse-live-interview" } as const;

/** A job whose worker died (crash, kill) is retried once it expires. */
export const ANSWER_JOB_OPTIONS = {
  retryLimit: 3,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: Number(process.env.ANALYSIS_JOB_EXPIRE_SECONDS ?? 30),
} as const;

type QueueGlobal = typeof globalThis & { __darasaQueue?: Promise<PgBoss> };

export function getQueue(): Promise<PgBoss> {
  const store = globalThis as QueueGlobal;
  store.__darasaQueue ??= (async () => {
    const database = await getDatabase();
    // Supervision (which retries jobs whose worker died) every 10 s rather than pg-boss's 60 s default:
    // expiry runs in each queue's monitor pass, itself at most every monitorIntervalSeconds (60 s by default).
    const common = { schema: "pgboss", superviseIntervalSeconds: 10, monitorIntervalSeconds: 10 };
    const boss =
      database.raw.kind === "postgres"
        ? new PgBoss({ ...common, connectionString: database.raw.url })
        : new PgBoss({ ...common, db: fromPglite(database.raw.client), backend: "pglite" });
    boss.on("error", (error) => logger.error({ err: (error as Error).message }, "queue error"));
    await boss.start();
    for (const name of Object.values(QUEUES)) await boss.createQueue(name, ANSWER_JOB_OPTIONS).catch(() => {});
    return boss;
  })().catch((error) => {
    store.__darasaQueue = undefined;
    throw error;
  });
  return store.__darasaQueue;
}

export async function enqueueAnswerAnalysis(answerId: string): Promise<void> {
  const boss = await getQueue();
  await boss.send(QUEUES.analyseAnswer, { answerId }, { ...ANSWER_JOB_OPTIONS, singletonKey: answerId });
}

export async function enqueueLiveInterviewAnalysis(interviewId: string): Promise<void> {
  const boss = await getQueue();
  await boss.send(QUEUES.analyseLiveInterview, { interviewId }, { ...ANSWER_JOB_OPTIONS, singletonKey: interviewId });
}

/** Registers the live-interview worker (network-bound: Hume's events, then the model). */
export async function startLiveInterviewWorker(handler: (interviewId: string) => Promise<void>): Promise<void> {
  const boss = await getQueue();
  await boss.work<{ interviewId: string }>(QUEUES.analyseLiveInterview, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handler(job.data.interviewId);
  });
}

/** Registers the worker (one answer at a time: analysis is CPU-bound). */
export async function startAnswerWorker(handler: (answerId: string) => Promise<void>): Promise<void> {
  const boss = await getQueue();
  await boss.work<{ answerId: string }>(QUEUES.analyseAnswer, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handler(job.data.answerId);
  });
}

export async function stopQueue(): Promise<void> {
  const store = globalThis as QueueGlobal;
  const pending = store.__darasaQueue;
  store.__darasaQueue = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}
