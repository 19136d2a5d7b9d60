import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileDeletions, resumeAnalyses } from "@/drizzle/schema";
import { purgeDeletedFiles } from "@/features/files/purge";
import { attachRecording, createInterview, listAnswerSummaries } from "@/features/interviews/db";
import { deleteJobInfo } from "@/features/jobInfos/db";
import { createLocalStorage } from "@/services/storage/local";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { makeJob, makeUser } from "../support/questionFactories";
import { sql } from "drizzle-orm";

/**
 * Deleting deletes the files too, durably: the database schedules every
 * stored file of the deleted rows (direct deletes, cascades, replaced
 * recordings) in the same transaction, and the purge removes each file once
 * no row names it — also when the process died between the two.
 */
describe.each(databaseKinds)("stored files follow their rows on %s", (kind) => {
  let t: TestDatabase;
  let root: string;
  const storage = () => createLocalStorage(root);
  const put = (key: string) => storage().put(key, new Blob([new Uint8Array(10)]).stream(), { contentType: "application/octet-stream", maxBytes: 100 });
  const exists = async (key: string) => (await storage().stat(key)) !== null;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    root = mkdtempSync(path.join(tmpdir(), "darasa-files-"));
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it("deleting a job schedules its resumes, recordings and takes, and the purge (even after a crash) removes them", async () => {
    const user = await makeUser(t.db, "pro");
    const job = await makeJob(t.db, user.id);
    const keep = await makeJob(t.db, user.id);
    const keys = {
      resume: `resumes/u/${crypto.randomUUID()}.pdf`,
      take: `recordings/u/${crypto.randomUUID()}.wav`,
      latest: `recordings/u/${crypto.randomUUID()}.wav`,
      other: `recordings/u/${crypto.randomUUID()}.wav`,
    };
    for (const key of Object.values(keys)) await put(key);
    await t.db.insert(resumeAnalyses).values({
      userId: user.id,
      jobInfoId: job.id,
      fileName: "cv.pdf",
      fileType: "pdf",
      fileSize: 10,
      storageKey: keys.resume,
      resumeText: "x",
      report: {},
      overallScore: 50,
      matchRate: 0.5,
    } as typeof resumeAnalyses.$inferInsert);
    const interview = await createInterview(t.db, { userId: user.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
    const [answer] = await listAnswerSummaries(t.db, user.id, interview.id);
    await attachRecording(t.db, user.id, answer!.id, { storageKey: keys.take, audioBytes: 10 });
    await t.db.execute(sql`update interview_answers set status = 'ready' where id = ${answer!.id}`);
    await attachRecording(t.db, user.id, answer!.id, { storageKey: keys.latest, audioBytes: 10 }); // the first take is archived, not scheduled
    const otherInterview = await createInterview(t.db, { userId: user.id, jobInfoId: keep.id, questions: [{ text: "Q", bankQuestionId: null }] });
    const [otherAnswer] = await listAnswerSummaries(t.db, user.id, otherInterview.id);
    await attachRecording(t.db, user.id, otherAnswer!.id, { storageKey: keys.other, audioBytes: 10 });

    // The archived take's recording was scheduled by the re-record (its key changed) but is still named: the purge keeps it.
    await purgeDeletedFiles(t.db, storage());
    expect(await exists(keys.take)).toBe(true);

    expect(await deleteJobInfo(t.db, user.id, job.id)).toBe(true);
    const scheduled = (await t.db.select().from(fileDeletions)).map((r) => r.storageKey).sort();
    expect(scheduled).toEqual([keys.latest, keys.resume, keys.take].sort());
    // "Crash": nothing purged yet; the files are still there. The next purge (startup, or the periodic one) finishes.
    for (const key of [keys.resume, keys.take, keys.latest]) expect(await exists(key)).toBe(true);
    expect(await purgeDeletedFiles(t.db, storage())).toBe(3);
    for (const key of [keys.resume, keys.take, keys.latest]) expect(await exists(key)).toBe(false);
    expect(await exists(keys.other)).toBe(true); // another job's recording stays
    expect(await t.db.select().from(fileDeletions)).toEqual([]);
  });

  it("keeps the schedule when storage is down, and finishes later", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const interview = await createInterview(t.db, { userId: user.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
    const [answer] = await listAnswerSummaries(t.db, user.id, interview.id);
    const key = `recordings/u/${crypto.randomUUID()}.wav`;
    await put(key);
    await attachRecording(t.db, user.id, answer!.id, { storageKey: key, audioBytes: 10 });
    await deleteJobInfo(t.db, user.id, job.id);
    const down = { ...storage(), delete: async () => Promise.reject(new Error("storage unavailable")) };
    expect(await purgeDeletedFiles(t.db, down)).toBe(0);
    expect((await t.db.select().from(fileDeletions)).map((r) => r.storageKey)).toEqual([key]);
    expect(await purgeDeletedFiles(t.db, storage())).toBe(1);
    expect(await exists(key)).toBe(false);
  });
});
