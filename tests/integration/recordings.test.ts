import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInterview, getAnswer, getInterview, listAnswerSummaries, listInterviews, saveInterviewNotes } from "@/features/interviews/db";
import { sniffAudio, uploadRecording, type RecordingDeps } from "@/features/interviews/recording";
import { createLocalStorage } from "@/services/storage/local";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { makeJob, makeUser } from "../support/questionFactories";
import { asResponse } from "../support/boundary";

/** A minimal valid 16-bit PCM WAV of `ms` milliseconds of a 220 Hz tone. */
function wav(ms: number, sampleRate = 16_000): Uint8Array {
  const samples = Math.round((ms / 1000) * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write("RIFF", 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write("WAVEfmt ", 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write("data", 36);
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) buffer.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / sampleRate)), 44 + i * 2);
  return new Uint8Array(buffer);
}

const body = (bytes: Uint8Array) => new Blob([bytes as BlobPart]).stream();

function files(dir: string) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

describe("audio sniffing", () => {
  it("recognises WebM, WAV, Ogg and MP4 by their bytes only", () => {
    expect(sniffAudio(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0, 0]))).toBe("webm");
    expect(sniffAudio(wav(10).subarray(0, 64))).toBe("wav");
    expect(sniffAudio(new TextEncoder().encode("OggS\0\0\0\0"))).toBe("ogg");
    expect(sniffAudio(new TextEncoder().encode("\0\0\0\x20ftypM4A "))).toBe("mp4");
    expect(sniffAudio(new TextEncoder().encode("%PDF-1.7 hello"))).toBeNull();
    expect(sniffAudio(new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toBeNull();
  });
});

describe.each(databaseKinds)("recorded answers on %s", (kind) => {
  let t: TestDatabase;
  let root: string;
  let deps: RecordingDeps;
  const queued: string[] = [];
  let interviewId: string;
  let answerIds: string[];
  let jobId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    root = mkdtempSync(path.join(tmpdir(), "darasa-rec-"));
    const user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    jobId = job.id;
    deps = { db: t.db, storage: createLocalStorage(root), user, enqueue: async (id) => void queued.push(id) };
    const interview = await createInterview(t.db, {
      userId: user.id,
      jobInfoId: job.id,
      questions: [
        { text: "Q1", bankQuestionId: null },
        { text: "Q2", bankQuestionId: null },
      ],
    });
    interviewId = interview.id;
    answerIds = (await listAnswerSummaries(t.db, user.id, interviewId)).map((a) => a.id);
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  /** As the upload route answers: 202, or the refusal's status and envelope. */
  const upload = (bytes: Uint8Array, answer = answerIds[0]!, as = deps, length: number | null = bytes.byteLength) =>
    asResponse(uploadRecording(as, { interviewId, answerId: answer, contentLength: length, body: body(bytes) }), 202);

  it("stores the recording, answers 202 processing at once and queues one job", async () => {
    const response = await upload(wav(1500));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ success: true, data: { status: "processing" } });
    expect(queued).toEqual([answerIds[0]]);
    const answer = await getAnswer(t.db, deps.user.id, answerIds[0]!);
    expect(answer?.status).toBe("processing");
    expect(answer?.durationMs).toBeNull(); // measured by the worker from the audio, never sent by the browser
    expect(files(root)).toHaveLength(1);
  });

  it("saves notes on the owner's interview only", async () => {
    const stranger = await makeUser(t.db, "free");
    expect(await saveInterviewNotes(t.db, stranger.id, interviewId, "not mine")).toBe(false);
    expect(await saveInterviewNotes(t.db, deps.user.id, interviewId, "Slow down on Q2.")).toBe(true);
    expect((await getInterview(t.db, deps.user.id, interviewId))?.notes).toBe("Slow down on Q2.");
  });

  it("refuses a second upload while the first is processing", async () => {
    expect((await upload(wav(500))).status).toBe(409);
  });

  it.each([
    ["non-audio bytes", new TextEncoder().encode("%PDF-1.7 not audio at all"), 415],
    ["an empty body", new Uint8Array(0), 400],
    [
      "a WAV with a broken format block",
      (() => {
        const w = wav(500);
        w.fill(0, 20, 36);
        return w;
      })(),
      422,
    ],
  ])("refuses %s with a clear 4xx and stores nothing", async (_label, bytes, status) => {
    const before = files(root).length;
    const response = await upload(bytes, answerIds[1]!);
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: { message: string } };
    expect(json.error.message.length).toBeGreaterThan(15);
    expect(files(root).length).toBe(before);
  });

  it("refuses an oversized recording by Content-Length and mid-stream, leaving nothing half-way", async () => {
    const before = files(root).length;
    const big = new Uint8Array(26 * 1024 * 1024);
    big.set(wav(10).subarray(0, 44));
    expect((await upload(big, answerIds[1]!)).status).toBe(413);
    expect((await upload(big, answerIds[1]!, deps, null)).status).toBe(413);
    expect(files(root).length).toBe(before);
    expect(files(root).some((f) => f.endsWith(".part"))).toBe(false);
  });

  it("refuses a WAV longer than the limit from its header, before storing it", async () => {
    const before = files(root).length;
    const header = wav(10).subarray(0, 44);
    const declaredLength = 44 + 16_000 * 2 * 60 * 6; // six minutes of 16 kHz mono
    const response = await asResponse(
      uploadRecording(deps, { interviewId, answerId: answerIds[1]!, contentLength: declaredLength, body: new Blob([header as BlobPart]).stream() }),
      202,
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("TOO_LONG");
    expect(files(root).length).toBe(before);
  });

  it("404s for another user's interview or answer, and lists stay the owner's", async () => {
    const intruder = { ...deps, user: await makeUser(t.db, "free") };
    expect((await upload(wav(500), answerIds[1]!, intruder)).status).toBe(404);
    expect(await getAnswer(t.db, intruder.user.id, answerIds[0]!)).toBeUndefined();
    expect(await listAnswerSummaries(t.db, intruder.user.id, interviewId)).toEqual([]);
    expect(await listInterviews(t.db, intruder.user.id, jobId)).toEqual([]);
    expect(await listInterviews(t.db, deps.user.id, jobId)).toHaveLength(1);
  });
});
