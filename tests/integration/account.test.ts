import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportUserData } from "@/features/account/db";
import { fileDeletions } from "@/drizzle/schema";
import { purgeDeletedFiles } from "@/features/files/purge";
import type { ObjectStorage } from "@/services/storage/types";
import { createInterview } from "@/features/interviews/db";
import { addCoachMessage } from "@/features/coach/db";
import { reserveLiveInterview } from "@/features/liveInterviews/db";
import { insertResumeAnalysis } from "@/features/resumeAnalyses/db";
import { deleteOwnAccount, getUser } from "@/features/users/db";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { insertReadyQuestions, makeJob, makeUser } from "../support/questionFactories";
import { makeResumeReport } from "../support/storedJson";

describe.each(databaseKinds)("account export and deletion on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("exports only the user's own data and lists their files; deletion removes all of it", async () => {
    const [alice, bob] = [await makeUser(t.db, "pro"), await makeUser(t.db, "pro")];
    for (const user of [alice, bob]) {
      const job = await makeJob(t.db, user.id);
      await insertReadyQuestions(t.db, user.id, job.id, 2);
      await insertResumeAnalysis(t.db, {
        userId: user.id,
        jobInfoId: job.id,
        fileName: "cv.pdf",
        fileType: "pdf",
        fileSize: 10,
        storageKey: `resumes/${user.id}/x.pdf`,
        resumeText: `resume of ${user.id}`,
        report: makeResumeReport(),
        overallScore: 50,
        matchRate: 0.5,
      });
      await createInterview(t.db, { userId: user.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
      await reserveLiveInterview(t.db, { userId: user.id, jobInfoId: job.id, monthlyLimit: null });
      await addCoachMessage(t.db, { userId: user.id, jobInfoId: job.id, role: "user", content: `coach note of ${user.id}` });
    }
    const data = (await exportUserData(t.db, alice.id))!;
    expect(data.user.id).toBe(alice.id);
    expect(data.jobInfos).toHaveLength(1);
    expect(data.questions).toHaveLength(2);
    expect(data.resumeAnalyses.map((r) => r.resumeText)).toEqual([`resume of ${alice.id}`]);
    expect(data.interviews).toHaveLength(1);
    expect(data.liveInterviews.map((l) => l.userId)).toEqual([alice.id]);
    expect(data.coachMessages.map((m) => m.content)).toEqual([`coach note of ${alice.id}`]);
    expect(JSON.stringify(data)).not.toContain(bob.id);
    const scheduled = async () => (await t.db.select().from(fileDeletions)).map((r) => r.storageKey).sort();
    const before = await scheduled();

    await deleteOwnAccount(t.db, alice.id);
    expect(await getUser(t.db, alice.id)).toBeUndefined();
    expect(await exportUserData(t.db, alice.id)).toBeUndefined();
    // The cascade scheduled Alice's stored file in the same transaction (bob's stay); the purge deletes it once.
    expect(await scheduled()).toEqual([...before, `resumes/${alice.id}/x.pdf`].sort());
    const deleted: string[] = [];
    const storage = { delete: async (key: string) => void deleted.push(key) } as unknown as ObjectStorage;
    await purgeDeletedFiles(t.db, storage);
    expect(deleted).toContain(`resumes/${alice.id}/x.pdf`);
    expect(deleted.some((key) => key.includes(bob.id))).toBe(false);
    expect(await scheduled()).toEqual([]);
    expect((await exportUserData(t.db, bob.id))!.questions).toHaveLength(2);
  });
});

describe("privacy summary counts", () => {
  it("counts only the user's own data", async () => {
    const { countUserData } = await import("@/features/account/db");
    const t = await createTestDatabase("pglite");
    try {
      const alice = await makeUser(t.db, "free");
      const bob = await makeUser(t.db, "free");
      await makeJob(t.db, alice.id);
      await makeJob(t.db, alice.id);
      await makeJob(t.db, bob.id);
      expect(await countUserData(t.db, alice.id)).toMatchObject({ jobs: 2, questions: 0, resumes: 0, recordings: 0, takes: 0 });
      expect((await countUserData(t.db, bob.id)).jobs).toBe(1);
    } finally {
      await t.dispose();
    }
  });
});
