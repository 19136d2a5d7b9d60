import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, UUID_RE, redirectPath } from "../support/serverHttp";
import { startTestServer, type TestServer } from "../support/server";
import { espeakWav, hasEspeak, makeTempDir } from "../support/speechAudio";

type Status = { data: { answers: { id: string; status: string; durationMs: number | null }[] } };

describe.skipIf(!hasEspeak())("a recorded answer survives the server being killed mid-analysis", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "darasa-crash-"));
  const audio = makeTempDir();
  const env = { DARASA_DATA_DIR: dataDir, ANALYSIS_JOB_EXPIRE_SECONDS: "4" };
  let server: TestServer | undefined;

  beforeAll(() => {
    process.env.NODE_NO_WARNINGS = "1";
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    audio.cleanup();
  });

  it("completes after a restart and loses nothing", async () => {
    server = await startTestServer({ ...env, DARASA_FAULT_ANALYSIS_DELAY_MS: "60000" });
    const client = new HttpClient(server.url);
    const signUp = await client.submitPageForm("/sign-in", { name: "Crash Test", email: "crash@example.test" });
    expect(signUp.response.status).toBe(303);
    const job = await client.submitPageForm("/app/job-infos/new", {
      name: "SRE",
      title: "",
      experienceLevel: "mid-level",
      description: "Kubernetes, incident response, observability.",
    });
    const jobId = redirectPath(job.response, server.url)!.match(UUID_RE)![0];
    const start = await client.submitPageForm(`/app/job-infos/${jobId}/interviews`, { jobInfoId: jobId, questionCount: "1" });
    const interviewId = redirectPath(start.response, server.url)!.split("/").pop()!;
    const status = async () => JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as Status;
    const answerId = (await status()).data.answers[0]!.id;

    const wav = espeakWav({ wpm: 150, voice: "en-us", text: "I would first stabilise the service, then find the root cause.", dir: audio.dir });
    const upload = await client.request(`/api/interviews/${interviewId}/answers/${answerId}/audio`, {
      method: "POST",
      body: wav as BodyInit,
      headers: { "content-type": "audio/wav" },
    });
    expect(upload.status).toBe(202);
    // Give the worker time to take the job, then kill the server hard.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await status()).data.answers[0]!.status).toBe("processing");
    await server.kill();

    server = await startTestServer(env);
    const restarted = new HttpClient(server.url);
    for (const [name, value] of client.cookies) restarted.setCookie(name, value);
    let answer: Status["data"]["answers"][number] | undefined;
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      const body = JSON.parse((await restarted.get(`/api/interviews/${interviewId}/status`)).text) as Status;
      answer = body.data.answers[0];
      if (answer?.status === "ready" || answer?.status === "failed") break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(answer?.status).toBe("ready");
    expect(answer?.durationMs).toBeGreaterThan(2000);
  }, 120_000);
});
