import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInterview, getAnswer, listAnswerSummaries } from "@/features/interviews/db";
import { uploadRecording } from "@/features/interviews/recording";
import { sweepStuckAnswers } from "@/features/interviews/sweeper";
import { createLocalStorage } from "@/services/storage/local";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { makeJob, makeUser } from "../support/questionFactories";
import { writeWav } from "../support/speechAudio";

const wav = () => writeWav({ samples: new Float32Array(1600), sampleRate: 16000 });

/** An answer whose analysis job could not be queued is not stuck for good: the sweeper queues it again. */
describe.each(databaseKinds)("stuck answers on %s", (kind) => {
  let t: TestDatabase;
  let root: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    root = mkdtempSync(path.join(tmpdir(), "darasa-sweep-"));
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it("accepts the upload when queueing fails, and the sweeper queues it once it is overdue", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const interview = await createInterview(t.db, { userId: user.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
    const [answer] = await listAnswerSummaries(t.db, user.id, interview.id);
    const bytes = wav();
    const accepted = await uploadRecording(
      { db: t.db, storage: createLocalStorage(root), user, enqueue: async () => Promise.reject(new Error("queue down")) },
      { interviewId: interview.id, answerId: answer!.id, contentLength: bytes.byteLength, body: new Blob([bytes as BlobPart]).stream() },
    );
    expect(accepted.status).toBe("processing"); // the recording is kept
    expect((await getAnswer(t.db, user.id, answer!.id))!.status).toBe("processing");

    const queued: string[] = [];
    const log = pino({ level: "silent" });
    expect(await sweepStuckAnswers(t.db, async (id) => void queued.push(id), log)).toBe(0); // not overdue yet
    expect(await sweepStuckAnswers(t.db, async (id) => void queued.push(id), log, 0)).toBeGreaterThanOrEqual(1);
    expect(queued).toContain(answer!.id);
  });
});
