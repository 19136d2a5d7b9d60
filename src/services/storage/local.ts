import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
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
    async delete(key) {
      await rm(pathFor(key), { force: true });
    },
  };
}
