import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobInfos, users } from "@/drizzle/schema";
import { deleteJobInfo, getJobInfo, insertJobInfo, listJobInfos, listJobProgressSummaries, updateJobInfo } from "@/features/jobInfos/db";
import type { JobInfoInput } from "@/features/jobInfos/schemas";
import { ensureUser } from "@/features/users/db";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { insertReadyQuestions, makeUser } from "../support/questionFactories";

const job = (name: string): JobInfoInput => ({ name, title: null, experienceLevel: "mid-level", description: `About ${name}` });
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const MISSING_UUID = "00000000-0000-4000-8000-000000000000";

describe.each(databaseKinds)("job infos on %s", (kind) => {
  let t: TestDatabase;
  let n = 0;
  async function newUser() {
    n += 1;
    const user = await ensureUser(t.db, { id: `user_jobs_${n}`, email: `u${n}@example.com`, name: `User ${n}` });
    return user!.id;
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("summarises each job's practice for the dashboard: graded questions, their mean, last practice; only the owner's", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const first = await insertJobInfo(t.db, alice, job("First"));
    const second = await insertJobInfo(t.db, alice, job("Second"));
    const answeredAt = new Date("2026-11-20T10:00:00Z");
    await insertReadyQuestions(t.db, alice, first.id, 1, { rating: 6, answer: "a", answeredAt });
    await insertReadyQuestions(t.db, alice, first.id, 1, { rating: 9, answer: "b", answeredAt: new Date("2026-11-25T10:00:00Z") });
    await insertReadyQuestions(t.db, alice, first.id, 1); // shown, not answered
    const bobsJob = await insertJobInfo(t.db, bob, job("Bob's"));
    await insertReadyQuestions(t.db, bob, bobsJob.id, 2, { rating: 1, answer: "x", answeredAt });
    const summaries = await listJobProgressSummaries(t.db, alice);
    expect(summaries).toHaveLength(2);
    const byId = new Map(summaries.map((row) => [row.jobInfoId, row]));
    expect(byId.get(first.id)).toMatchObject({ questionsGraded: 2, meanRating: 7.5, interviews: 0, latestInterviewScore: null, latestResumeScore: null });
    expect(byId.get(first.id)!.lastPracticeAt!.toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(byId.get(second.id)).toMatchObject({ questionsGraded: 0, meanRating: null, lastPracticeAt: null });
  });

  it("creates, reads, updates and deletes the owner's job", async () => {
    const alice = await newUser();
    const created = await insertJobInfo(t.db, alice, job("Backend"));
    expect(created).toMatchObject({ userId: alice, name: "Backend", experienceLevel: "mid-level" });
    expect(await getJobInfo(t.db, alice, created.id)).toEqual(created);

    const updated = await updateJobInfo(t.db, alice, created.id, { ...job("Backend v2"), title: "Engineer" });
    expect(updated).toMatchObject({ id: created.id, name: "Backend v2", title: "Engineer" });
    expect(updated!.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    expect(await deleteJobInfo(t.db, alice, created.id)).toBe(true);
    expect(await getJobInfo(t.db, alice, created.id)).toBeUndefined();
    expect(await deleteJobInfo(t.db, alice, created.id)).toBe(false);
  });

  it("hides a job from everyone but its owner", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const created = await insertJobInfo(t.db, alice, job("Alice's job"));

    expect(await getJobInfo(t.db, bob, created.id)).toBeUndefined();
    expect(await listJobInfos(t.db, bob)).toEqual([]);
    expect(await updateJobInfo(t.db, bob, created.id, job("Hijacked"))).toBeUndefined();
    expect(await deleteJobInfo(t.db, bob, created.id)).toBe(false);

    expect(await getJobInfo(t.db, alice, created.id)).toEqual(created);
  });

  it.each(["nope", "1; drop table job_infos", "", MISSING_UUID, `${MISSING_UUID}' or '1'='1`])("treats id %j as not found", async (id) => {
    const alice = await newUser();
    const existing = await insertJobInfo(t.db, alice, job("Keep me"));
    await expect(getJobInfo(t.db, alice, id)).resolves.toBeUndefined();
    await expect(updateJobInfo(t.db, alice, id, job("Changed"))).resolves.toBeUndefined();
    await expect(deleteJobInfo(t.db, alice, id)).resolves.toBe(false);
    expect(await listJobInfos(t.db, alice)).toEqual([existing]);
  });

  it("lists only the owner's jobs, most recently updated first", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const first = await insertJobInfo(t.db, alice, job("First"));
    await pause();
    const second = await insertJobInfo(t.db, alice, job("Second"));
    await pause();
    await insertJobInfo(t.db, bob, job("Bob's"));
    await pause();
    expect((await listJobInfos(t.db, alice)).map((j) => j.id)).toEqual([second.id, first.id]);

    await updateJobInfo(t.db, alice, first.id, job("First, edited"));
    expect((await listJobInfos(t.db, alice)).map((j) => j.name)).toEqual(["First, edited", "Second"]);
  });

  it("deletes a user's jobs with the user, and nobody else's", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await insertJobInfo(t.db, alice, job("A1"));
    await insertJobInfo(t.db, alice, job("A2"));
    const bobs = await insertJobInfo(t.db, bob, job("B1"));

    await t.db.delete(users).where(eq(users.id, alice));

    expect(await t.db.select().from(jobInfos).where(eq(jobInfos.userId, alice))).toEqual([]);
    expect(await listJobInfos(t.db, bob)).toEqual([bobs]);
  });

  it("refuses a job for a user that does not exist", async () => {
    await expect(insertJobInfo(t.db, "user_ghost", job("Orphan"))).rejects.toThrow();
  });

  it("indexes job_infos by user_id", async () => {
    const result = await t.db.execute(sql`select indexdef from pg_indexes where schemaname = 'public' and tablename = 'job_infos'`);
    // postgres.js returns rows as an array, PGlite as `{ rows }`.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { indexdef: string }[];
    const defs = rows.map((r) => r.indexdef);
    // user_id must be the leading column for owner-scoped lookups to use the index.
    expect(defs.some((d) => /\(user_id[,)]/.test(d))).toBe(true);
  });
});

describe.each(databaseKinds)("the free plan's job limit under parallel creations on %s", (kind) => {
  it("40 parallel creations at a limit of 25 make exactly 25 jobs", async () => {
    const { insertJobInfoWithinLimit, countJobInfos } = await import("@/features/jobInfos/db");
    const { FREE_PLAN_JOB_LIMIT } = await import("@/features/jobInfos/permissions");
    const t = await createTestDatabase(kind);
    try {
      const user = await makeUser(t.db, "free");
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          insertJobInfoWithinLimit(t.db, user, { name: `Job ${i}`, title: null, experienceLevel: "mid-level", description: "Parallel creation." }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(FREE_PLAN_JOB_LIMIT);
      expect(await countJobInfos(t.db, user.id)).toBe(FREE_PLAN_JOB_LIMIT);
    } finally {
      await t.dispose();
    }
  });
});
