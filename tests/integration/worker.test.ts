import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchPostgres } from "../support/database";
import { espeakWav, hasEspeak, makeTempDir } from "../support/speechAudio";
import { startWorkerProcess, type WorkerProcess } from "../support/worker";

/**
 * `npm run worker` (the real script, as a child process) on the local
 * Postgres: it runs the answer-analysis jobs the app queues, stops gracefully
 * on SIGTERM, and a job whose worker is SIGKILLed mid-job is finished by the
 * next worker. Postgres only: with PGlite there is no second process.
 */
const EXPIRE_SECONDS = "4";

describe.skipIf(!process.env.TEST_DATABASE_URL || !hasEspeak())("npm run worker (Postgres)", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "darasa-worker-"));
  const audio = makeTempDir();
  const workers: WorkerProcess[] = [];
  let scratch: { url: string; drop: () => Promise<void> };
  let app: {
    db: import("@/drizzle/db").Db;
    enqueueAnswerAnalysis: (answerId: string) => Promise<void>;
    stopQueue: () => Promise<void>;
    closeDatabase: () => Promise<void>;
    storage: import("@/services/storage").ObjectStorage;
    interviews: typeof import("@/features/interviews/db");
    uploadRecording: typeof import("@/features/interviews/recording").uploadRecording;
    factories: typeof import("../support/questionFactories");
  };
  let wav: Uint8Array;

  function startWorker(env: Record<string, string> = {}): WorkerProcess {
    const worker = startWorkerProcess({ DATABASE_URL: scratch.url, DARASA_DATA_DIR: dataDir, ANALYSIS_JOB_EXPIRE_SECONDS: EXPIRE_SECONDS, ...env });
    workers.push(worker);
    return worker;
  }

  /** A recorded answer, uploaded as the audio route does, queued with the app's own enqueue. */
  async function recordAnswer(): Promise<{ userId: string; answerId: string }> {
    const user = await app.factories.makeUser(app.db, "free");
    const job = await app.factories.makeJob(app.db, user.id);
    const interview = await app.interviews.createInterview(app.db, { userId: user.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
    const [answer] = await app.interviews.listAnswerSummaries(app.db, user.id, interview.id);
    const accepted = await app.uploadRecording(
      { db: app.db, storage: app.storage, user, enqueue: app.enqueueAnswerAnalysis },
      { interviewId: interview.id, answerId: answer!.id, contentLength: wav.byteLength, body: new Blob([wav as BlobPart]).stream() },
    );
    expect(accepted.status).toBe("processing");
    return { userId: user.id, answerId: answer!.id };
  }

  async function waitForStatus({ userId, answerId }: { userId: string; answerId: string }, ms: number) {
    const deadline = Date.now() + ms;
    for (;;) {
      const row = await app.interviews.getAnswer(app.db, userId, answerId);
      if (row?.status !== "processing" || Date.now() > deadline) return row;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    scratch = (await createScratchPostgres())!;
    // The app's modules read their configuration once, on first import: this process queues like a web server with WORKERS=0.
    Object.assign(process.env, { DATABASE_URL: scratch.url, DARASA_DATA_DIR: dataDir, ANALYSIS_JOB_EXPIRE_SECONDS: EXPIRE_SECONDS, LOG_LEVEL: "silent" });
    const [{ getDb, closeDatabase }, queue, { getStorage }, interviews, { uploadRecording }, factories] = await Promise.all([
      import("@/drizzle/db"),
      import("@/services/queue"),
      import("@/services/storage"),
      import("@/features/interviews/db"),
      import("@/features/interviews/recording"),
      import("../support/questionFactories"),
    ]);
    app = {
      db: await getDb(), // migrated here, before any worker starts
      enqueueAnswerAnalysis: queue.enqueueAnswerAnalysis,
      stopQueue: queue.stopQueue,
      closeDatabase,
      storage: getStorage(),
      interviews,
      uploadRecording,
      factories,
    };
    wav = espeakWav({ wpm: 150, voice: "en-us", text: "I would first stabilise the service, then find the root cause.", dir: audio.dir });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await app?.stopQueue();
    await app?.closeDatabase();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    audio.cleanup();
  });

  it("runs a queued answer analysis (speech on worker threads) and stops gracefully on SIGTERM", async () => {
    const worker = startWorker();
    await worker.waitFor("worker ready");
    const recorded = await recordAnswer();
    const answer = await waitForStatus(recorded, 30_000);
    expect(answer?.status, worker.logs()).toBe("ready");
    await worker.waitFor("answer analysed");
    expect(worker.logs()).toContain("speech analysis runs in worker threads");
    expect(worker.logs()).toContain(recorded.answerId);

    expect(await worker.stop()).toBe(0); // SIGTERM to npm, which passes it on (as a process manager's stop would)
    expect(worker.logs()).toContain("worker stopped, database closed");
  }, 60_000);

  it("finishes a job whose worker was SIGKILLed mid-job on another worker", async () => {
    const doomed = startWorker({ DARASA_FAULT_ANALYSIS_DELAY_MS: "60000" });
    await doomed.waitFor("worker ready");
    const recorded = await recordAnswer();
    await doomed.waitFor(`"answerId":"${recorded.answerId}"`, 15_000); // it took the job and holds it
    await doomed.kill(); // the whole group: npm, tsx and the worker, no shutdown

    const next = startWorker();
    // The job expires (ANALYSIS_JOB_EXPIRE_SECONDS), the queue's supervisor fails it, and it is retried here.
    const answer = await waitForStatus(recorded, 45_000);
    expect(answer?.status, next.logs()).toBe("ready");
    await next.waitFor("answer analysed", 5_000);
    expect(next.logs()).toContain(recorded.answerId); // the second worker did it
  }, 90_000);
});
