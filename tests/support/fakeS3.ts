import { randomUUID, createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for an S3-compatible object store (path-style URLs, as
 * MinIO serves them), so the real AWS SDK client and `@aws-sdk/lib-storage`
 * run against it: PutObject, GetObject (with a single `Range`: 206 +
 * Content-Range, 416 past the end), HeadObject, DeleteObject and the multipart
 * upload calls (create, upload part, complete, abort). Request bodies in the
 * SDK's `aws-chunked` encoding (streaming uploads with trailing checksums)
 * are decoded. Every request must carry a SigV4 Authorization header for the
 * expected access key (the signature itself is not recomputed).
 */
export type FakeS3 = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, { body: Buffer; contentType?: string }>;
  /** Multipart uploads started and not yet completed or aborted. */
  pendingUploads: Map<string, { key: string; parts: Map<number, Buffer> }>;
  requests: { method: string; path: string; query: string }[];
  /** `Range` headers of the GETs answered 206, in order. */
  ranges: string[];
  close(): Promise<void>;
};

function decodeAwsChunked(raw: Buffer): Buffer {
  const out: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", offset);
    if (lineEnd < 0) throw new Error("bad aws-chunked body");
    const size = parseInt(raw.subarray(offset, lineEnd).toString("latin1").split(";")[0]!, 16);
    offset = lineEnd + 2;
    if (size === 0) break;
    out.push(raw.subarray(offset, offset + size));
    offset += size + 2;
  }
  return Buffer.concat(out);
}

const xml = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/xml", ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
};

export async function startFakeS3(): Promise<FakeS3> {
  const bucket = "darasa-test";
  const accessKeyId = `AKIAFAKE${randomUUID().slice(0, 8).toUpperCase()}`;
  const secretAccessKey = randomUUID();
  const objects: FakeS3["objects"] = new Map();
  const pendingUploads: FakeS3["pendingUploads"] = new Map();
  const requests: FakeS3["requests"] = [];
  const ranges: FakeS3["ranges"] = [];

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const sha = String(req.headers["x-amz-content-sha256"] ?? "");
    const chunked = String(req.headers["content-encoding"] ?? "").includes("aws-chunked") || sha.startsWith("STREAMING-");
    return chunked ? decodeAwsChunked(raw) : raw;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push({ method: req.method ?? "", path: url.pathname, query: url.search });
    const auth = String(req.headers.authorization ?? "");
    if (!auth.startsWith(`AWS4-HMAC-SHA256 Credential=${accessKeyId}/`) || !auth.includes("Signature=")) {
      return xml(res, 403, "<Error><Code>InvalidAccessKeyId</Code><Message>Unknown access key</Message></Error>");
    }
    const [, bucketName, ...rest] = url.pathname.split("/");
    const key = decodeURIComponent(rest.join("/"));
    if (bucketName !== bucket) return xml(res, 404, "<Error><Code>NoSuchBucket</Code><Message>No such bucket</Message></Error>");
    const uploadId = url.searchParams.get("uploadId");

    if (req.method === "POST" && url.searchParams.has("uploads")) {
      const id = randomUUID();
      pendingUploads.set(id, { key, parts: new Map() });
      return xml(
        res,
        200,
        `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`,
      );
    }
    if (req.method === "PUT" && uploadId) {
      const upload = pendingUploads.get(uploadId);
      if (!upload) return xml(res, 404, "<Error><Code>NoSuchUpload</Code><Message>No such upload</Message></Error>");
      const body = await readBody(req);
      upload.parts.set(Number(url.searchParams.get("partNumber")), body);
      res.writeHead(200, { etag: `"${createHash("md5").update(body).digest("hex")}"` });
      return res.end();
    }
    if (req.method === "POST" && uploadId) {
      const upload = pendingUploads.get(uploadId);
      if (!upload) return xml(res, 404, "<Error><Code>NoSuchUpload</Code><Message>No such upload</Message></Error>");
      const requested = [...(await readBody(req)).toString("utf8").matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
      objects.set(upload.key, { body: Buffer.concat(requested.map((n) => upload.parts.get(n)!)) });
      pendingUploads.delete(uploadId);
      return xml(res, 200, `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`);
    }
    if (req.method === "DELETE" && uploadId) {
      pendingUploads.delete(uploadId);
      res.writeHead(204);
      return res.end();
    }
    if (req.method === "PUT") {
      const body = await readBody(req);
      objects.set(key, { body, contentType: req.headers["content-type"] });
      res.writeHead(200, { etag: `"${createHash("md5").update(body).digest("hex")}"` });
      return res.end();
    }
    if (req.method === "HEAD") {
      const object = objects.get(key);
      res.writeHead(
        object ? 200 : 404,
        object ? { "content-type": object.contentType ?? "application/octet-stream", "content-length": String(object.body.length) } : {},
      );
      return res.end(); // S3 answers HEAD with no body, also for a missing key
    }
    if (req.method === "GET") {
      const object = objects.get(key);
      if (!object) return xml(res, 404, `<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`);
      const type = object.contentType ?? "application/octet-stream";
      const size = object.body.length;
      const rangeHeader = req.headers.range;
      const range = rangeHeader ? /^bytes=(\d*)-(\d*)$/.exec(rangeHeader) : null;
      const invalid = !range || (!range[1] && !range[2]) || (range[1] && range[2] && Number(range[2]) < Number(range[1]));
      if (range && !invalid) {
        // One range, as S3 serves it: a-b, a- or -n (suffix); the end is clamped to the object.
        const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
        if (start >= size) {
          return xml(res, 416, `<Error><Code>InvalidRange</Code><Message>The requested range is not satisfiable</Message></Error>`, {
            "content-range": `bytes */${size}`,
          });
        }
        ranges.push(rangeHeader!);
        res.writeHead(206, {
          "content-type": type,
          "content-length": String(end - start + 1),
          "content-range": `bytes ${start}-${end}/${size}`,
          "accept-ranges": "bytes",
        });
        return res.end(object.body.subarray(start, end + 1));
      }
      res.writeHead(200, { "content-type": type, "content-length": String(size), "accept-ranges": "bytes" });
      return res.end(object.body);
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      res.writeHead(204);
      return res.end();
    }
    xml(res, 405, "<Error><Code>MethodNotAllowed</Code><Message>Not supported by the fake</Message></Error>");
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => xml(res, 500, `<Error><Code>InternalError</Code><Message>${String(error)}</Message></Error>`));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId,
    secretAccessKey,
    objects,
    pendingUploads,
    requests,
    ranges,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
