import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/drizzle/client";
import type { User } from "@/drizzle/schema";
import { createInterview, listAnswerSummaries } from "@/features/interviews/db";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { makeJob, makeUser } from "../support/questionFactories";

/**
 * Server text-to-speech for the conversational interviewer: the real AI SDK
 * client against a local server speaking OpenAI's `/audio/speech`, through
 * the route (called in-process with a stubbed session).
 */
const state = vi.hoisted(() => {
  process.env.TTS_BASE_URL = "http://127.0.0.1:1/v1"; // replaced with the fake's port before the route is imported
  process.env.TTS_API_KEY = "sk-tts-test";
  process.env.TTS_VOICE = "nova";
  return { user: null as (Pick<User, "id" | "plan" | "name"> & { aiProvider: null }) | null };
});
vi.mock("@/features/users/currentUser", () => ({ getCurrentUser: async () => state.user }));

type Recorded = { path: string; headers: IncomingHttpHeaders; body: { model: string; input: string; voice: string; response_format: string } };
const MP3 = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 1, 2, 3]);

describe("server voice for the conversational interviewer", () => {
  let t: TestDatabase;
  const requests: Recorded[] = [];
  let failNext = 0;
  const fake = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      requests.push({ path: req.url ?? "", headers: req.headers, body: JSON.parse(body) });
      if (failNext > 0) {
        failNext--;
        res
          .writeHead(500, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: "overloaded", type: "server_error", param: null, code: null } }));
        return;
      }
      res.writeHead(200, { "content-type": "audio/mpeg" }).end(MP3);
    });
  });
  let GET: typeof import("@/app/api/interviews/[interviewId]/answers/[answerId]/speech/route").GET;
  let owner: NonNullable<typeof state.user>;
  let interviewId: string;
  let answerId: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
    process.env.TTS_BASE_URL = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v1`;
    ({ GET } = await import("@/app/api/interviews/[interviewId]/answers/[answerId]/speech/route"));
    t = await createTestDatabase("pglite");
    (globalThis as typeof globalThis & { __darasaDatabase?: Promise<DatabaseHandle> }).__darasaDatabase = Promise.resolve(t);
    owner = { ...(await makeUser(t.db, "free")), name: "Kofi", aiProvider: null };
    const job = await makeJob(t.db, owner.id);
    const interview = await createInterview(t.db, {
      userId: owner.id,
      jobInfoId: job.id,
      mode: "conversation",
      questions: [{ text: "Why this role?", bankQuestionId: null }],
    });
    interviewId = interview.id;
    answerId = (await listAnswerSummaries(t.db, owner.id, interviewId))[0]!.id;
  });

  afterAll(async () => {
    fake.close();
    await t?.dispose();
  });

  const speech = (id = answerId, query = "") =>
    GET(new Request(`http://localhost/api/interviews/${interviewId}/answers/${id}/speech${query}`), { params: Promise.resolve({ interviewId, answerId: id }) });

  it("speaks the server's own text for the owner's turn, greeting by name before the first question", async () => {
    state.user = owner;
    const response = await speech(answerId, "?greeting=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(MP3);
    const request = requests.at(-1)!;
    expect(request.path).toBe("/v1/audio/speech");
    expect(request.headers.authorization).toBe("Bearer sk-tts-test");
    expect(request.body).toMatchObject({ model: "tts-1", voice: "nova", response_format: "mp3" });
    expect(request.body.input).toBe("Hello Kofi, I'm Amara, and I'll be your interviewer today. Let's begin. Why this role?");
  });

  it("retries a 500, and says plainly when the voice stays unavailable", async () => {
    state.user = owner;
    failNext = 1;
    expect((await speech()).status).toBe(200);
    failNext = 3;
    const response = await speech();
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("TTS_FAILED");
  });

  it("another user's turn is not found; no session is 401", async () => {
    state.user = { ...(await makeUser(t.db, "free")), name: "Eve", aiProvider: null };
    const before = requests.length;
    expect((await speech()).status).toBe(404);
    state.user = null;
    expect((await speech()).status).toBe(401);
    expect(requests.length).toBe(before);
  });
});
