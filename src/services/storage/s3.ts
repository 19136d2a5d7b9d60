import { DeleteObjectCommand, GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
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
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
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
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }));
    },
  };
}
