import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3Storage } from "@/services/storage/s3";
import { FileTooLargeError, type ObjectStorage } from "@/services/storage/types";
import { startFakeS3, type FakeS3 } from "../support/fakeS3";

const streamOf = (bytes: Uint8Array, chunk = 64 * 1024) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += chunk) controller.enqueue(bytes.subarray(i, i + chunk));
      controller.close();
    },
  });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 251;
  return bytes;
}

describe("S3-compatible storage adapter (real AWS SDK against a local S3 fake)", () => {
  let s3: FakeS3;
  let storage: ObjectStorage;

  beforeAll(async () => {
    s3 = await startFakeS3();
    storage = createS3Storage({
      bucket: s3.bucket,
      region: "auto",
      endpoint: s3.endpoint,
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
    });
  });
  afterAll(async () => s3?.close());

  it("stores, reads back and deletes a small object with its content type, signed with the access key", async () => {
    const bytes = new TextEncoder().encode("a small resume");
    expect(await storage.put("resumes/u1/a.txt", streamOf(bytes), { contentType: "text/plain", maxBytes: 1024 })).toEqual({ size: bytes.length });
    expect(s3.objects.get("resumes/u1/a.txt")?.contentType).toBe("text/plain");
    expect(Buffer.from(await storage.get("resumes/u1/a.txt")).toString()).toBe("a small resume");
    await storage.delete("resumes/u1/a.txt");
    expect(s3.objects.has("resumes/u1/a.txt")).toBe(false);
    await expect(storage.get("resumes/u1/a.txt")).rejects.toThrow();
  });

  it("uploads a large object in parts and reads it back byte for byte", async () => {
    const bytes = pattern(12 * 1024 * 1024);
    expect(await storage.put("recordings/u1/big.webm", streamOf(bytes), { contentType: "audio/webm", maxBytes: 25 * 1024 * 1024 })).toEqual({
      size: bytes.length,
    });
    expect(s3.requests.some((r) => r.query.includes("uploads"))).toBe(true);
    expect(s3.requests.filter((r) => r.query.includes("partNumber")).length).toBeGreaterThanOrEqual(2);
    const back = await storage.get("recordings/u1/big.webm");
    expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0);
    expect(s3.pendingUploads.size).toBe(0);
  });

  it("refuses an object over the limit and leaves nothing behind", async () => {
    const before = s3.objects.size;
    await expect(
      storage.put("recordings/u1/too-big.webm", streamOf(pattern(7 * 1024 * 1024)), { contentType: "audio/webm", maxBytes: 6 * 1024 * 1024 }),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    expect(s3.objects.has("recordings/u1/too-big.webm")).toBe(false);
    expect(s3.objects.size).toBe(before);
    expect(s3.pendingUploads.size).toBe(0); // the multipart upload was aborted
  });

  it("stats an object's size with HEAD, and a missing key as null", async () => {
    const bytes = pattern(300_000);
    await storage.put("recordings/u1/stat.webm", streamOf(bytes), { contentType: "audio/webm", maxBytes: 1024 * 1024 });
    const heads = () => s3.requests.filter((r) => r.method === "HEAD").length;
    const before = heads();
    expect(await storage.stat("recordings/u1/stat.webm")).toEqual({ size: 300_000 });
    expect(await storage.stat("recordings/u1/nothing-here.webm")).toBeNull();
    expect(heads()).toBe(before + 2);
  });

  it("streams a whole object, and a byte range with a ranged GET (both ends inclusive)", async () => {
    const bytes = pattern(300_000);
    await storage.put("recordings/u1/range.webm", streamOf(bytes), { contentType: "audio/webm", maxBytes: 1024 * 1024 });
    const whole = await storage.getStream("recordings/u1/range.webm");
    expect(whole).toBeInstanceOf(ReadableStream);
    expect(Buffer.compare(await readAll(whole), Buffer.from(bytes))).toBe(0);

    s3.ranges.length = 0;
    const middle = await readAll(await storage.getStream("recordings/u1/range.webm", { start: 1000, end: 1999 }));
    expect(middle.length).toBe(1000);
    expect(Buffer.compare(middle, Buffer.from(bytes.subarray(1000, 2000)))).toBe(0);
    const first = await readAll(await storage.getStream("recordings/u1/range.webm", { start: 0, end: 0 }));
    expect([...first]).toEqual([bytes[0]]);
    const tail = await readAll(await storage.getStream("recordings/u1/range.webm", { start: 299_990, end: 299_999 }));
    expect(Buffer.compare(tail, Buffer.from(bytes.subarray(299_990)))).toBe(0);
    expect(s3.ranges).toEqual(["bytes=1000-1999", "bytes=0-0", "bytes=299990-299999"]);
  });

  it("rejects a stream of a missing key", async () => {
    await expect(storage.getStream("recordings/u1/nothing-here.webm")).rejects.toThrow();
    await expect(storage.getStream("recordings/u1/nothing-here.webm", { start: 0, end: 9 })).rejects.toThrow();
  });

  it("fails clearly with the wrong credentials", async () => {
    const wrong = createS3Storage({
      bucket: s3.bucket,
      region: "auto",
      endpoint: s3.endpoint,
      accessKeyId: "AKIAWRONG",
      secretAccessKey: "x",
      forcePathStyle: true,
    });
    await expect(wrong.put("k", streamOf(new Uint8Array([1])), { contentType: "text/plain", maxBytes: 10 })).rejects.toThrow();
    expect(s3.objects.has("k")).toBe(false);
  });
});
