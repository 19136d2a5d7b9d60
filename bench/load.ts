// Benchmark: the production server under HTTP load, its memory, and the
// first-load JavaScript of every page.
//   load      `node scripts/server.mjs` from the existing build (.next) on a free port
//             with a fresh data folder (PGlite; BENCH_LOAD_DB=postgres uses a scratch
//             database on TEST_DATABASE_URL's server), one local user signed in through
//             the sign-in form (a real session cookie), a job with a description,
//             questions, interviews and resume reports seeded through the feature db
//             functions. Then N keep-alive connections send GETs back to back for a fixed
//             time (after a warm-up) to /api/health, the job hub and four other pages,
//             at 10 and at 50 connections: requests/s and p50/p95/p99 per target.
//   memory    the server's resident memory (VmRSS of it and its children) idle after
//             start, and the peak sampled every 100 ms during the 50-connection runs.
//   bundles   per page: the gzip size of every script chunk its HTML loads
//             (<script src> plus the client chunks its RSC payload names).
// The load generator runs on the same machine as the server: on a small machine they
// compete for the same cores, and anything else running makes the figures noisy.
// The per-IP rate limit is raised with RATE_LIMIT_IP_PER_MINUTE (it still counts every
// request in the database, as in production); bot protection stays on (a browser User-Agent).
// Run: npx tsx bench/load.ts             (BENCH_LOAD_SECONDS=10, BENCH_LOAD_WARMUP_SECONDS=3)
//      npx tsx bench/load.ts --profile   also: the hub at 10 connections under --cpu-prof, top 10 self-time functions
//      npx tsx bench/load.ts --profile-only   only that (BENCH_PROFILE_OUT=file keeps the .cpuprofile)
//      npx tsx bench/load.ts --bundles-only   only the first-load JavaScript per page
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { serveNodeArgs } from "../scripts/serveNodeArgs.mjs";
import { eq } from "drizzle-orm";
import { openDatabase } from "../src/drizzle/client";
import { interviewAnswers } from "../src/drizzle/schema";
import { createInterview } from "../src/features/interviews/db";
import { insertJobInfo } from "../src/features/jobInfos/db";
import { insertResumeAnalysis } from "../src/features/resumeAnalyses/db";
import { createLocalUser, setPlan } from "../src/features/users/db";
import { createScratchPostgres } from "../tests/support/database";
import { insertReadyQuestions, makeJob, makeUser } from "../tests/support/questionFactories";
import { BROWSER_UA } from "../tests/support/server";
import { HttpClient, findForm } from "../tests/support/serverHttp";
import { makeResumeReport } from "../tests/support/storedJson";
import {
  ROOT,
  chunkSize,
  manifestChunks,
  runLoad,
  sampleRss,
  scriptChunks,
  startServer,
  topSelfTime,
  treePeakRss,
  treeRss,
  type BenchServer,
  type LoadResult,
} from "./loadTools";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_LOAD_WARMUP_SECONDS ?? 3);
const LEVELS = [10, 50];
const PROFILE_ONLY = process.argv.includes("--profile-only");
const PROFILE = PROFILE_ONLY || process.argv.includes("--profile");
const BUNDLES_ONLY = process.argv.includes("--bundles-only");
const DB_KIND = process.env.BENCH_LOAD_DB === "postgres" ? "postgres" : "pglite";

// Goals (issue "Performance and scale-out"). 1 kB = 1000 bytes, 1 MB = 1,000,000 bytes.
const GOALS = { hubP95At50Ms: 150, hubOverHealth: 0.5, pageP95At10Ms: 300, firstLoadJsGzipKb: 180, idleRssMb: 300, loadRssMb: 600 };

const JOB_DESCRIPTION = [
  "We are hiring a backend engineer to build and run the payment APIs behind our mobile money and card products.",
  "You will design REST and event-driven services in TypeScript on Node.js, model data in PostgreSQL, and keep",
  "reconciliation, retries and idempotency correct when partners time out. You will own services in production:",
  "on-call, dashboards, alerts, incident reviews. We value clear writing, small pull requests, tests that catch",
  "real bugs, and people who explain trade-offs to product managers. Experience with queues (SQS, Kafka or",
  "pg-boss), caching, rate limiting and observability (OpenTelemetry, structured logs) is a plus.",
].join(" ");

const kb = (bytes: number) => bytes / 1000;
const mb = (bytes: number) => bytes / 1_000_000;
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "-");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const verdict = (ok: boolean) => (ok ? "met" : "NOT MET");

type Seeded = { userName: string; jobId: string; jobName: string; interviewId: string; answerId: string; analysisIds: string[] };

/** A local user with three jobs (the first one full), plus other users' rows for the owner filters to skip. */
async function seed(databaseOptions: Parameters<typeof openDatabase>[0]): Promise<Seeded> {
  const handle = await openDatabase(databaseOptions);
  try {
    const { db } = handle;
    for (let u = 0; u < 10; u++) {
      const other = await makeUser(db, "pro");
      const job = await makeJob(db, other.id);
      await insertReadyQuestions(db, other.id, job.id, 8, { rating: 6, answeredAt: new Date(), feedbackSource: "insights" });
    }
    const user = await createLocalUser(db, { name: "Amani Bench", email: "amani.bench@example.com" });
    await setPlan(db, user.id, "pro");
    const job = await insertJobInfo(db, user.id, {
      name: "Payments backend",
      title: "Backend Engineer",
      experienceLevel: "senior",
      description: JOB_DESCRIPTION,
    });
    for (const name of ["Data platform", "Mobile API"])
      await insertJobInfo(db, user.id, { name, title: "Engineer", experienceLevel: "mid-level", description: JOB_DESCRIPTION });
    await insertReadyQuestions(db, user.id, job.id, 12, { rating: 6, answeredAt: new Date(), feedbackSource: "insights" });
    await insertReadyQuestions(db, user.id, job.id, 4);
    let interviewId = "";
    for (let i = 0; i < 3; i++) {
      const interview = await createInterview(db, {
        userId: user.id,
        jobInfoId: job.id,
        questions: [1, 2, 3, 4, 5].map((n) => ({ text: `Tell me about a time you handled payment retries (${n})?`, bankQuestionId: null })),
      });
      await db
        .update(interviewAnswers)
        .set({ score: 60 + i, status: "ready" })
        .where(eq(interviewAnswers.interviewId, interview.id));
      interviewId = interview.id;
    }
    const [answer] = await db.select({ id: interviewAnswers.id }).from(interviewAnswers).where(eq(interviewAnswers.interviewId, interviewId)).limit(1);
    const analysisIds: string[] = [];
    for (let r = 0; r < 2; r++) {
      const analysis = await insertResumeAnalysis(db, {
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
      analysisIds.push(analysis.id);
    }
    return { userName: user.name, jobId: job.id, jobName: job.name, interviewId, answerId: answer!.id, analysisIds };
  } finally {
    await handle.close();
  }
}

/** Signs in through the sign-in page's form (the seeded user in the local user list): the session cookie. */
async function signIn(server: BenchServer, seeded: Seeded): Promise<string> {
  const client = new HttpClient(server.url);
  const page = await client.get("/sign-in");
  const form = findForm(page.text, "userId");
  const userId = form.hidden.find(([name]) => name === "userId")![1];
  const response = await client.submit("/sign-in", form.hidden, { userId });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  const app = await client.get("/app");
  if (app.status !== 200 || !app.text.includes(seeded.userName)) throw new Error(`/app after sign-in answered ${app.status}`);
  return client.cookieHeader();
}

function browserHeaders(cookie: string): Record<string, string> {
  return {
    "user-agent": BROWSER_UA,
    accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "accept-encoding": "gzip, deflate, br, zstd",
    "accept-language": "en-GB,en;q=0.9",
    cookie,
  };
}

async function settleRss(pid: number, ms = 3000): Promise<number> {
  await new Promise((r) => setTimeout(r, ms));
  return treeRss(pid).bytes;
}

const loadText = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

function failureText(r: LoadResult): string {
  const entries = Object.entries(r.failures);
  return entries.length ? entries.map(([status, n]) => `${n}×${status === "0" ? "error" : status}`).join(" ") : "";
}

// ---------------------------------------------------------------------------

const dataDir = mkdtempSync(path.join(tmpdir(), "darasa-bench-load-"));
const scratch = DB_KIND === "postgres" ? await createScratchPostgres() : undefined;
if (DB_KIND === "postgres" && !scratch) throw new Error("BENCH_LOAD_DB=postgres needs TEST_DATABASE_URL (a local Postgres the bench may create a database on)");
/** Node's flags from `npm run serve` (what `npm start` runs), so the bench measures the same process. */
const SERVE_NODE_ARGS = serveNodeArgs(ROOT);
const serverEnv: Record<string, string> = {
  DARASA_DATA_DIR: dataDir,
  LOG_LEVEL: "info",
  // The per-IP limit (default 300/min) would answer 429 within the first second.
  RATE_LIMIT_IP_PER_MINUTE: "1000000000",
  ...(scratch ? { DATABASE_URL: scratch.url } : {}),
};
let server: BenchServer | undefined;

/** The hub at 10 connections on a server under --cpu-prof: the top functions by self time in the measured window. */
async function profileHub(seeded: Seeded): Promise<void> {
  const profileDir = path.join(dataDir, "cpu-profile");
  server = await startServer(serverEnv, [...SERVE_NODE_ARGS, "--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  const headers = browserHeaders(await signIn(server, seeded));
  // BENCH_PROFILE_PAGE=questions (or interviews, coach, …) profiles that page of the job instead.
  const url = `${server.url}/app/job-infos/${seeded.jobId}${process.env.BENCH_PROFILE_PAGE ? `/${process.env.BENCH_PROFILE_PAGE}` : ""}`;
  await runLoad(url, headers, 10, Math.max(WARMUP_SECONDS, 3) * 1000);
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const r = await runLoad(url, headers, 10, SECONDS * 1000);
  const toUs = Number(process.hrtime.bigint() / 1000n);
  await server.stop();
  server = undefined;
  const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no CPU profile");
  // BENCH_PROFILE_OUT=path keeps the profile (for Chrome DevTools or an inclusive-time reading).
  if (process.env.BENCH_PROFILE_OUT) copyFileSync(path.join(profileDir, file), process.env.BENCH_PROFILE_OUT);
  const { windowed, total, idle, gc, program, top, files } = topSelfTime(path.join(profileDir, file), 10, { fromUs, toUs });
  const busy = total - idle;
  console.log(
    `\n=== CPU profile: server process (${DB_KIND}), ${process.env.BENCH_PROFILE_PAGE ?? "hub"} at 10 connections for ${SECONDS} s (${f1(r.rps)} req/s, p95 ${f1(r.p95)} ms under the profiler; ${windowed ? "measured window only" : "whole process life: the window could not be matched"}) ===`,
  );
  console.log(`  busy ${f0(busy)} ms of ${f0(total)} ms sampled; garbage collector ${f0(gc)} ms, (program) ${f0(program)} ms; shares are of busy time`);
  console.log("  top functions by self time (for native and Node-internal ones, the nearest JavaScript caller and its part of the time):");
  for (const s of top) {
    const caller = s.caller ? `  ← ${s.caller.where} (${(s.caller.share * 100).toFixed(0)}%)` : "";
    console.log(`  ${lpad(f0(s.selfMs), 7)} ms ${lpad(`${(s.share * 100).toFixed(1)}%`, 6)}  ${s.fn}  ${s.where}${caller}`);
  }
  console.log("  top source files by self time:");
  for (const s of files) console.log(`  ${lpad(f0(s.selfMs), 7)} ms ${lpad(`${(s.share * 100).toFixed(1)}%`, 6)}  ${s.where}`);
}

const buildId = readFileSync(path.join(ROOT, ".next", "BUILD_ID"), "utf8").trim();

try {
  const seedStarted = performance.now();
  const seeded = await seed(scratch ? { kind: "postgres", url: scratch.url, max: 2 } : { kind: "pglite", dataDir: path.join(dataDir, "pglite") });
  const seedMs = performance.now() - seedStarted;

  if (!PROFILE_ONLY) {
    const startStarted = performance.now();
    server = await startServer(serverEnv, SERVE_NODE_ARGS);
    const startMs = performance.now() - startStarted;
    const idleRss = await settleRss(server.pid);
    const idleProcesses = treeRss(server.pid).processes;

    const cookie = await signIn(server, seeded);
    const headers = browserHeaders(cookie);
    const hub = `/app/job-infos/${seeded.jobId}`;
    const targets: { name: string; path: string; page: boolean }[] = [
      { name: "health", path: "/api/health", page: false },
      // The floor of any signed-in request: protection (bot check, per-IP limit counted in the
      // database), the session, one owner-scoped read and a small JSON answer; no page render.
      { name: "signed-in API", path: `/api/interviews/${seeded.interviewId}/status`, page: false },
      { name: "hub", path: hub, page: true },
      { name: "app", path: "/app", page: true },
      { name: "questions", path: `${hub}/questions`, page: true },
      { name: "interviews", path: `${hub}/interviews`, page: true },
      { name: "coach", path: `${hub}/coach`, page: true },
    ];
    for (const t of targets) {
      const res = await fetch(server.url + t.path, { headers, redirect: "manual" });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${t.path} answered ${res.status} before the load:\n${text.slice(0, 500)}`);
      if (t.name === "hub" && !text.includes(seeded.jobName)) throw new Error("the hub page does not show the seeded job");
    }

    const results = new Map<string, LoadResult>();
    let loadPeak = 0;
    let rssSamples = 0;
    let highWater = 0;
    let afterLoadRss = 0;
    if (!BUNDLES_ONLY) {
      console.log(`\n=== Load: production server (build ${buildId}), ${DB_KIND}, ${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up ===`);
      console.log(
        `seeded in ${f0(seedMs)} ms; server healthy ${f0(startMs)} ms after spawn; load generator on the same ${availableParallelism()}-core machine; load average ${loadText()}`,
      );
      for (const connections of LEVELS) {
        const sampler = connections === 50 ? sampleRss(server.pid) : undefined;
        console.log(`\n${connections} connections`);
        console.log(
          `  ${pad("target", 15)}${lpad("req/s", 9)}${lpad("p50 ms", 9)}${lpad("p95 ms", 9)}${lpad("p99 ms", 9)}${lpad("max ms", 9)}${lpad("requests", 10)}${lpad("kB/resp", 9)}  failures`,
        );
        for (const t of targets) {
          if (WARMUP_SECONDS > 0) await runLoad(server.url + t.path, headers, connections, WARMUP_SECONDS * 1000);
          const r = await runLoad(server.url + t.path, headers, connections, SECONDS * 1000);
          results.set(`${t.name}@${connections}`, r);
          console.log(
            `  ${pad(t.name, 15)}${lpad(f1(r.rps), 9)}${lpad(f1(r.p50), 9)}${lpad(f1(r.p95), 9)}${lpad(f1(r.p99), 9)}${lpad(f0(r.max), 9)}${lpad(String(r.requests), 10)}${lpad(f1(kb(r.bytesPerResponse)), 9)}  ${failureText(r)}`,
          );
        }
        const health = results.get(`health@${connections}`)!.rps;
        const ratio = results.get(`hub@${connections}`)!.rps / health;
        const floor = results.get(`signed-in API@${connections}`)!.rps / health;
        console.log(
          `  hub/health throughput: ${ratio.toFixed(3)}; signed-in API/health: ${floor.toFixed(3)} (the most any signed-in page could reach)   (load average ${loadText()})`,
        );
        if (sampler) {
          const s = sampler.stop();
          loadPeak = s.peak;
          rssSamples = s.samples;
        }
      }
      highWater = treePeakRss(server.pid);
      afterLoadRss = await settleRss(server.pid, 5000);

      console.log(`\n=== Memory: server RSS (VmRSS, server process and children: ${idleProcesses} process(es)) ===`);
      console.log(`  idle after start (3 s after healthy, before any page): ${f1(mb(idleRss))} MB`);
      console.log(`  peak during the 50-connection runs (${rssSamples} samples, every 100 ms): ${f1(mb(loadPeak))} MB`);
      console.log(`  kernel high-water mark over the whole run (VmHWM): ${f1(mb(highWater))} MB`);
      console.log(`  5 s after the load: ${f1(mb(afterLoadRss))} MB`);
    }

    // First-load JavaScript of every page route the build has.
    const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
    const params: Record<string, string> = {
      "[jobInfoId]": seeded.jobId,
      "[interviewId]": seeded.interviewId,
      "[answerId]": seeded.answerId,
      "[analysisId]": seeded.analysisIds[0]!,
      "[[...sign-in]]": "",
    };
    const routes = Object.entries(manifest)
      .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
      .map(([, route]) => route)
      .sort();
    const query: Record<string, string> = { "/app/job-infos/[jobInfoId]/resumes/compare": `?a=${seeded.analysisIds[0]}&b=${seeded.analysisIds[1]}` };
    type Bundle = { route: string; status: number; fromHtml: boolean; files: number; raw: number; gzip: number; manifestGzip: number; chunks: string[] };
    const bundles: Bundle[] = [];
    for (const route of routes) {
      const url =
        (route
          .split("/")
          .map((seg) => params[seg] ?? seg)
          .join("/")
          .replace(/\/$/, "") || "/") + (query[route] ?? "");
      const signedIn = url.startsWith("/app");
      const res = await fetch(server.url + url, {
        headers: { "user-agent": BROWSER_UA, accept: "text/html", ...(signedIn ? { cookie } : {}) },
        redirect: "manual",
      });
      const html = await res.text();
      const fromManifest = manifestChunks(route) ?? [];
      const manifestGzip = fromManifest.reduce((s, c) => s + chunkSize(c).gzip, 0);
      const chunks = res.status === 200 ? scriptChunks(html).all : fromManifest;
      const sizes = chunks.map(chunkSize);
      bundles.push({
        route,
        status: res.status,
        fromHtml: res.status === 200,
        files: chunks.length,
        raw: sizes.reduce((s, x) => s + x.raw, 0),
        gzip: sizes.reduce((s, x) => s + x.gzip, 0),
        manifestGzip,
        chunks,
      });
    }
    const measured = bundles.filter((b) => b.files > 0);
    const shared = measured.length ? measured.map((b) => new Set(b.chunks)).reduce((a, b) => new Set([...a].filter((c) => b.has(c)))) : new Set<string>();
    const sharedGzip = [...shared].reduce((s, c) => s + chunkSize(c).gzip, 0);
    console.log(`\n=== Bundles: first-load JavaScript per page (gzip level 6, 1 kB = 1000 B; goal ≤ ${GOALS.firstLoadJsGzipKb} kB) ===`);
    console.log("  from each page's HTML as served (script tags without nomodule + chunks its RSC payload names); 'manifests' = the build's");
    console.log("  client reference manifest for the route (cross-check; used alone where the page does not render here)");
    console.log(`  ${pad("route", 70)}${lpad("files", 6)}${lpad("raw kB", 9)}${lpad("gzip kB", 9)}${lpad("manifests", 10)}`);
    for (const b of bundles) {
      const over = kb(b.gzip) > GOALS.firstLoadJsGzipKb ? "  OVER" : "";
      const note = b.fromHtml ? "" : `  (page answered ${b.status} here: manifests only)`;
      if (b.files === 0) {
        console.log(`  ${pad(b.route, 70)}  not measured: the page answered ${b.status} and has no manifest`);
        continue;
      }
      console.log(
        `  ${pad(b.route, 70)}${lpad(String(b.files), 6)}${lpad(f1(kb(b.raw)), 9)}${lpad(f1(kb(b.gzip)), 9)}${lpad(f1(kb(b.manifestGzip)), 10)}${over}${note}`,
      );
    }
    console.log(`  shared by every page: ${shared.size} files, ${f1(kb(sharedGzip))} kB gzip`);
    const biggest = [...new Set(measured.flatMap((b) => b.chunks))]
      .map((c) => ({ c, ...chunkSize(c), pages: measured.filter((b) => b.chunks.includes(c)).length }))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8);
    console.log(`  largest chunks: ${biggest.map((x) => `${path.basename(x.c)} ${f1(kb(x.gzip))} kB (${x.pages} pages)`).join(", ")}`);

    const worstBundle = measured.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const overBundles = measured.filter((b) => kb(b.gzip) > GOALS.firstLoadJsGzipKb).length;
    const bundleLine: [string, string, boolean] = [
      `every route first-load JS ≤ ${GOALS.firstLoadJsGzipKb} kB gzip`,
      `worst ${worstBundle.route} ${f1(kb(worstBundle.gzip))} kB; ${overBundles}/${measured.length} over`,
      overBundles === 0,
    ];
    if (BUNDLES_ONLY) {
      console.log(`\n  ${pad(verdict(bundleLine[2]), 8)} ${pad(bundleLine[0], 52)} ${bundleLine[1]}`);
      console.log(
        JSON.stringify({ benchmark: "first-load JS", firstLoadJsGzipKb: Object.fromEntries(measured.map((b) => [b.route, +kb(b.gzip).toFixed(1)])) }),
      );
    } else {
      // Summary.
      const hub50 = results.get("hub@50")!;
      const ratio10 = results.get("hub@10")!.rps / results.get("health@10")!.rps;
      const ratio50 = hub50.rps / results.get("health@50")!.rps;
      const pages10 = targets.filter((t) => t.page).map((t) => ({ name: t.name, p95: results.get(`${t.name}@10`)!.p95 }));
      const worstPage = pages10.reduce((a, b) => (b.p95 > a.p95 ? b : a));
      const anyFailures = [...results.values()].some((r) => Object.keys(r.failures).length > 0);
      const lines: [string, string, boolean][] = [
        [`hub p95 at 50 connections ≤ ${GOALS.hubP95At50Ms} ms`, `${f1(hub50.p95)} ms`, hub50.p95 <= GOALS.hubP95At50Ms],
        [`hub throughput ≥ ${GOALS.hubOverHealth}× health (10 connections)`, `${ratio10.toFixed(3)}×`, ratio10 >= GOALS.hubOverHealth],
        [`hub throughput ≥ ${GOALS.hubOverHealth}× health (50 connections)`, `${ratio50.toFixed(3)}×`, ratio50 >= GOALS.hubOverHealth],
        [
          `every page p95 at 10 connections ≤ ${GOALS.pageP95At10Ms} ms`,
          `worst ${worstPage.name} ${f1(worstPage.p95)} ms (${pages10.map((p) => `${p.name} ${f0(p.p95)}`).join(", ")})`,
          worstPage.p95 <= GOALS.pageP95At10Ms,
        ],
        bundleLine,
        [`idle RSS ≤ ${GOALS.idleRssMb} MB`, `${f1(mb(idleRss))} MB`, mb(idleRss) <= GOALS.idleRssMb],
        [`RSS under load (50 connections) ≤ ${GOALS.loadRssMb} MB`, `${f1(mb(loadPeak))} MB (VmHWM ${f1(mb(highWater))} MB)`, mb(loadPeak) <= GOALS.loadRssMb],
      ];
      console.log(
        `\n=== Summary (${DB_KIND}; ${SECONDS} s runs; load average now ${loadText()}; noisy: the load generator, the server and anything else share the machine) ===`,
      );
      for (const [goal, value, ok] of lines) console.log(`  ${pad(verdict(ok), 8)} ${pad(goal, 52)} ${value}`);
      if (anyFailures) console.log("  note: some requests failed (see the failures column): their latencies are counted, their throughput is not real work");
      console.log(
        JSON.stringify({
          benchmark: "server load, memory and first-load JS",
          database: DB_KIND,
          seconds: SECONDS,
          load: Object.fromEntries(
            [...results].map(([k, r]) => [
              k,
              { rps: +r.rps.toFixed(1), p50: +r.p50.toFixed(1), p95: +r.p95.toFixed(1), p99: +r.p99.toFixed(1), failures: r.failures },
            ]),
          ),
          hubOverHealth: { at10: +ratio10.toFixed(3), at50: +ratio50.toFixed(3) },
          rssMb: {
            idle: +mb(idleRss).toFixed(1),
            peakAt50: +mb(loadPeak).toFixed(1),
            highWater: +mb(highWater).toFixed(1),
            afterLoad: +mb(afterLoadRss).toFixed(1),
          },
          firstLoadJsGzipKb: Object.fromEntries(measured.map((b) => [b.route, +kb(b.gzip).toFixed(1)])),
          goalsMet: Object.fromEntries(lines.map(([goal, , ok]) => [goal, ok])),
        }),
      );
    }
  }
  if (PROFILE) {
    await server?.stop();
    server = undefined;
    await profileHub(seeded);
  }
} catch (error) {
  if (server) console.error(`server output (tail):\n${server.tail().slice(-4000)}`);
  throw error;
} finally {
  await server?.stop();
  await scratch?.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
