import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PUT as putBrowserTranscript } from "@/app/api/interviews/[interviewId]/answers/[answerId]/transcript/route";
import { PUT as putTypedTranscript } from "@/app/api/interview-answers/[answerId]/transcript/route";
import { GET as getExport } from "@/app/api/interviews/[interviewId]/export/route";
import { POST as postCoach } from "@/app/api/job-infos/[jobInfoId]/coach/route";
import { GET as getTakeAudio } from "@/app/api/answer-takes/[takeId]/audio/route";
import { listTakes } from "@/features/interviews/takesDb";
import type { ObjectStorage } from "@/services/storage/types";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/drizzle/client";
import type { User } from "@/drizzle/schema";
import { attachRecording, createInterview, getAnswer, getInterview, listAnswerSummaries, listInterviews } from "@/features/interviews/db";
import { removeInterview } from "@/features/interviews/remove";
import { createLocalStorage } from "@/services/storage/local";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { makeJob, makeUser } from "../support/questionFactories";

/**
 * The transcript routes of recorded answers, called in-process: the
 * signed-in user is stubbed and getDb() reads the test database from its
 * process-wide slot. The queue is stubbed (typed transcripts enqueue).
 */
const session = vi.hoisted(() => ({ user: null as Pick<User, "id" | "plan"> | null, queued: [] as string[] }));
vi.mock("@/features/users/currentUser", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/services/queue", () => ({ enqueueAnswerAnalysis: async (id: string) => void session.queued.push(id) }));

type Slots = typeof globalThis & { __darasaDatabase?: Promise<DatabaseHandle>; __darasaStorage?: ObjectStorage };

describe("recorded-answer transcript routes", () => {
  let t: TestDatabase;
  let root: string;
  let owner: Pick<User, "id" | "plan">;
  let stranger: Pick<User, "id" | "plan">;
  let interviewId: string;
  let answerIds: string[];

  const segments = [
    { text: "I led the migration to Postgres", startMs: 800, endMs: 2600 },
    { text: "and it took three months", startMs: 2900, endMs: 4100 },
  ];
  const browser = (answerId: string, body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
    putBrowserTranscript(new Request(`http://localhost/api/interviews/${interviewId}/answers/${answerId}/transcript`, { method: "PUT", body, headers }), {
      params: Promise.resolve({ interviewId, answerId }),
    });
  const typed = (answerId: string, body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
    putTypedTranscript(new Request(`http://localhost/api/interview-answers/${answerId}/transcript`, { method: "PUT", body, headers }), {
      params: Promise.resolve({ answerId }),
    });
  const errorOf = async (response: Response) => ((await response.json()) as { success: boolean; error: { code: string; message: string } }).error;

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    (globalThis as Slots).__darasaDatabase = Promise.resolve(t);
    root = mkdtempSync(path.join(tmpdir(), "darasa-routes-"));
    owner = await makeUser(t.db, "free");
    stranger = await makeUser(t.db, "free");
    const job = await makeJob(t.db, owner.id);
    const interview = await createInterview(t.db, {
      userId: owner.id,
      jobInfoId: job.id,
      questions: [1, 2].map((n) => ({ text: `Q${n}`, bankQuestionId: null })),
    });
    interviewId = interview.id;
    answerIds = (await listAnswerSummaries(t.db, owner.id, interviewId)).map((a) => a.id);
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it("401 without a session", async () => {
    session.user = null;
    expect((await browser(answerIds[0]!, JSON.stringify({ segments }))).status).toBe(401);
    expect((await typed(answerIds[0]!, JSON.stringify({ transcript: "hello" }))).status).toBe(401);
  });

  it("stores the browser's timed transcript for the owner", async () => {
    session.user = owner;
    const response = await browser(answerIds[0]!, JSON.stringify({ segments }));
    expect(response.status).toBe(200);
    const answer = (await getAnswer(t.db, owner.id, answerIds[0]!))!;
    expect(answer.transcriptSource).toBe("browser");
    expect(answer.transcript).toBe("I led the migration to Postgres and it took three months");
    const timing = answer.transcriptTiming!;
    expect(timing.segments).toHaveLength(2);
    expect(timing.words[0]).toMatchObject({ word: "I", startMs: 800 });
  });

  it("another user's answer is not found (404), and nothing changes", async () => {
    session.user = stranger;
    const response = await browser(answerIds[1]!, JSON.stringify({ segments }));
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("NOT_FOUND");
    expect((await typed(answerIds[0]!, JSON.stringify({ transcript: "mine now" }))).status).toBe(404);
    expect((await getAnswer(t.db, owner.id, answerIds[1]!))!.transcript).toBeNull();
  });

  it("refuses what is not JSON (cross-site form posts), before reading it", async () => {
    session.user = owner;
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect((await browser(answerIds[0]!, JSON.stringify({ segments }), { "content-type": type })).status).toBe(415);
      expect((await typed(answerIds[0]!, JSON.stringify({ transcript: "x" }), { "content-type": type })).status).toBe(415);
    }
  });

  it("AI routes take only JSON too: a text/plain post (what a cross-site form can send) is 415, a 100 KB body 413", async () => {
    session.user = owner;
    const coach = (body: string, type: string) =>
      postCoach(new Request("http://localhost/api/job-infos/x/coach", { method: "POST", body, headers: { "content-type": type } }), {
        params: Promise.resolve({ jobInfoId: "x" }),
      });
    expect((await coach(JSON.stringify({ message: "hi" }), "text/plain")).status).toBe(415);
    expect((await coach(JSON.stringify({ message: "x".repeat(100_000) }), "application/json")).status).toBe(413);
    expect((await coach("{", "application/json")).status).toBe(400);
    const nul = await coach(JSON.stringify({ message: "hi\u0000there" }), "application/json");
    expect(nul.status).toBe(400);
    expect((await errorOf(nul)).message).toMatch(/not text/);
  });

  it("bad transcripts get a clear 4xx: empty, NUL bytes, 1 MB, inverted or out-of-range times, broken JSON", async () => {
    session.user = owner;
    const cases: [BodyInit, number, RegExp][] = [
      [JSON.stringify({ segments: [] }), 400, /no words/],
      [JSON.stringify({ segments: [{ text: "a\u0000b", startMs: 0, endMs: 10 }] }), 400, /not text/],
      [JSON.stringify({ segments: [{ text: "x".repeat(1_000_000), startMs: 0, endMs: 10 }] }), 413, /too large/],
      [JSON.stringify({ segments: [{ text: "late", startMs: 900, endMs: 100 }] }), 400, /ends before it starts/],
      [JSON.stringify({ segments: [{ text: "late", startMs: 0, endMs: 99_999_999 }] }), 400, /./],
      [JSON.stringify({ segments: [{ text: "   ", startMs: 0, endMs: 10 }] }), 400, /no words/],
      ["{not json", 400, /not valid JSON/],
    ];
    for (const [body, status, message] of cases) {
      const response = await browser(answerIds[0]!, body);
      expect(response.status, String(body).slice(0, 60)).toBe(status);
      expect((await errorOf(response)).message).toMatch(message);
    }
    // The stored transcript is untouched by refused requests.
    expect((await getAnswer(t.db, owner.id, answerIds[0]!))!.transcript).toMatch(/^I led the migration/);
  });

  it("a 1 MB body without a Content-Length is still cut off at the limit", async () => {
    session.user = owner;
    const big = new TextEncoder().encode(JSON.stringify({ segments: [{ text: "y".repeat(1_000_000), startMs: 0, endMs: 1 }] }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < big.length; i += 65_536) controller.enqueue(big.subarray(i, i + 65_536));
        controller.close();
      },
    });
    const request = new Request(`http://localhost/x`, {
      method: "PUT",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    const response = await putBrowserTranscript(request, { params: Promise.resolve({ interviewId, answerId: answerIds[0]! }) });
    expect(response.status).toBe(413);
  });

  it("typed transcripts: only for analysed answers, re-queued, NUL and 20,001 characters refused", async () => {
    session.user = owner;
    expect((await typed(answerIds[1]!, JSON.stringify({ transcript: "not analysed yet" }))).status).toBe(404);
    expect((await typed(answerIds[0]!, JSON.stringify({ transcript: "a\u0000" }))).status).toBe(400);
    expect((await typed(answerIds[0]!, JSON.stringify({ transcript: "x".repeat(20_001) }))).status).toBe(400);
  });

  it("exports the interview as Markdown and PDF for its owner only", async () => {
    const exportAs = (format: string) =>
      getExport(new Request(`http://localhost/api/interviews/${interviewId}/export?format=${format}`), { params: Promise.resolve({ interviewId }) });
    session.user = stranger;
    expect((await exportAs("md")).status).toBe(404);
    session.user = owner;
    const md = await exportAs("md");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-disposition")).toMatch(/recorded-interview-\d{4}-\d{2}-\d{2}\.md/);
    const text = await md.text();
    expect(text).toMatch(/^# Recorded interview — /);
    expect(text).toMatch(/## 2\. Q2\n\n_Not answered yet\._/);
    const pdf = await exportAs("pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await exportAs("docx")).status).toBe(400);
  });

  it("an earlier take's recording plays for its owner only, with Range", async () => {
    const storage = createLocalStorage(root);
    (globalThis as Slots).__darasaStorage = storage;
    const key = `recordings/test/${crypto.randomUUID()}.wav`;
    await storage.put(key, new Blob([new Uint8Array(1000).fill(7)]).stream(), { contentType: "audio/wav", maxBytes: 2000 });
    await attachRecording(t.db, owner.id, answerIds[0]!, { storageKey: key, audioBytes: 1000 });
    await t.db.execute(sql`update interview_answers set status = 'ready' where id = ${answerIds[0]!}`);
    await attachRecording(t.db, owner.id, answerIds[0]!, { storageKey: `recordings/test/${crypto.randomUUID()}.wav`, audioBytes: 10 });
    const [take] = await listTakes(t.db, owner.id, answerIds[0]!);
    const play = (takeId: string, headers: Record<string, string> = {}) =>
      getTakeAudio(new Request(`http://localhost/api/answer-takes/${takeId}/audio`, { headers }), { params: Promise.resolve({ takeId }) });
    session.user = owner;
    const ranged = await play(take!.id, { range: "bytes=10-19" });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe("bytes 10-19/1000");
    expect((await ranged.arrayBuffer()).byteLength).toBe(10);
    session.user = stranger;
    expect((await play(take!.id)).status).toBe(404);
    expect((await play("not-a-uuid")).status).toBe(404);
    session.user = null;
    expect((await play(take!.id)).status).toBe(401);
    session.user = owner;
  });

  it("deleting an interview removes its rows and recordings; another user's stays", async () => {
    const storage = createLocalStorage(root);
    const key = `recordings/test/${crypto.randomUUID()}.wav`;
    await storage.put(key, new Blob([new Uint8Array(100)]).stream(), { contentType: "audio/wav", maxBytes: 1000 });
    const [listed] = await listInterviews(t.db, owner.id, (await getInterview(t.db, owner.id, interviewId))!.jobInfoId);
    await attachRecording(t.db, owner.id, answerIds[1]!, { storageKey: key, audioBytes: 100 });
    const [relisted] = await listInterviews(t.db, owner.id, (await getInterview(t.db, owner.id, interviewId))!.jobInfoId);
    // Last activity (for "not finished" marking) moves with each recording.
    expect(relisted!.lastActivityAt).toBeInstanceOf(Date);
    expect(relisted!.lastActivityAt.getTime()).toBeGreaterThan(listed!.lastActivityAt.getTime());
    const file = path.join(root, key);
    expect(existsSync(file)).toBe(true);
    expect(await removeInterview(t.db, storage, stranger.id, interviewId)).toBe(false);
    expect(existsSync(file)).toBe(true);
    expect(await removeInterview(t.db, storage, owner.id, interviewId)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(await getInterview(t.db, owner.id, interviewId)).toBeUndefined();
    expect(await getAnswer(t.db, owner.id, answerIds[0]!)).toBeUndefined();
  });
});
