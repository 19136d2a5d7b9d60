import path from "node:path";
import { env } from "@/config/env";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { ObjectStorage } from "./types";

export { FileTooLargeError, isFileTooLarge, type ByteRange, type ObjectStorage } from "./types";

type StorageGlobal = typeof globalThis & { __darasaStorage?: ObjectStorage };

/** The storage adapter chosen from configuration (S3 when a bucket is set), created once. */
export function getStorage(): ObjectStorage {
  const store = globalThis as StorageGlobal;
  store.__darasaStorage ??= env.S3_BUCKET
    ? createS3Storage({
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE === "1",
      })
    : createLocalStorage(path.join(env.DARASA_DATA_DIR, "uploads"));
  return store.__darasaStorage;
}
