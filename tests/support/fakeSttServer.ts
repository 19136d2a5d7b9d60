import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the speech-to-text HTTP APIs Darasa calls, for tests
 * with no internet:
 *
 * - OpenAI transcriptions: `POST …/audio/transcriptions`, multipart/form-data
 *   (parsed for real: every field and the uploaded file's name, type and
 *   bytes are recorded). Answers like OpenAI's `verbose_json`:
 *   `{task, language, duration, text, words?, segments?}`: `words` only when
 *   `timestamp_granularities[]=word` was sent (and the scripted transcript has
 *   word timings), `segments` when `segment` was asked for or no granularity
 *   was given; just `{text}` for other response formats. Errors:
 *   `{error:{message,type,param,code}}`.
 * - Gemini: `POST …/models/<model>:generateContent` (JSON body recorded).
 *   Answers `{candidates:[{content:{parts:[{text}],role:"model"},finishReason:"STOP"}],usageMetadata}`
 *   whose text is the transcript as `{"segments":[{text,start,end}]}` JSON.
 *   Errors: `{error:{code,message,status}}`.
 *
 * What each request gets is scripted with a queue of behaviours; when the
 * queue is empty the default behaviour answers.
 */

export type FakeTimed = { start: number; end: number };
export type FakeTranscript = {
  text: string;
  /** Seconds. Omit to act like a server that only gives segment timings. */
  words?: (FakeTimed & { word: string })[];
  segments?: (FakeTimed & { text: string })[];
  duration?: number;
};

export type SttBehaviour =
  { kind: "ok"; transcript: FakeTranscript } | { kind: "raw"; text: string } | { kind: "status"; status: number; body?: unknown } | { kind: "hang" };

/** Sample speech: "Um, I led the migration to Postgres. It took three months." with word and segment timings. */
export const SAMPLE_TRANSCRIPT: FakeTranscript = {
  text: "Um, I led the migration to Postgres. It took three months.",
  duration: 4.2,
  words: [
    { word: "Um", start: 0.0, end: 0.32 },
    { word: "I", start: 0.6, end: 0.7 },
    { word: "led", start: 0.7, end: 0.94 },
    { word: "the", start: 0.94, end: 1.04 },
    { word: "migration", start: 1.04, end: 1.62 },
    { word: "to", start: 1.62, end: 1.74 },
    { word: "Postgres", start: 1.74, end: 2.36 },
    { word: "It", start: 2.9, end: 3.0 },
    { word: "took", start: 3.0, end: 3.22 },
    { word: "three", start: 3.22, end: 3.5 },
    { word: "months", start: 3.5, end: 3.96 },
  ],
  segments: [
    { text: " Um, I led the migration to Postgres.", start: 0.0, end: 2.4 },
    { text: " It took three months.", start: 2.8, end: 4.0 },
  ],
};

/** A normal answer with this transcript (default: SAMPLE_TRANSCRIPT). */
export const ok = (transcript: FakeTranscript = SAMPLE_TRANSCRIPT): SttBehaviour => ({ kind: "ok", transcript });
/** 200 with this exact text: the JSON body (OpenAI) or the model's text part (Gemini). */
export const raw = (text: string): SttBehaviour => ({ kind: "raw", text });
/** An HTTP error with the protocol's error body (or `body` as given). */
export const status = (code: number, body?: unknown): SttBehaviour => ({ kind: "status", status: code, body });
/** Accepts the request and never answers (not even headers). */
export const hang = (): SttBehaviour => ({ kind: "hang" });

export type SttProtocol = "openai" | "gemini" | "unknown";

export type MultipartFile = { name: string; filename: string; contentType: string | undefined; bytes: Uint8Array };
export type Multipart = {
  /** Text fields by name; repeated names (`timestamp_granularities[]`) keep every value in order. */
  fields: Record<string, string[]>;
  files: MultipartFile[];
};

export type RecordedSttRequest = {
  method: string;
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** Parsed JSON body (Gemini), else undefined. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are inspected freely in tests
  json: any;
  /** Parsed multipart body (OpenAI), else undefined. */
  form: Multipart | undefined;
  protocol: SttProtocol;
  behaviour: SttBehaviour;
  /** True once the client closed the connection before the response was complete. */
  aborted: boolean;
  closed: Promise<void>;
};

export type FakeSttServer = {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  requests: RecordedSttRequest[];
  enqueue(...behaviours: SttBehaviour[]): void;
  setDefault(behaviour: SttBehaviour): void;
  reset(): void;
  close(): Promise<void>;
};

/** A real multipart/form-data parser (RFC 7578) over the raw bytes; binary file content is kept exactly. */
export function parseMultipart(body: Buffer, contentType: string): Multipart {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!match) throw new Error(`not multipart: ${contentType}`);
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  const result: Multipart = { fields: {}, files: [] };
  let position = body.indexOf(delimiter);
  if (position === -1) throw new Error("multipart body without a boundary");
  for (;;) {
    let start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString("latin1") === "--") break; // closing delimiter
    if (body.subarray(start, start + 2).toString("latin1") !== "\r\n") throw new Error("malformed multipart delimiter line");
    start += 2;
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), start);
    if (next === -1) throw new Error("multipart part without a closing boundary");
    const part = body.subarray(start, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) throw new Error("multipart part without headers");
    const headers: Record<string, string> = {};
    for (const line of part.subarray(0, headerEnd).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const content = part.subarray(headerEnd + 4);
    const disposition = headers["content-disposition"] ?? "";
    const name = /;\s*name="((?:[^"\\]|\\.)*)"/i.exec(disposition)?.[1];
    const filename = /;\s*filename="((?:[^"\\]|\\.)*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw new Error(`multipart part without a name: ${disposition}`);
    if (filename !== undefined) {
      result.files.push({ name, filename, contentType: headers["content-type"], bytes: new Uint8Array(content) });
    } else {
      (result.fields[name] ??= []).push(content.toString("utf8"));
    }
    position = next + 2;
  }
  return result;
}

function protocolOf(method: string, path: string): SttProtocol {
  if (method !== "POST") return "unknown";
  if (path.endsWith("/audio/transcriptions")) return "openai";
  if (/\/models\/[^/:]+:generateContent$/.test(path)) return "gemini";
  return "unknown";
}

const geminiStatusNames: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

function errorBody(protocol: SttProtocol, code: number) {
  if (protocol === "gemini") {
    return { error: { code, message: `fake error ${code}`, status: geminiStatusNames[code] ?? (code >= 500 ? "INTERNAL" : "UNKNOWN") } };
  }
  if (code === 401) {
    return { error: { message: "Incorrect API key provided: sk-fa****ake.", type: "invalid_request_error", param: null, code: "invalid_api_key" } };
  }
  if (code === 429) {
    return { error: { message: "Rate limit reached for requests.", type: "requests", param: null, code: "rate_limit_exceeded" } };
  }
  if (code >= 500) return { error: { message: "The server had an error while processing your request.", type: "server_error", param: null, code: null } };
  return { error: { message: `fake error ${code}`, type: "invalid_request_error", param: null, code: null } };
}

function verboseJson(form: Multipart | undefined, transcript: FakeTranscript) {
  const format = form?.fields.response_format?.[0] ?? "json";
  if (format !== "verbose_json") return { text: transcript.text };
  const granularities = form?.fields["timestamp_granularities[]"] ?? [];
  const wantSegments = granularities.length === 0 || granularities.includes("segment");
  const wantWords = granularities.includes("word");
  const duration = transcript.duration ?? Math.max(0, ...(transcript.segments ?? []).map((s) => s.end), ...(transcript.words ?? []).map((w) => w.end));
  return {
    task: "transcribe",
    language: "english",
    duration,
    text: transcript.text,
    ...(wantWords && transcript.words ? { words: transcript.words } : {}),
    ...(wantSegments && transcript.segments
      ? {
          segments: transcript.segments.map((s, id) => ({
            id,
            seek: 0,
            start: s.start,
            end: s.end,
            text: s.text,
            tokens: [50364, 1033, 50464],
            temperature: 0,
            avg_logprob: -0.21,
            compression_ratio: 1.1,
            no_speech_prob: 0.01,
          })),
        }
      : {}),
    usage: { type: "duration", seconds: Math.ceil(duration) },
  };
}

function geminiAnswer(text: string) {
  return {
    candidates: [{ content: { parts: [{ text }], role: "model" }, finishReason: "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: 140, candidatesTokenCount: 40, totalTokenCount: 180 },
    modelVersion: "fake",
    responseId: "fake-response",
  };
}

function geminiTranscriptText(transcript: FakeTranscript): string {
  const segments = transcript.segments ?? [{ text: transcript.text, start: 0, end: transcript.duration ?? 0 }];
  return JSON.stringify({ segments: segments.map((s) => ({ start: s.start, end: s.end, text: s.text.trim() })) });
}

function respond(request: RecordedSttRequest, res: ServerResponse) {
  const behaviour = request.behaviour;
  const json = (code: number, body: unknown) => {
    res.writeHead(code, { "content-type": "application/json" });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };
  switch (behaviour.kind) {
    case "hang":
      return;
    case "status":
      return json(behaviour.status, behaviour.body ?? errorBody(request.protocol, behaviour.status));
    case "raw":
      return json(200, request.protocol === "gemini" ? geminiAnswer(behaviour.text) : behaviour.text);
    case "ok":
      return json(
        200,
        request.protocol === "gemini" ? geminiAnswer(geminiTranscriptText(behaviour.transcript)) : verboseJson(request.form, behaviour.transcript),
      );
  }
}

export async function startFakeSttServer(): Promise<FakeSttServer> {
  const requests: RecordedSttRequest[] = [];
  const queue: SttBehaviour[] = [];
  let fallback: SttBehaviour = ok();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks);
      const url = req.url ?? "/";
      const path = url.split("?")[0]!;
      const method = req.method ?? "GET";
      const protocol = protocolOf(method, path);
      const contentType = req.headers["content-type"] ?? "";
      let json: unknown;
      let form: Multipart | undefined;
      let parseError: string | undefined;
      try {
        if (protocol === "openai") form = parseMultipart(rawBody, contentType);
        else if (contentType.includes("json")) json = JSON.parse(rawBody.toString("utf8"));
      } catch (error) {
        parseError = (error as Error).message;
      }
      let markClosed!: () => void;
      const request: RecordedSttRequest = {
        method,
        url,
        path,
        headers: req.headers,
        rawBody,
        json,
        form,
        protocol,
        behaviour: protocol === "unknown" || parseError ? ok() : (queue.shift() ?? fallback),
        aborted: false,
        closed: new Promise<void>((resolve) => (markClosed = resolve)),
      };
      res.on("close", () => {
        if (!res.writableFinished) request.aborted = true;
        markClosed();
      });
      requests.push(request);
      if (protocol === "unknown") {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `fake STT server: no route for ${method} ${path}` } }));
        return;
      }
      if (parseError) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(
          JSON.stringify({ error: { message: `fake STT server: unreadable body: ${parseError}`, type: "invalid_request_error", param: null, code: null } }),
        );
        return;
      }
      respond(request, res);
    });
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...behaviours) => void queue.push(...behaviours),
    setDefault: (behaviour) => void (fallback = behaviour),
    reset() {
      requests.length = 0;
      queue.length = 0;
      fallback = ok();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
