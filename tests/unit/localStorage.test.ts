import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/services/storage/local";
import type { ObjectStorage } from "@/services/storage/types";

const streamOf = (bytes: Uint8Array) => new Blob([bytes as BlobPart]).stream();

async function readChunks(stream: ReadableStream<Uint8Array>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return chunks;
}
const readAll = async (stream: ReadableStream<Uint8Array>) => Buffer.concat(await readChunks(stream));

/** Open file descriptors of this process on `file` (Linux), to show streams close their files. */
function openHandles(file: string): number {
  return readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false;
    }
  }).length;
}

async function eventually(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  return check();
}

function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 251;
  return bytes;
}

describe("local storage adapter: stat and streamed reads with byte ranges", () => {
  let root: string;
  let storage: ObjectStorage;
  const bytes = pattern(300_000);
  const key = "recordings/u1/answer.webm";

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "darasa-local-storage-"));
    storage = createLocalStorage(root);
    await storage.put(key, streamOf(bytes), { contentType: "audio/webm", maxBytes: 1024 * 1024 });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("stats the size of a stored file, and null for a missing key or a folder", async () => {
    expect(await storage.stat(key)).toEqual({ size: 300_000 });
    expect(await storage.stat("recordings/u1/missing.webm")).toBeNull();
    expect(await storage.stat("nowhere/at/all.webm")).toBeNull();
    mkdirSync(path.join(root, "recordings/u1/folder"), { recursive: true });
    expect(await storage.stat("recordings/u1/folder")).toBeNull();
  });

  it("stats an empty file as size 0", async () => {
    await storage.put("recordings/u1/empty.webm", streamOf(new Uint8Array(0)), { contentType: "audio/webm", maxBytes: 10 });
    expect(await storage.stat("recordings/u1/empty.webm")).toEqual({ size: 0 });
  });

  it("streams the whole file in several chunks, byte for byte", async () => {
    const stream = await storage.getStream(key);
    expect(stream).toBeInstanceOf(ReadableStream);
    const chunks = await readChunks(stream);
    expect(chunks.length).toBeGreaterThan(1); // read piece by piece, not in one buffer
    expect(Buffer.compare(Buffer.concat(chunks), Buffer.from(bytes))).toBe(0);
  });

  it.each([
    [0, 0],
    [0, 99],
    [1000, 1999],
    [123_456, 234_567],
    [299_999, 299_999],
    [0, 299_999],
  ])("streams bytes %i-%i inclusive", async (start, end) => {
    const part = await readAll(await storage.getStream(key, { start, end }));
    expect(part.length).toBe(end - start + 1);
    expect(Buffer.compare(part, Buffer.from(bytes.subarray(start, end + 1)))).toBe(0);
  });

  it("rejects at once for a missing file (before any response is sent) and for an unsafe key", async () => {
    await expect(storage.getStream("recordings/u1/missing.webm")).rejects.toMatchObject({ code: "ENOENT" });
    await expect(storage.getStream("recordings/u1/missing.webm", { start: 0, end: 9 })).rejects.toMatchObject({ code: "ENOENT" });
    await expect(storage.getStream("../outside.webm")).rejects.toThrow(/invalid storage key/);
    await expect(storage.stat("../outside.webm")).rejects.toThrow(/invalid storage key/);
  });

  it.runIf(existsSync("/proc/self/fd"))("closes the file when a stream is read to the end or cancelled part-way (a player seeking away)", async () => {
    const file = path.join(root, key);
    await readAll(await storage.getStream(key, { start: 10, end: 20 }));
    expect(await eventually(() => openHandles(file) === 0)).toBe(true);

    const reader = (await storage.getStream(key)).getReader();
    expect((await reader.read()).done).toBe(false);
    expect(openHandles(file)).toBe(1);
    await reader.cancel();
    expect(await eventually(() => openHandles(file) === 0)).toBe(true);
  });

  it("a file can be removed after a partial read", async () => {
    const reader = (await storage.getStream(key)).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    await storage.delete(key);
    expect(await storage.stat(key)).toBeNull();
  });
});
