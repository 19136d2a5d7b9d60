import { logger } from "@/lib/logger";

/**
 * The background jobs: answer analysis, live-interview analysis (with Hume),
 * the purge of deleted files and the sweeper of answers whose job was lost.
 * Run by the web server (WORKERS=1, the default) or by `npm run worker`
 * (scripts/worker.ts) beside web servers started with WORKERS=0.
 */
type WorkersGlobal = typeof globalThis & { __darasaWorkerTimers?: NodeJS.Timeout[] };

export async function startWorkers(): Promise<void> {
  const [{ processAnswer }, { processLiveInterview }, { getStorage }, { getDb }, hume, { answerPipelineDeps, livePipelineDeps }, queue] = await Promise.all([
    import("@/features/interviews/pipeline"),
    import("@/features/liveInterviews/pipeline"),
    import("@/services/storage"),
    import("@/drizzle/db"),
    import("@/services/hume"),
    import("./pipelineDeps"),
    import("@/services/queue"),
  ]);
  const timers: NodeJS.Timeout[] = [];
  (globalThis as WorkersGlobal).__darasaWorkerTimers = timers;
  const db = await getDb();
  const answerDeps = await answerPipelineDeps();
  // Fault injection for crash tests: hold each job this long before analysing it.
  const faultDelayMs = Number(process.env.DARASA_FAULT_ANALYSIS_DELAY_MS ?? 0);
  await queue.startAnswerWorker(async (answerId) => {
    if (faultDelayMs > 0) {
      logger.info({ answerId, ms: faultDelayMs }, "fault injection: holding the job");
      await new Promise((resolve) => setTimeout(resolve, faultDelayMs));
    }
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
  timers.push(setInterval(purge, 5 * 60_000).unref());
  // Answers whose analysis job was never queued (a crash or a queue error right after the upload) are queued again.
  const { sweepStuckAnswers } = await import("@/features/interviews/sweeper");
  const sweep = () => sweepStuckAnswers(db, queue.enqueueAnswerAnalysis, logger).catch((error: Error) => logger.warn({ err: error.message }, "sweep failed"));
  await sweep();
  timers.push(setInterval(sweep, 2 * 60_000).unref());
  const humeConfig = hume.humeSettings();
  if (humeConfig) {
    const liveDeps = await livePipelineDeps(humeConfig);
    await queue.startLiveInterviewWorker((interviewId) => processLiveInterview(liveDeps, interviewId));
  }
  logger.info(`queue started (analyse-answer${humeConfig ? ", analyse-live-interview" : ""} workers)`);
}

/**
 * Graceful stop: no new jobs are taken; a running job gets the queue's grace
 * period to finish, else it is failed back to the queue (retried by another
 * worker); then the sweepers stop and the speech threads end. The database
 * is closed by the caller.
 */
export async function stopWorkers(): Promise<void> {
  const store = globalThis as WorkersGlobal;
  for (const timer of store.__darasaWorkerTimers ?? []) clearInterval(timer);
  store.__darasaWorkerTimers = undefined;
  const [{ stopQueue }, { closeSpeechPool }] = await Promise.all([import("@/services/queue"), import("@/services/speechPool")]);
  await stopQueue();
  await closeSpeechPool();
}
