import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, UUID_RE, redirectPath } from "../support/serverHttp";
import { createScratchPostgres, databaseKinds } from "../support/database";
import { BROWSER_UA, startTestServer, type TestServer } from "../support/server";

/**
 * Bad input against every route handler of the production server (local
 * mode; on PGlite, and on Postgres when TEST_DATABASE_URL is set), signed in: malformed and foreign ids, bad encodings, wrong
 * and oversized bodies, NUL bytes, wrong content types and methods. Every
 * answer must be a 4xx (or a normal 2xx/3xx), never a 5xx, never a hang, and
 * the health route stays fast meanwhile.
 */
const ROUTES: { method: string; path: (id: string, id2: string) => string }[] = [
  { method: "POST", path: (id) => `/api/job-infos/${id}/coach` },
  { method: "GET", path: (id) => `/api/job-infos/${id}/export?format=md` },
  { method: "POST", path: (id) => `/api/job-infos/${id}/questions` },
  { method: "POST", path: (id) => `/api/job-infos/${id}/live-interviews` },
  { method: "POST", path: (id) => `/api/job-infos/${id}/resumes` },
  { method: "PUT", path: (id) => `/api/interview-answers/${id}/transcript` },
  { method: "POST", path: (id) => `/api/interview-answers/${id}/retry` },
  { method: "GET", path: (id) => `/api/interview-answers/${id}/audio` },
  { method: "POST", path: (id) => `/api/resume-analyses/${id}/analysis` },
  { method: "POST", path: (id) => `/api/questions/${id}/feedback` },
  { method: "PUT", path: (id, id2) => `/api/interviews/${id}/answers/${id2}/transcript` },
  { method: "POST", path: (id, id2) => `/api/interviews/${id}/answers/${id2}/audio` },
  { method: "GET", path: (id, id2) => `/api/interviews/${id}/answers/${id2}/speech` },
  { method: "POST", path: (id, id2) => `/api/interviews/${id}/answers/${id2}/next` },
  { method: "POST", path: (id) => `/api/interviews/${id}/end` },
  { method: "GET", path: (id) => `/api/interviews/${id}/export?format=pdf` },
  { method: "GET", path: (id) => `/api/interviews/${id}/status` },
  { method: "GET", path: (id) => `/api/live-interviews/${id}/export` },
  { method: "POST", path: (id) => `/api/live-interviews/${id}/chat` },
  { method: "GET", path: (id) => `/api/live-interviews/${id}/status` },
  { method: "POST", path: (id) => `/api/live-interviews/${id}/analysis` },
  { method: "GET", path: (id) => `/api/answer-takes/${id}/audio` },
];

const IDS = ["not-a-uuid", "00000000-0000-4000-8000-000000000000", "%E0%A4%A", "x".repeat(300), "1%00", "..%2F..%2Fetc%2Fpasswd", "'%20or%201=1--"];

const BODIES: { type?: string; body?: string | Buffer }[] = [
  {},
  { type: "application/json", body: "" },
  { type: "application/json", body: "{" },
  { type: "application/json", body: "[]" },
  { type: "application/json", body: "null" },
  {
    type: "application/json",
    body: JSON.stringify({ message: "a\u0000b", answer: "a\u0000b", transcript: "a\u0000b", segments: [{ text: "a\u0000", startMs: 0, endMs: 1 }] }),
  },
  { type: "application/json", body: JSON.stringify({ message: 5, difficulty: "impossible", answer: ["x"], transcript: {}, chatId: 7, segments: "no" }) },
  { type: "application/json", body: JSON.stringify({ message: "x".repeat(70_000) }) },
  { type: "application/json", body: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) },
  { type: "text/plain", body: JSON.stringify({ message: "hi" }) },
  { type: "application/x-www-form-urlencoded", body: "message=hi" },
  { type: "audio/wav", body: Buffer.from("RIFF\u0000\u0000\u0000\u0000WAVEjunk") },
  { type: "application/octet-stream", body: Buffer.alloc(5000, 0x41) },
];

describe.each(databaseKinds)("fuzzing every route handler (local mode, %s)", (kind) => {
  let server: TestServer;
  let dropDatabase: (() => Promise<void>) | undefined;
  let client: HttpClient;
  let port: number;
  const real: { jobId: string; interviewId: string; answerId: string } = { jobId: "", interviewId: "", answerId: "" };

  beforeAll(async () => {
    const scratch = kind === "postgres" ? await createScratchPostgres() : undefined;
    dropDatabase = scratch?.drop;
    server = await startTestServer({ RATE_LIMIT_IP_PER_MINUTE: "100000", ...(scratch ? { DATABASE_URL: scratch.url } : {}) });
    port = Number(new URL(server.url).port);
    client = new HttpClient(server.url);
    const health = JSON.parse((await client.get("/api/health")).text) as { data: { database: { adapter: string } } };
    expect(health.data.database.adapter).toBe(kind);
    expect((await client.submitPageForm("/sign-in", { name: "Fuzz", email: "fuzz@example.test" })).response.status).toBe(303);
    const job = await client.submitPageForm("/app/job-infos/new", {
      name: "Fuzz job",
      title: "",
      experienceLevel: "junior",
      description: "Testing everything.",
    });
    real.jobId = redirectPath(job.response, server.url)!.match(UUID_RE)![0];
    const start = await client.submitPageForm(`/app/job-infos/${real.jobId}/interviews`, { jobInfoId: real.jobId, questionCount: "1" });
    real.interviewId = redirectPath(start.response, server.url)!.split("/").pop()!;
    real.answerId = (
      JSON.parse((await client.get(`/api/interviews/${real.interviewId}/status`)).text) as { data: { answers: { id: string }[] } }
    ).data.answers[0]!.id;
  });

  afterAll(async () => {
    await server?.stop();
    await dropDatabase?.();
  });

  function send(method: string, path: string, body?: { type?: string; body?: string | Buffer }): Promise<number> {
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method,
          path,
          agent: false,
          headers: {
            host: `127.0.0.1:${port}`,
            origin: `http://127.0.0.1:${port}`,
            "user-agent": BROWSER_UA,
            cookie,
            ...(body?.type ? { "content-type": body.type } : {}),
            ...(body?.body !== undefined ? { "content-length": String(Buffer.byteLength(body.body)) } : {}),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`hang: ${method} ${path}`)));
      req.end(body?.body);
    });
  }

  it("answers 400+ bad requests without a single 5xx, and /api/health stays fast", async () => {
    const failures: string[] = [];
    let requests = 0;
    const check = async (method: string, path: string, body?: (typeof BODIES)[number]) => {
      const status = await send(method, path, body);
      requests++;
      if (status >= 500 || status === 0) failures.push(`${status} ${method} ${path} ${body?.type ?? ""} ${String(body?.body ?? "").slice(0, 30)}`);
    };
    for (const route of ROUTES) {
      for (const id of IDS) await check(route.method, route.path(id, id));
      // Real ids in the other slot: a foreign or malformed second id.
      for (const id of IDS.slice(0, 3)) await check(route.method, route.path(real.interviewId, id));
      if (route.method !== "GET") for (const body of BODIES) await check(route.method, route.path(real.jobId, real.answerId), body);
    }
    for (const method of ["DELETE", "PATCH", "OPTIONS", "HEAD"]) for (const route of ROUTES) await check(method, route.path(real.interviewId, real.answerId));
    const started = performance.now();
    expect(await send("GET", "/api/health")).toBe(200);
    const healthMs = performance.now() - started;
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(400);
    expect(healthMs).toBeLessThan(1000);
    console.log(`fuzz (${kind}): ${requests} requests, 0 server errors; /api/health afterwards ${Math.round(healthMs)} ms`);
  }, 300_000);
});
