import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/interview-answers/[answerId]/audio/route";
import type { DatabaseHandle } from "@/drizzle/client";
import type { User } from "@/drizzle/schema";
import { attachRecording, createInterview, listAnswerSummaries } from "@/features/interviews/db";
import { createLocalStorage } from "@/services/storage/local";
import { createS3Storage } from "@/services/storage/s3";
import type { ObjectStorage } from "@/services/storage/types";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { startFakeS3, type FakeS3 } from "../support/fakeS3";
import { makeJob, makeUser } from "../support/questionFactories";

/**
 * The recording playback route handler, called in-process (no build): the
 * signed-in user is stubbed; getDb() and getStorage() return a test database
 * and a storage adapter through the process-wide slots they read.
 */
const session = vi.hoisted(() => ({ user: null as Pick<User, "id" | "plan"> | null }));
vi.mock("@/features/users/currentUser", () => ({ getCurrentUser: async () => session.user }));

type Slots = typeof globalThis & { __darasaDatabase?: Promise<DatabaseHandle>; __darasaStorage?: ObjectStorage };
const slots = globalThis as Slots;

function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 251;
  return bytes;
}
const streamOf = (bytes: Uint8Array) => new Blob([bytes as BlobPart]).stream();

describe.each(["local", "s3"] as const)("GET /api/interview-answers/[answerId]/audio with %s storage", (kind) => {
  let t: TestDatabase;
  let root: string | undefined;
  let s3: FakeS3 | undefined;
  let storage: ObjectStorage;
  let owner: Pick<User, "id" | "plan">;
  let stranger: Pick<User, "id" | "plan">;
  let answerId: string;
  let emptyAnswerId: string;
  let goneAnswerId: string;
  const audio = pattern(250_000);
  const wholeReads: string[] = [];

  const get = (id: string, headers: Record<string, string> = {}) =>
    GET(new Request(`http://localhost/api/interview-answers/${id}/audio`, { headers }), { params: Promise.resolve({ answerId: id }) });
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    if (kind === "local") {
      root = mkdtempSync(path.join(tmpdir(), "darasa-audio-"));
      storage = createLocalStorage(root);
    } else {
      s3 = await startFakeS3();
      storage = createS3Storage({
        bucket: s3.bucket,
        region: "auto",
        endpoint: s3.endpoint,
        accessKeyId: s3.accessKeyId,
        secretAccessKey: s3.secretAccessKey,
        forcePathStyle: true,
      });
    }
    // Playback must stream: a whole-file read into memory is recorded and fails the test below.
    const streaming: ObjectStorage = { ...storage, get: async (key) => (wholeReads.push(key), storage.get(key)) };
    slots.__darasaDatabase = Promise.resolve(t);
    slots.__darasaStorage = streaming;

    owner = await makeUser(t.db, "free");
    stranger = await makeUser(t.db, "free");
    const job = await makeJob(t.db, owner.id);
    const interview = await createInterview(t.db, {
      userId: owner.id,
      jobInfoId: job.id,
      questions: [
        { text: "Q1", bankQuestionId: null },
        { text: "Q2", bankQuestionId: null },
        { text: "Q3", bankQuestionId: null },
      ],
    });
    const ids = (await listAnswerSummaries(t.db, owner.id, interview.id)).map((a) => a.id);
    answerId = ids[0]!;
    goneAnswerId = ids[1]!;
    emptyAnswerId = ids[2]!;
    const key = `recordings/${owner.id.replace(/[^a-zA-Z0-9_-]/g, "_")}/${crypto.randomUUID()}.webm`;
    await storage.put(key, streamOf(audio), { contentType: "audio/webm", maxBytes: 1024 * 1024 });
    await attachRecording(t.db, owner.id, answerId, { storageKey: key, audioBytes: audio.length });
    // An answer whose row points at a file that is gone.
    await attachRecording(t.db, owner.id, goneAnswerId, { storageKey: `recordings/gone/${crypto.randomUUID()}.webm`, audioBytes: 10 });
  });

  afterAll(async () => {
    slots.__darasaDatabase = undefined;
    slots.__darasaStorage = undefined;
    session.user = null;
    await t?.dispose();
    await s3?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("401s without a session", async () => {
    session.user = null;
    const response = await get(answerId);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ success: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("404s with the same JSON envelope for another user's answer, an answer without audio, a missing file and a bad id", async () => {
    session.user = stranger;
    const intruder = await get(answerId, { range: "bytes=0-" });
    expect(intruder.status).toBe(404);
    expect(intruder.headers.get("content-range")).toBeNull();
    const envelope = { success: false, error: { code: "NOT_FOUND", message: "We couldn't find that recording." } };
    expect(await intruder.json()).toEqual(envelope);

    session.user = owner;
    for (const id of [emptyAnswerId, goneAnswerId, "not-a-uuid"]) {
      const response = await get(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(envelope);
    }
  });

  it("200s with the whole recording, its length, type and accept-ranges, uncached", async () => {
    session.user = owner;
    const response = await get(answerId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/webm");
    expect(response.headers.get("content-length")).toBe("250000");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-range")).toBeNull();
    expect(Buffer.compare(await bytesOf(response), Buffer.from(audio))).toBe(0);
  });

  it.each([
    ["bytes=0-", 0, 249_999],
    ["bytes=0-0", 0, 0],
    ["bytes=1000-1999", 1000, 1999],
    ["bytes=200000-", 200_000, 249_999],
    ["bytes=-500", 249_500, 249_999],
    ["bytes=249990-999999", 249_990, 249_999],
  ])("206s %s with content-range and exactly those bytes", async (range, start, end) => {
    session.user = owner;
    const response = await get(answerId, { range });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/250000`);
    expect(response.headers.get("content-length")).toBe(String(end - start + 1));
    expect(response.headers.get("content-type")).toBe("audio/webm");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await bytesOf(response);
    expect(body.length).toBe(end - start + 1);
    expect(Buffer.compare(body, Buffer.from(audio.subarray(start, end + 1)))).toBe(0);
  });

  it.each(["bytes=250000-", "bytes=300000-300010", "bytes=-0"])("416s %s with content-range bytes */size", async (range) => {
    session.user = owner;
    const response = await get(answerId, { range });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe("bytes */250000");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await bytesOf(response)).length).toBe(0);
  });

  it.each(["bytes=0-9,20-29", "bytes=abc", "items=0-9", "bytes=9-0", `bytes=0-${"0".repeat(300)}`])(
    "serves the whole recording (200) for the range %s it does not honour",
    async (range) => {
      session.user = owner;
      const response = await get(answerId, { range });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-length")).toBe("250000");
      expect((await bytesOf(response)).length).toBe(250_000);
    },
  );

  it("serves the whole recording when If-Range is sent (no validator of ours can match it)", async () => {
    session.user = owner;
    const response = await get(answerId, { range: "bytes=0-9", "if-range": '"some-etag"' });
    expect(response.status).toBe(200);
    expect((await bytesOf(response)).length).toBe(250_000);
  });

  it("404s when the file is removed between its stat and its read (a re-record replaced it)", async () => {
    session.user = owner;
    const normal = slots.__darasaStorage!;
    let stats = 0;
    slots.__darasaStorage = {
      ...normal,
      stat: async (key) => (++stats === 1 ? normal.stat(key) : null),
      getStream: async () => Promise.reject(new Error("gone")),
    };
    try {
      const response = await get(answerId, { range: "bytes=0-" });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    } finally {
      slots.__darasaStorage = normal;
    }
  });

  it("never read a whole recording into memory", () => {
    expect(wholeReads).toEqual([]);
  });
});
