// Benchmark: the job hub page's database reads, per render, with and without a
// cross-request cache (ARCHITECTURE.md, "Cache rule"). Each render reads the
// signed-in user's row, the job, the question summary, the resume list and the
// interview list, as src/app/app/job-infos/[jobInfoId]/page.tsx does.
//   per request   the page's own readers (features/*/dbCache.ts: React cache(), nothing kept)
//   job cached    the job row from a process-local cache, always a hit (what the old
//                 unstable_cache reader gave at best; its bookkeeping not counted)
//   all cached    every read but the user's from a process-local cache, always a hit
//                 (the most any cross-request cache could save on this page)
// Runs on PGlite, and on Postgres when TEST_DATABASE_URL points at a local server.
// Run: npx tsx --conditions react-server bench/pageReads.ts
import { eq } from "drizzle-orm";
import { openDatabase, type DatabaseHandle, type Db } from "../src/drizzle/client";
import { interviewAnswers } from "../src/drizzle/schema";
import { createInterview, listInterviews } from "../src/features/interviews/db";
import { getJobInfo } from "../src/features/jobInfos/db";
import { getQuestionSummary } from "../src/features/questions/db";
import { insertResumeAnalysis, listResumeAnalyses } from "../src/features/resumeAnalyses/db";
import { getUser } from "../src/features/users/db";
import { createScratchPostgres } from "../tests/support/database";
import { insertReadyQuestions, makeJob, makeUser } from "../tests/support/questionFactories";
import { makeResumeReport } from "../tests/support/storedJson";

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const USERS = 30; // other users' rows, so the owner filters have something to skip
const QUERY_METHODS = new Set(["select", "selectDistinct", "execute", "insert", "update", "delete", "transaction"]);

/** The database with every statement counted: each builder these methods start is one round trip. */
function counted(db: Db) {
  const counter = { statements: 0 };
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || !QUERY_METHODS.has(key) || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        counter.statements += 1;
        return value.apply(target, args);
      };
    },
  });
  return { db: proxy, counter };
}

async function seed(db: Db) {
  const owners: { userId: string; jobId: string }[] = [];
  for (let u = 0; u < USERS; u++) {
    const user = await makeUser(db, "pro");
    for (let j = 0; j < 2; j++) {
      const job = await makeJob(db, user.id, { name: `Job ${j + 1}` });
      await insertReadyQuestions(db, user.id, job.id, 12, { rating: 6, answeredAt: new Date(), feedbackSource: "insights" });
      await insertReadyQuestions(db, user.id, job.id, 4);
      for (let i = 0; i < 3; i++) {
        const interview = await createInterview(db, {
          userId: user.id,
          jobInfoId: job.id,
          questions: [1, 2, 3, 4, 5].map((n) => ({ text: `Question ${n}?`, bankQuestionId: null })),
        });
        await db
          .update(interviewAnswers)
          .set({ score: 60 + i, status: "ready" })
          .where(eq(interviewAnswers.interviewId, interview.id));
      }
      for (let r = 0; r < 2; r++) {
        await insertResumeAnalysis(db, {
          userId: user.id,
          jobInfoId: job.id,
          fileName: `cv-${r}.pdf`,
          fileType: "pdf",
          fileSize: 10_000,
          storageKey: `resumes/${user.id}-${job.id}-${r}.pdf`,
          resumeText: "Amani Otieno, software engineer. TypeScript, PostgreSQL. ".repeat(40),
          report: makeResumeReport(),
          overallScore: 60 + r,
          matchRate: 0.5,
        });
      }
      owners.push({ userId: user.id, jobId: job.id });
    }
  }
  return owners;
}

type Variant = (db: Db, userId: string, jobId: string) => Promise<unknown>;

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const mean = sorted.reduce((s, t) => s + t, 0) / sorted.length;
  return { meanMs: +mean.toFixed(3), medianMs: +pct(50).toFixed(3), p95Ms: +pct(95).toFixed(3) };
}

async function run(kind: "pglite" | "postgres", handle: DatabaseHandle) {
  const owners = await seed(handle.db);
  const { db, counter } = counted(handle.db);
  // The page's readers get the database from getDb(): point its lazy store at this one.
  (globalThis as { __darasaDatabase?: Promise<DatabaseHandle> }).__darasaDatabase = Promise.resolve({ ...handle, db });
  const { getCachedJobInfo } = await import("../src/features/jobInfos/dbCache");
  const { getCachedQuestionSummary } = await import("../src/features/questions/dbCache");
  const { getCachedResumeAnalyses } = await import("../src/features/resumeAnalyses/dbCache");
  const { getCachedInterviews } = await import("../src/features/interviews/dbCache");

  // A process-local cache as Next's keeps it: JSON in, JSON out.
  const store = new Map<string, string>();
  async function crossRequest<T>(key: string, read: () => Promise<T>): Promise<T> {
    const hit = store.get(key);
    if (hit !== undefined) return JSON.parse(hit) as T;
    const value = await read();
    store.set(key, JSON.stringify(value));
    return value;
  }

  const variants: Record<string, Variant> = {
    "per request (cache(), this change)": async (db, userId, jobId) => {
      await getUser(db, userId);
      const job = await getCachedJobInfo(userId, jobId);
      return Promise.all([getCachedQuestionSummary(userId, job!.id), getCachedResumeAnalyses(userId, job!.id), getCachedInterviews(userId, job!.id)]);
    },
    "job row cached across requests (before), every hit": async (db, userId, jobId) => {
      await getUser(db, userId);
      const job = await crossRequest(`job:${userId}:${jobId}`, () => getJobInfo(db, userId, jobId));
      return Promise.all([getQuestionSummary(db, userId, job!.id), listResumeAnalyses(db, userId, job!.id), listInterviews(db, userId, job!.id)]);
    },
    "every read cached across requests, every hit": async (db, userId, jobId) => {
      await getUser(db, userId);
      const job = await crossRequest(`job:${userId}:${jobId}`, () => getJobInfo(db, userId, jobId));
      return Promise.all([
        crossRequest(`questions:${userId}:${jobId}`, () => getQuestionSummary(db, userId, job!.id)),
        crossRequest(`resumes:${userId}:${jobId}`, () => listResumeAnalyses(db, userId, job!.id)),
        crossRequest(`interviews:${userId}:${jobId}`, () => listInterviews(db, userId, job!.id)),
      ]);
    },
  };

  // Warm up every owner once (fills the cross-request caches: the measured runs are all hits).
  for (const variant of Object.values(variants)) for (const o of owners) await variant(db, o.userId, o.jobId);
  const measured = Object.keys(variants).map(() => ({ times: [] as number[], statements: 0 }));
  // Interleaved, so a busy moment on the machine falls on every variant alike.
  for (let i = 0; i < RUNS; i++) {
    const o = owners[i % owners.length]!;
    for (const [v, variant] of Object.values(variants).entries()) {
      const before = counter.statements;
      const started = performance.now();
      await variant(db, o.userId, o.jobId);
      measured[v]!.times.push(performance.now() - started);
      measured[v]!.statements += counter.statements - before;
    }
  }
  const results = Object.keys(variants).map((name, v) => ({
    variant: name,
    roundTripsPerRender: measured[v]!.statements / RUNS,
    ...stats(measured[v]!.times),
  }));
  const [perRequest, jobCached, allCached] = results;
  console.log(
    JSON.stringify({
      benchmark: "job hub page reads per render",
      database: kind,
      renders: RUNS,
      owners: owners.length,
      results,
      jobCacheSavesMsPerRender: +(perRequest!.meanMs - jobCached!.meanMs).toFixed(3),
      allCachedSavesMsPerRender: +(perRequest!.meanMs - allCached!.meanMs).toFixed(3),
    }),
  );
}

const pglite = await openDatabase({ kind: "pglite" });
try {
  await run("pglite", pglite);
} finally {
  await pglite.close();
}

const scratch = await createScratchPostgres();
if (scratch) {
  const handle = await openDatabase({ kind: "postgres", url: scratch.url, max: 10 });
  try {
    await run("postgres", handle);
  } finally {
    await handle.close();
    await scratch.drop();
  }
}
