import { describeAdapters, isLoopbackHost, selectAdapters } from "@/config/adapters";
import { adapterEnv, env } from "@/config/env";
import { closeDatabase, getDatabase } from "@/drizzle/db";
import { logger } from "@/lib/logger";
import { startAnswerWorker, startLiveInterviewWorker, stopQueue } from "@/services/queue";

type ShutdownGlobal = typeof globalThis & { __darasaShutdown?: () => Promise<void> };

/**
 * Start-up: validate configuration, refuse unsafe combinations, log the
 * adapters once, open and migrate the database, register shutdown.
 * Any failure stops the process with a readable message.
 */
export async function startServer() {
  try {
    const adapters = selectAdapters(adapterEnv());
    if (adapters.auth === "local" && !isLoopbackHost(env.HOST) && process.env.DARASA_ALLOW_LOCAL_AUTH_ON_NETWORK !== "1") {
      throw new Error(
        `Local sign-in is active (no Clerk keys) but HOST=${env.HOST} would expose it to the network. ` + "Configure Clerk, or bind to 127.0.0.1.",
      );
    }
    logger.info({ adapters }, `adapters: ${describeAdapters(adapters)}`);
    const started = Date.now();
    const database = await getDatabase();
    logger.info({ database: database.kind, ms: Date.now() - started }, "database ready (migrations applied)");
    await startWorkers();
    (globalThis as ShutdownGlobal).__darasaShutdown = async () => {
      await stopQueue();
      await closeDatabase();
      logger.info("queue stopped, database closed");
    };
  } catch (error) {
    logger.fatal({ err: (error as Error).message }, "cannot start");
    console.error(`\nDarasa cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** Background workers run in the server process (the one that owns an embedded PGlite). */
async function startWorkers() {
  const [{ processAnswer }, { processLiveInterview }, { getStorage }, { getDb }, hume, { answerPipelineDeps, livePipelineDeps }] = await Promise.all([
    import("@/features/interviews/pipeline"),
    import("@/features/liveInterviews/pipeline"),
    import("@/services/storage"),
    import("@/drizzle/db"),
    import("@/services/hume"),
    import("./pipelineDeps"),
  ]);
  const db = await getDb();
  const answerDeps = await answerPipelineDeps();
  // Fault injection for crash tests: hold each job this long before analysing it.
  const faultDelayMs = Number(process.env.DARASA_FAULT_ANALYSIS_DELAY_MS ?? 0);
  await startAnswerWorker(async (answerId) => {
    if (faultDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, faultDelayMs));
    await processAnswer(answerDeps, answerId);
  });
  // Files whose rows were deleted (or replaced) are removed by the purge: now, for anything a crash
  // left behind, then every few minutes; deletions also run it at once.
  const { purgeDeletedFiles } = await import("@/features/files/purge");
  const purge = () =>
    purgeDeletedFiles(db, getStorage(), logger.child({ worker: "purge-files" })).catch((error: Error) =>
      logger.warn({ err: error.message }, "file purge failed"),
    );
  await purge();
  setInterval(purge, 5 * 60_000).unref();
  // Answers whose analysis job was never queued (a crash or a queue error right after the upload) are queued again.
  const { sweepStuckAnswers } = await import("@/features/interviews/sweeper");
  const { enqueueAnswerAnalysis } = await import("@/services/queue");
  const sweep = () => sweepStuckAnswers(db, enqueueAnswerAnalysis, logger).catch((error: Error) => logger.warn({ err: error.message }, "sweep failed"));
  await sweep();
  setInterval(sweep, 2 * 60_000).unref();
  const humeConfig = hume.humeSettings();
  if (humeConfig) {
    const liveDeps = await livePipelineDeps(humeConfig);
    await startLiveInterviewWorker((interviewId) => processLiveInterview(liveDeps, interviewId));
  }
  logger.info(`queue started (analyse-answer${humeConfig ? ", analyse-live-interview" : ""} workers)`);
}
