import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questions as questionsTable, questionUsage } from "@/drizzle/schema";
import { deleteJobInfo } from "@/features/jobInfos/db";
import { countQuestionUsage, deleteQuestion, saveAnswer } from "@/features/questions/db";
import { QUESTION_LIMITS } from "@/features/questions/permissions";
import * as streams from "@/features/questions/streams";
import { deleteOwnAccount, unsafeDeleteUser } from "@/features/users/db";
import { asOutcome } from "../support/boundary";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { depsFor, insertReadyQuestions, makeJob, makeUser, mockTextModel, rowsOf } from "../support/questionFactories";

/**
 * The monthly question ledger (question_usage): a question that counted
 * against the free plan stays counted when it, or its job, is deleted; only
 * deleting the account removes the ledger.
 */

const streamNewQuestion = (...args: Parameters<typeof streams.streamNewQuestion>) => asOutcome(streams.streamNewQuestion(...args));

const HOUR = 3600 * 1000;
const limit = QUESTION_LIMITS.free!;

/** Backdating across the 1st moves a row into last month: the expectations follow the calendar. */
const inThisMonth = (msAgo: number) => new Date(Date.now() - msAgo).getUTCMonth() === new Date().getUTCMonth();

describe.each(databaseKinds)("question usage ledger on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const ledgerOf = (userId: string) => t.db.select().from(questionUsage).where(eq(questionUsage.userId, userId));

  /** Asks for a question as the route does; the status and, when asked, its id. */
  async function ask(user: { id: string; plan: "free" | "pro" }, jobInfoId: string, text = "Why is a unique index safer than a check-then-insert?") {
    const { response, saved } = await streamNewQuestion(depsFor(t.db, user, mockTextModel([text])), { jobInfoId, difficulty: "medium" });
    if (response.ok) await response.text();
    await saved;
    return { status: response.status, id: response.headers.get("x-question-id"), body: response.ok ? null : await response.json() };
  }

  it("answering then deleting a question leaves the month's count unchanged", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const { status, id } = await ask(user, job.id);
    expect(status).toBe(200);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: 0, pending: 1 });

    expect(await saveAnswer(t.db, user.id, id!, "First answer.")).toBeInstanceOf(Date);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: 1, pending: 0 });
    // Answering again is a new attempt, not a new question: still one ledger row.
    expect(await saveAnswer(t.db, user.id, id!, "Second answer.")).toBeInstanceOf(Date);
    expect(await ledgerOf(user.id)).toHaveLength(1);

    expect(await deleteQuestion(t.db, user.id, id!)).toBe(true);
    expect(await rowsOf(t.db, user.id)).toEqual([]);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: 1, pending: 0 });
    const [row] = await ledgerOf(user.id);
    expect(row).toMatchObject({ userId: user.id, questionId: null });
  });

  it("answer, delete, ask again: the free plan still stops at its limit", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    for (let i = 0; i < limit; i += 1) {
      const { status, id } = await ask(user, job.id, `Question number ${i + 1}?`);
      expect(status).toBe(200);
      expect(await saveAnswer(t.db, user.id, id!, `Answer ${i + 1}.`)).toBeInstanceOf(Date);
      expect(await deleteQuestion(t.db, user.id, id!)).toBe(true);
    }
    expect(await rowsOf(t.db, user.id)).toEqual([]);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: limit, pending: 0 });

    const refused = await ask(user, job.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("QUOTA_EXCEEDED");
    expect(refused.body.error.message).toContain(`all ${limit} questions`);
    expect(await rowsOf(t.db, user.id)).toEqual([]);

    // Pro has no limit, ledger or not.
    const pro = { ...user, plan: "pro" as const };
    expect((await ask(pro, job.id)).status).toBe(200);
  });

  it("a question kept unanswered over 24 hours stays counted once deleted; a fresh unanswered one gives its slot back", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const [old] = await insertReadyQuestions(t.db, user.id, job.id, 1, { createdAt: new Date(Date.now() - 25 * HOUR) });
    const [fresh] = await insertReadyQuestions(t.db, user.id, job.id, 1);
    const oldCounts = inThisMonth(25 * HOUR) ? 1 : 0;
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: oldCounts, pending: 1 });

    expect(await deleteQuestion(t.db, user.id, old!.id)).toBe(true);
    expect(await deleteQuestion(t.db, user.id, fresh!.id)).toBe(true);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: oldCounts, pending: 0 });
    // The ledger row belongs to the month the question was asked in.
    expect((await ledgerOf(user.id)).map((r) => r.askedAt.getTime())).toEqual([old!.createdAt.getTime()]);
  });

  it("deleting a job keeps its counted questions in the ledger and frees only the pending ones", async () => {
    const user = await makeUser(t.db, "free");
    const [job, other] = [await makeJob(t.db, user.id), await makeJob(t.db, user.id)];
    await insertReadyQuestions(t.db, user.id, job.id, 2, { answer: "Answered before the ledger existed.", answeredAt: new Date() });
    const [answered] = await insertReadyQuestions(t.db, user.id, job.id, 1);
    await saveAnswer(t.db, user.id, answered!.id, "Answered.");
    await insertReadyQuestions(t.db, user.id, job.id, 1, { createdAt: new Date(Date.now() - 30 * HOUR) });
    await insertReadyQuestions(t.db, user.id, job.id, 2); // pending
    await insertReadyQuestions(t.db, user.id, job.id, 1, { status: "generating", text: "" }); // still being written
    await insertReadyQuestions(t.db, user.id, other.id, 1, { answer: "Kept.", answeredAt: new Date() });
    const counted = 4 + (inThisMonth(30 * HOUR) ? 1 : 0);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted, pending: 3 });

    expect(await deleteJobInfo(t.db, user.id, job.id)).toBe(true);
    expect((await rowsOf(t.db, user.id)).map((q) => q.jobInfoId)).toEqual([other.id]);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted, pending: 0 });
    expect((await ledgerOf(user.id)).filter((r) => r.questionId === null)).toHaveLength(4);
  });

  it("another user cannot delete (or ledger) someone else's question", async () => {
    const [alice, bob] = [await makeUser(t.db, "free"), await makeUser(t.db, "free")];
    const job = await makeJob(t.db, alice.id);
    const [question] = await insertReadyQuestions(t.db, alice.id, job.id, 1, { createdAt: new Date(Date.now() - 30 * HOUR) });
    expect(await deleteQuestion(t.db, bob.id, question!.id)).toBe(false);
    expect(await deleteJobInfo(t.db, bob.id, job.id)).toBe(false);
    expect(await ledgerOf(alice.id)).toEqual([]);
    expect(await ledgerOf(bob.id)).toEqual([]);
  });

  it("answers and deletes racing on the same questions never lose or double a count", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const rows = await insertReadyQuestions(t.db, user.id, job.id, 8);
    const results = await Promise.all(
      rows.map(async (q) => {
        const [answered] = await Promise.all([saveAnswer(t.db, user.id, q.id, "Racing answer."), deleteQuestion(t.db, user.id, q.id)]);
        return answered !== null;
      }),
    );
    // Each question is gone; those answered before their deletion count, the others were pending and do not.
    expect(await rowsOf(t.db, user.id)).toEqual([]);
    const answered = results.filter(Boolean).length;
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: answered, pending: 0 });
    expect(await ledgerOf(user.id)).toHaveLength(answered);
  });

  it("lets exactly one of five parallel requests take the last slot while the others were answered and deleted", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const seeded = await insertReadyQuestions(t.db, user.id, job.id, limit - 1);
    for (const q of seeded) await saveAnswer(t.db, user.id, q.id, "Answered.");
    const model = mockTextModel(["Last ", "question?"]);
    const outcomes = await Promise.all([
      ...Array.from({ length: 5 }, () => streamNewQuestion(depsFor(t.db, user, model), { jobInfoId: job.id, difficulty: "medium" })),
      ...seeded.map((q) => deleteQuestion(t.db, user.id, q.id).then(() => null)),
    ]);
    const asked = outcomes.filter((o) => o !== null);
    await Promise.all(asked.map(async (o) => [await o.response.text(), await o.saved]));
    expect(asked.map((o) => o.response.status).sort()).toEqual([200, 403, 403, 403, 403]);
    expect(await rowsOf(t.db, user.id)).toHaveLength(1);
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: limit - 1, pending: 1 });
  });

  it("does not count last month's ledger rows", async () => {
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - HOUR);
    await t.db.insert(questionUsage).values(Array.from({ length: limit }, () => ({ userId: user.id, askedAt: lastMonth })));
    expect(await countQuestionUsage(t.db, user.id)).toEqual({ counted: 0, pending: 0 });
    expect((await ask(user, job.id)).status).toBe(200);
  });

  it.each([
    ["deleting one's own account", deleteOwnAccount],
    ["Clerk's user.deleted", unsafeDeleteUser],
  ])("%s deletes the ledger rows (and only that user's)", async (_, deleteUser) => {
    const [alice, bob] = [await makeUser(t.db, "free"), await makeUser(t.db, "free")];
    for (const user of [alice, bob]) {
      const job = await makeJob(t.db, user.id);
      const [q1, q2] = await insertReadyQuestions(t.db, user.id, job.id, 2);
      await saveAnswer(t.db, user.id, q1!.id, "Answered.");
      await saveAnswer(t.db, user.id, q2!.id, "Answered.");
      await deleteQuestion(t.db, user.id, q2!.id);
      expect(await ledgerOf(user.id)).toHaveLength(2);
    }
    await deleteUser(t.db, alice.id);
    expect(await ledgerOf(alice.id)).toEqual([]);
    expect(await t.db.select().from(questionsTable).where(eq(questionsTable.userId, alice.id))).toEqual([]);
    expect(await ledgerOf(bob.id)).toHaveLength(2);
  });
});
