import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpClient, UUID_RE, redirectPath } from "../support/serverHttp";
import { startTestServer, type TestServer } from "../support/server";
import { ok, raw, startFakeSttServer, type FakeSttServer } from "../support/fakeSttServer";
import { espeakWav, hasEspeak, makeTempDir } from "../support/speechAudio";

type Status = { data: { answers: { id: string; status: string }[] } };

/**
 * The production server's worker with speech-to-text configured, against a
 * local fake speaking OpenAI's and Gemini's wire formats: a recorded answer
 * gets the server transcript (with no browser transcript and no typing), and
 * its content is graded.
 */
describe.skipIf(!hasEspeak()).each([
  ["OpenAI-compatible", (fake: FakeSttServer) => ({ STT_BASE_URL: `${fake.url}/v1`, STT_MODEL: "whisper-large-v3", STT_API_KEY: "sk-test-stt" })],
  [
    "Gemini only",
    (fake: FakeSttServer) => ({ GOOGLE_GENERATIVE_AI_API_KEY: "gemini-test-key", GOOGLE_BASE_URL: `${fake.url}/v1beta`, GOOGLE_MODEL: "gemini-2.5-flash" }),
  ],
] as const)("server speech-to-text (%s)", (_name, envFor) => {
  let fake: FakeSttServer;
  let server: TestServer;
  const audio = makeTempDir();

  beforeAll(async () => {
    fake = await startFakeSttServer();
    server = await startTestServer(envFor(fake));
  });

  afterAll(async () => {
    await server?.stop();
    await fake?.close();
    audio.cleanup();
  });

  it("transcribes a recorded answer on the server and grades what was said", async () => {
    const client = new HttpClient(server.url);
    expect((await client.submitPageForm("/sign-in", { name: "Stt Test", email: "stt@example.test" })).response.status).toBe(303);
    const job = await client.submitPageForm("/app/job-infos/new", {
      name: "Data engineer",
      title: "",
      experienceLevel: "mid-level",
      description: "PostgreSQL migrations, Python, Airflow and data quality.",
    });
    const jobId = redirectPath(job.response, server.url)!.match(UUID_RE)![0];
    const start = await client.submitPageForm(`/app/job-infos/${jobId}/interviews`, { jobInfoId: jobId, kind: "technical", questionCount: "1" });
    const interviewPath = redirectPath(start.response, server.url)!;
    const interviewId = interviewPath.split("/").pop()!;
    const status = async () => JSON.parse((await client.get(`/api/interviews/${interviewId}/status`)).text) as Status;
    const answerId = (await status()).data.answers[0]!.id;

    // Gemini also grades (it is the only LLM): its second call answers with feedback in the schema's shape.
    fake.enqueue(
      ok(),
      raw(
        JSON.stringify({
          rating: 6,
          summary: "A concrete migration with a duration; say why and how you de-risked it.",
          strengths: [{ point: "Names the migration", quote: "I led the migration to Postgres" }],
          gaps: [{ point: "No reasons or risks", suggestion: "Explain the rollback plan." }],
          modelAnswer: "I led the migration to Postgres over three months, with dual writes and a tested rollback.",
        }),
      ),
    );
    const wav = espeakWav({ wpm: 150, voice: "en-us", text: "Um, I led the migration to Postgres. It took three months.", dir: audio.dir });
    const upload = await client.request(`/api/interviews/${interviewId}/answers/${answerId}/audio`, {
      method: "POST",
      body: wav as BodyInit,
      headers: { "content-type": "audio/wav" },
    });
    expect(upload.status).toBe(202);
    const deadline = Date.now() + 45_000;
    let state = "processing";
    while (Date.now() < deadline && (state === "processing" || state === "awaiting")) {
      await new Promise((r) => setTimeout(r, 500));
      state = (await status()).data.answers[0]!.status;
    }
    expect(state).toBe("ready");

    // The request the worker sent carried the recording and the user's language.
    // With only a Gemini key, Gemini is also the grader: the first request is the transcription.
    const request = fake.requests[0]!;
    expect(fake.requests.length).toBe(request.protocol === "openai" ? 1 : 2);
    if (request.protocol === "openai") {
      expect(request.headers.authorization).toBe("Bearer sk-test-stt");
      expect(request.form!.fields.model).toEqual(["whisper-large-v3"]);
      expect(request.form!.fields.language).toEqual(["en"]);
      expect(Buffer.from(request.form!.files[0]!.bytes).equals(Buffer.from(wav))).toBe(true);
    } else {
      expect(request.path).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
      expect(request.headers["x-goog-api-key"]).toBe("gemini-test-key");
      const parts = request.json.contents[0].parts as { inlineData?: { mimeType: string; data: string } }[];
      expect(Buffer.from(parts.find((p) => p.inlineData)!.inlineData!.data, "base64").equals(Buffer.from(wav))).toBe(true);
    }
    // The page shows the server transcript, its source and content feedback; no typing happened.
    const page = (await client.get(interviewPath)).text;
    expect(page).toContain("Transcribed on the server (speech-to-text)");
    expect(page).toMatch(/I led the migration to Postgres/);
    expect(page).toMatch(/Rating \d+ out of 10/);
    if (request.protocol === "gemini") {
      expect(page).toContain("Rating 6 out of 10");
      expect(page).toContain("AI feedback (Google gemini-2.5-flash)");
    } else {
      expect(page).toContain("not an AI model"); // no LLM configured: the rubric grades
    }
    // Server STT replaces browser recognition: the recorder says so instead of asking for consent.
    expect(page).not.toContain("Allow live captions");
  }, 90_000);
});
