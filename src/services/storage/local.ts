import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { limitBytes, type ObjectStorage } from "./types";

const SAFE_KEY = /^[a-zA-Z0-9/_-]+(\.[a-z0-9]+)?$/;

/** Files under a folder of this machine; writes go to a temp file renamed on success. */
export function createLocalStorage(root: string): ObjectStorage {
  const pathFor = (key: string) => {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error("invalid storage key");
    return path.join(path.resolve(root), key);
  };
  return {
    kind: "local",
    async put(key, body, { maxBytes }) {
      const target = pathFor(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${crypto.randomUUID()}.part`;
      const counter = limitBytes(maxBytes);
      try {
        await pipeline(Readable.fromWeb(body.pipeThrough(counter) as never), createWriteStream(temp, { mode: 0o600 }));
        await rename(temp, target);
        return { size: counter.size() };
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      return new Uint8Array(await readFile(pathFor(key)));
    },
    async stat(key) {
      try {
        const info = await stat(pathFor(key));
        return info.isFile() ? { size: info.size } : null;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async getStream(key, range) {
      // Opened first, so a missing file rejects here rather than mid-response.
      const handle = await open(pathFor(key), "r");
      const stream = handle.createReadStream(range ? { start: range.start, end: range.end } : {});
      return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(pathFor(key), { force: true });
    },
  };
}
