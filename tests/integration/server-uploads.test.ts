import { request as httpRequest } from "node:http";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, UUID_RE, redirectPath } from "../support/serverHttp";
import { BROWSER_UA, startTestServer, type TestServer } from "../support/server";

/**
 * Uploads are exact through the real server: a body over its limit is
 * refused with 413 whether it declares its length or arrives chunked, and
 * nothing truncated is ever accepted (the proxy buffers bodies; its limit is
 * kept above every upload limit and the handlers count bytes).
 */
describe("upload limits through the production server", () => {
  let server: TestServer;
  let client: HttpClient;
  let interviewId: string;
  let answerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    client = new HttpClient(server.url);
    expect((await client.submitPageForm("/sign-in", { name: "Upload Test", email: "upload@example.test" })).response.status).toBe(303);
    const job = await client.submitPageForm("/app/job-infos/new", {
      name: "SRE",
      title: "",
      experienceLevel: "mid-level",
      description: "Kubernetes and incident response.",
    });
    const jobId = redirectPath(job.response, server.url)!.match(UUID_RE)![0];
    const start = await client.submitPageForm(`/app/job-infos/${jobId}/interviews`, { jobInfoId: jobId, questionCount: "1" });
    interviewId = redirectPath(start.response, server.url)!.split("/").pop()!;
    const status = JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as { data: { answers: { id: string }[] } };
    answerId = status.data.answers[0]!.id;
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** A WAV-looking body of `bytes` bytes; chunked (no Content-Length) when `chunked`. */
  function postAudio(bytes: number, chunked: boolean): Promise<{ status: number; body: string }> {
    const header = Buffer.alloc(44);
    header.write("RIFF", 0);
    header.write("WAVEfmt ", 8);
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(1, 22);
    header.writeUInt32LE(16000, 24);
    header.writeUInt32LE(32000, 28);
    header.writeUInt16LE(2, 32);
    header.writeUInt16LE(16, 34);
    header.write("data", 36);
    header.writeUInt32LE(bytes - 44, 40);
    const url = new URL(`/api/interviews/${interviewId}/answers/${answerId}/audio`, server.url);
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            cookie,
            "content-type": "audio/wav",
            "user-agent": BROWSER_UA,
            origin: server.url,
            ...(chunked ? {} : { "content-length": String(bytes) }),
          },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", (error) =>
        (error as NodeJS.ErrnoException).code === "EPIPE" || (error as NodeJS.ErrnoException).code === "ECONNRESET"
          ? resolve({ status: 413, body: "closed" })
          : reject(error),
      );
      let sent = 0;
      const chunk = Buffer.alloc(1024 * 1024);
      Readable.from(
        (function* () {
          yield header;
          sent = 44;
          while (sent < bytes) {
            const n = Math.min(chunk.length, bytes - sent);
            sent += n;
            yield chunk.subarray(0, n);
          }
        })(),
      ).pipe(req);
    });
  }

  it("refuses 26 MB of audio sent chunked, and 40 MB declared, with 413; nothing is attached", async () => {
    const chunked = await postAudio(26 * 1024 * 1024, true);
    expect(chunked.status).toBe(413);
    const declared = await postAudio(40 * 1024 * 1024, false);
    expect(declared.status).toBe(413);
    const status = JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as { data: { answers: { status: string }[] } };
    expect(status.data.answers[0]!.status).toBe("awaiting");
  }, 120_000);

  /** Sends the WAV header only, then goes quiet; resolves with the answer and how long it took. */
  function postStalled(chunked: boolean): Promise<{ status: number; body: string; ms: number }> {
    const url = new URL(`/api/interviews/${interviewId}/answers/${answerId}/audio`, server.url);
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            cookie,
            "content-type": "audio/wav",
            "user-agent": BROWSER_UA,
            origin: server.url,
            ...(chunked ? {} : { "content-length": String(11 * 1024 * 1024) }),
          },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
        },
      );
      req.on("error", reject);
      req.write(Buffer.from("RIFF\0\0\0\0WAVE"));
    });
  }

  it("answers a body that stops arriving (11 MB declared, 12 bytes sent; or chunked and quiet) with 400 within 30 s, and the server stays responsive", async () => {
    const [declared, chunked] = await Promise.all([postStalled(false), postStalled(true)]);
    const health = performance.now();
    expect((await client.get("/api/health")).status).toBe(200);
    expect(performance.now() - health).toBeLessThan(1000);
    for (const result of [declared, chunked]) {
      expect(result.status).toBe(400);
      expect(result.ms).toBeLessThanOrEqual(30_000);
      expect(JSON.parse(result.body)).toMatchObject({ success: false, error: { code: "BAD_REQUEST" } });
    }
    const status = JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as { data: { answers: { status: string }[] } };
    expect(status.data.answers[0]!.status).toBe("awaiting");
  }, 60_000);

  it("accepts a 12 MB recording whole (over the proxy's default 10 MB buffer)", async () => {
    const response = await postAudio(12 * 1024 * 1024, true);
    expect(response.status).toBe(202);
    // Stored whole: the playback route reports the full size.
    const stored = await client.request(`/api/interview-answers/${answerId}/audio`, { headers: { range: "bytes=0-0" } });
    expect(stored.status).toBe(206);
    expect(stored.headers.get("content-range")).toBe(`bytes 0-0/${12 * 1024 * 1024}`);
  }, 120_000);
});
