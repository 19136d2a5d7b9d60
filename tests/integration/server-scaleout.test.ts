/**
 * Scale-out, as README's "Deploying on several machines" describes it: two
 * production web servers (A and B, `WORKERS=0`) and `npm run worker`
 * processes on one Postgres database (a fresh one, dropped afterwards) and
 * one S3 bucket (tests/support/fakeS3.ts), behind a round-robin load
 * balancer written here. A and B share nothing but that configuration: the
 * session secret (`SESSION_SECRET`), the database and the bucket; each has
 * its own empty data folder.
 *
 * - a session and writes made on one server are seen on the other at once,
 *   and through the balancer (whose GET and POST of a form land on
 *   different servers);
 * - rate limits are one count across servers (the per-IP limit through the
 *   balancer, the per-user AI limit alternating A and B);
 * - a recording uploaded through A is analysed by the worker, stored in the
 *   bucket only, and ready as seen through B;
 * - a worker SIGKILLed mid-job: the job expires and a second worker finishes it.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/drizzle/client";
import { createScratchPostgres } from "../support/database";
import { startFakeS3, type FakeS3 } from "../support/fakeS3";
import { BROWSER_UA, startTestServer, type TestServer } from "../support/server";
import { HttpClient, UUID_RE, redirectPath } from "../support/serverHttp";
import { ESPEAK_MISSING, espeakWav, hasEspeak, makeTempDir } from "../support/speechAudio";
import { startWorkerProcess, type WorkerProcess } from "../support/worker";

const SKIP_REASON = !process.env.TEST_DATABASE_URL
  ? "TEST_DATABASE_URL is not set: several processes need one Postgres (e.g. postgres://postgres@127.0.0.1:5432/test)"
  : !hasEspeak()
    ? ESPEAK_MISSING
    : null;
if (SKIP_REASON) console.warn(`server-scaleout skipped: ${SKIP_REASON}`);

/** RATE_LIMIT_IP_PER_MINUTE on both servers. */
const IP_LIMIT = 10;
/** The per-user AI limit (`limitUser(…, "ai")`, src/services/protection): 10 a minute, not configurable. */
const USER_AI_LIMIT = 10;
/** A job whose worker died is retried after this (set on every process: the web servers enqueue). */
const EXPIRE_SECONDS = "4";

type Balancer = { url: string; host: string; served: string[]; close: () => Promise<void> };

/**
 * Round robin over `upstreams` (read at each request: filled in once they run). It keeps the
 * client's Host and Origin (the servers accept its host through
 * ALLOWED_HOSTS) and overwrites X-Forwarded-For with the client's socket
 * address, as a proxy the servers may trust (TRUST_PROXY=1) must. Each
 * response names its server in `x-upstream`.
 */
async function startBalancer(upstreams: { name: string; url: string }[]): Promise<Balancer> {
  const served: string[] = [];
  const agent = new Agent({ keepAlive: true });
  let turn = 0;
  const server: Server = createServer((req, res) => {
    const upstream = upstreams[turn++ % upstreams.length]!;
    served.push(upstream.name);
    const headers: Record<string, string | string[] | undefined> = {
      ...req.headers,
      "x-forwarded-for": req.socket.remoteAddress ?? "",
      "x-forwarded-proto": "http",
    };
    for (const hop of ["connection", "keep-alive", "proxy-connection", "x-forwarded-host"]) delete headers[hop];
    const target = new URL(upstream.url);
    const forward = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, (answer) => {
      const out: Record<string, string | string[] | undefined> = { ...answer.headers, "x-upstream": upstream.name };
      delete out.connection;
      delete out["keep-alive"];
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    });
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    served,
    close: async () => {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let clientNumber = 0;

/**
 * A browser talking to one server directly. The servers trust
 * X-Forwarded-For (TRUST_PROXY=1, as behind the balancer), so each request
 * names a client address of its own: only the rate-limit test's own client
 * meets the low per-IP limit.
 */
class Direct extends HttpClient {
  override request(p: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
    const n = ++clientNumber;
    const headers: Record<string, string> = {
      "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      ...(init.headers as Record<string, string> | undefined),
    };
    return super.request(p, { ...init, headers });
  }
}

/** `client` with `from`'s cookies: the same browser session, another server. */
function sameSession<T extends HttpClient>(client: T, from: HttpClient): T {
  for (const [name, value] of from.cookies) client.setCookie(name, value);
  return client;
}

/** GET through `url` from a chosen loopback address (another client as the balancer sees it). */
function getFrom(localAddress: string, url: string): Promise<{ status: number; upstream: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress, headers: { "user-agent": BROWSER_UA }, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, upstream: String(res.headers["x-upstream"]) }));
    });
    req.on("error", reject);
    req.end();
  });
}

type Status = { data: { answers: { id: string; status: string }[] } };

describe.skipIf(SKIP_REASON)(`two web servers, a worker, one Postgres and one S3 bucket${SKIP_REASON ? ` (skipped: ${SKIP_REASON})` : ""}`, () => {
  let workerDir: string;
  let audio: { dir: string; cleanup: () => void } | undefined;
  const workers: WorkerProcess[] = [];
  const upstreams: { name: string; url: string }[] = [];
  let scratch: { url: string; drop: () => Promise<void> } | undefined;
  let s3: FakeS3 | undefined;
  let balancer: Balancer | undefined;
  let serverA: TestServer | undefined;
  let serverB: TestServer | undefined;
  let shared: Record<string, string>;
  let wav: Uint8Array;
  // The user of the first, third and fourth tests, on each server and through the balancer.
  let onA: Direct;
  let onB: Direct;
  let viaBalancer: HttpClient;
  let jobId: string;

  function startWorker(env: Record<string, string> = {}) {
    const worker = startWorkerProcess({ ...shared, DARASA_DATA_DIR: workerDir, ...env });
    workers.push(worker);
    return worker;
  }

  async function startInterview(client: HttpClient): Promise<{ interviewId: string; answerId: string }> {
    const start = await client.submitPageForm(`/app/job-infos/${jobId}/interviews`, { jobInfoId: jobId, questionCount: "1" });
    expect(start.response.status).toBe(303);
    const interviewId = redirectPath(start.response, client.baseUrl)!.split("/").pop()!;
    const status = JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as Status;
    return { interviewId, answerId: status.data.answers[0]!.id };
  }

  function upload(client: HttpClient, { interviewId, answerId }: { interviewId: string; answerId: string }) {
    return client.request(`/api/interviews/${interviewId}/answers/${answerId}/audio`, {
      method: "POST",
      body: wav as BodyInit,
      headers: { "content-type": "audio/wav", origin: new URL(client.baseUrl).origin },
    });
  }

  /** Polls the answer's status through `client` until it leaves "processing" (or `ms` pass). */
  async function settledStatus(client: HttpClient, { interviewId }: { interviewId: string }, ms: number): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const status = (JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as Status).data.answers[0]!.status;
      if (status !== "processing" || Date.now() > deadline) return status;
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  beforeAll(async () => {
    workerDir = mkdtempSync(path.join(tmpdir(), "darasa-scaleout-worker-"));
    audio = makeTempDir();
    [scratch, s3, balancer] = await Promise.all([createScratchPostgres(), startFakeS3(), startBalancer(upstreams)]);
    // Migrations once, before several processes start together (README: `npm run db:migrate`).
    const migrated = await openDatabase({ kind: "postgres", url: scratch!.url, max: 1 });
    await migrated.close();
    shared = {
      DATABASE_URL: scratch!.url,
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      S3_FORCE_PATH_STYLE: "1",
      ANALYSIS_JOB_EXPIRE_SECONDS: EXPIRE_SECONDS,
    };
    const web = {
      ...shared,
      WORKERS: "0",
      SESSION_SECRET: randomBytes(32).toString("base64url"),
      TRUST_PROXY: "1",
      ALLOWED_HOSTS: balancer.host,
      RATE_LIMIT_IP_PER_MINUTE: String(IP_LIMIT),
    };
    const worker = startWorker();
    // Assigned as each is up, so that afterAll stops whichever started.
    await Promise.all([
      startTestServer(web).then((server) => (serverA = server)),
      startTestServer(web).then((server) => (serverB = server)),
      worker.waitFor("worker ready", 60_000),
    ]);
    // A build from before WORKERS=0 would run the jobs in the web servers too, racing the worker for them.
    // The line is logged once the database is ready, which can come just after the first health answer.
    for (const server of [serverA!, serverB!]) {
      for (let waited = 0; waited < 15_000 && !server.logs().includes("WORKERS=0: jobs are queued here"); waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!server.logs().includes("WORKERS=0: jobs are queued here")) {
        throw new Error("The production build in .next ignores WORKERS=0 (it predates it): rebuild it (npm run build).");
      }
    }
    // The balancer was started first (the servers had to know its host); now it has somewhere to send requests.
    upstreams.push({ name: "A", url: serverA!.url }, { name: "B", url: serverB!.url });
    wav = espeakWav({ wpm: 150, voice: "en-us", text: "I would first stabilise the service, then find the root cause.", dir: audio.dir });
  }, 90_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    await Promise.all([serverA?.stop(), serverB?.stop()]);
    await balancer?.close();
    await s3?.close();
    await scratch?.drop();
    if (workerDir) rmSync(workerDir, { recursive: true, force: true });
    audio?.cleanup();
  });

  it("a session and writes made on one server are seen on the other at once, and through the balancer", async () => {
    onA = new Direct(serverA!.url);
    expect((await onA.submitPageForm("/sign-in", { name: "Scale Out", email: "scale@example.test" })).response.status).toBe(303);
    onB = sameSession(new Direct(serverB!.url), onA);
    viaBalancer = sameSession(new HttpClient(balancer!.url), onA);

    // A's session cookie is valid on B (same SESSION_SECRET, the user row in the shared database).
    const appOnB = await onB.get("/app");
    expect(appOnB.status).toBe(200);
    expect(appOnB.text).toContain("Scale Out");

    // Written through A, read through B on the next request.
    const job = await onA.submitPageForm("/app/job-infos/new", {
      name: "Platform SRE",
      title: "",
      experienceLevel: "mid-level",
      description: "Kubernetes, Postgres failover and incident response.",
    });
    expect(job.response.status).toBe(303);
    jobId = redirectPath(job.response, serverA!.url)!.match(UUID_RE)![0];
    const hubOnB = await onB.get(`/app/job-infos/${jobId}`);
    expect(hubOnB.status).toBe(200);
    expect(hubOnB.text).toContain("Platform SRE");
    expect(hubOnB.text).toContain("Postgres failover");

    // Through the balancer: the form is rendered by one server and posted to the other (same build, same action ids).
    const second = await viaBalancer.submitPageForm("/app/job-infos/new", {
      name: "Data engineer",
      title: "",
      experienceLevel: "senior",
      description: "Airflow and data quality.",
    });
    expect(second.response.status).toBe(303);
    expect(new Set(balancer!.served.slice(-2))).toEqual(new Set(["A", "B"]));
    const dashboards = [await viaBalancer.get("/app"), await viaBalancer.get("/app")];
    expect(dashboards.map((d) => d.headers.get("x-upstream")).sort()).toEqual(["A", "B"]);
    for (const dashboard of dashboards) {
      expect(dashboard.status).toBe(200);
      expect(dashboard.text).toContain("Platform SRE");
      expect(dashboard.text).toContain("Data engineer");
    }
  });

  it("rate limits are one count across servers: per IP through the balancer, per user alternating A and B", async () => {
    // One client (127.0.0.2 as the balancer sees it), requests alternating A, B, A…: the limit is reached at IP_LIMIT in all, not per server.
    const ipResults = [];
    for (let i = 0; i < IP_LIMIT + 2; i++) ipResults.push(await getFrom("127.0.0.2", `${balancer!.url}/`));
    expect(ipResults.slice(0, IP_LIMIT).map((r) => r.status)).toEqual(Array(IP_LIMIT).fill(200));
    expect(ipResults.slice(0, IP_LIMIT).filter((r) => r.upstream === "A")).toHaveLength(IP_LIMIT / 2);
    expect(ipResults.slice(IP_LIMIT).map((r) => r.status)).toEqual([429, 429]);
    expect(
      ipResults
        .slice(IP_LIMIT)
        .map((r) => r.upstream)
        .sort(),
    ).toEqual(["A", "B"]); // both servers refuse

    // The per-user AI limit (a new user, so the others' uploads keep their budget): the route counts the call, then finds no job (404).
    const limitedA = new Direct(serverA!.url);
    expect((await limitedA.submitPageForm("/sign-in", { name: "Limit Test", email: "limits@example.test" })).response.status).toBe(303);
    const limitedB = sameSession(new Direct(serverB!.url), limitedA);
    const statuses: number[] = [];
    for (let i = 0; i < USER_AI_LIMIT + 2; i++) {
      const client = i % 2 === 0 ? limitedA : limitedB;
      const res = await client.request(`/api/job-infos/${randomUUID()}/questions`, {
        method: "POST",
        body: JSON.stringify({ difficulty: "easy" }),
        headers: { "content-type": "application/json", origin: new URL(client.baseUrl).origin },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array<number>(USER_AI_LIMIT).fill(404), 429, 429]);
  });

  it("a recording uploaded through A is analysed by the worker, kept in the bucket only, and ready as seen through B", async () => {
    const answer = await startInterview(onA);
    const accepted = await upload(onA, answer);
    expect(accepted.status, accepted.text).toBe(202);
    expect(await settledStatus(onB, answer, 40_000), workers[0]!.logs()).toBe("ready");
    await workers[0]!.waitFor("answer analysed", 5_000);
    expect(workers[0]!.logs()).toContain(answer.answerId);

    // The recording is in the bucket, byte for byte, and in no process's data folder.
    const stored = [...s3!.objects].filter(([key, object]) => key.startsWith("recordings/") && Buffer.from(wav).equals(object.body));
    expect(stored).toHaveLength(1);
    for (const dir of [serverA!.dataDir, serverB!.dataDir, workerDir]) expect(existsSync(path.join(dir, "uploads")), dir).toBe(false);
    // Played back through the balancer, from the bucket.
    const head = await viaBalancer.request(`/api/interview-answers/${answer.answerId}/audio`, { headers: { range: "bytes=0-3" } });
    expect(head.status).toBe(206);
    expect(head.text).toBe("RIFF");
    expect(head.headers.get("content-range")).toBe(`bytes 0-3/${wav.byteLength}`);
    expect(s3!.ranges).toContain("bytes=0-3");
  }, 60_000);

  it("a worker SIGKILLed mid-job: the job expires and a second worker finishes it", async () => {
    const answer = await startInterview(onB); // written through B this time
    // The first worker stops gracefully (exit 0); one that holds every job it takes replaces it.
    const doomed = startWorker({ DARASA_FAULT_ANALYSIS_DELAY_MS: "60000" });
    const [stopped] = await Promise.all([workers[0]!.stop(), doomed.waitFor("worker ready", 30_000)]);
    expect(stopped).toBe(0);

    const accepted = await upload(viaBalancer, answer);
    expect(accepted.status, accepted.text).toBe(202);
    await doomed.waitFor(`"answerId":"${answer.answerId}"`, 15_000); // it took the job and holds it
    await doomed.kill(); // npm, tsx and the worker: no shutdown, the job stays active until it expires
    expect(JSON.parse((await onA.get(`/api/interviews/${answer.interviewId}/status`)).text)).toMatchObject({
      data: { answers: [{ status: "processing" }] },
    });

    const next = startWorker();
    expect(await settledStatus(onA, answer, 45_000), next.logs()).toBe("ready");
    await next.waitFor("answer analysed", 5_000);
    expect(next.logs()).toContain(answer.answerId); // the second worker did it
  }, 75_000);
});
