import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { limitBytes, type ObjectStorage } from "./types";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

/** Any S3-compatible store (AWS S3, R2, MinIO…). Uploads stream in parts; a failed upload is aborted. */
export function createS3Storage(settings: S3Settings): ObjectStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
  });
  return {
    kind: "s3",
    async put(key, body, { contentType, maxBytes }) {
      const counter = limitBytes(maxBytes);
      const upload = new Upload({
        client,
        params: { Bucket: settings.bucket, Key: key, Body: Readable.fromWeb(body.pipeThrough(counter) as never), ContentType: contentType },
        leavePartsOnError: false,
      });
      await upload.done();
      return { size: counter.size() };
    },
    async get(key) {
      const result = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }));
      return result.Body!.transformToByteArray();
    },
    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: key }));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async getStream(key, range) {
      const result = await client.send(
        new GetObjectCommand({ Bucket: settings.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!result.Body) throw new Error(`S3 returned no body for ${key}`);
      return result.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }));
    },
  };
}

/** HEAD answers a missing key with a bare 404 (no error body), which the SDK names NotFound. */
function isMissing(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === "NotFound" || e?.name === "NoSuchKey" || e?.$metadata?.httpStatusCode === 404;
}
