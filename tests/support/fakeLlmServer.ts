import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for an LLM HTTP API, for tests with no internet. It speaks
 * both protocols Darasa's real provider clients use:
 *
 * - OpenAI chat completions: `POST …/chat/completions`, SSE `data: {…}` chunks
 *   with `choices[0].delta.content` and a final `data: [DONE]` when the body
 *   has `stream: true`, otherwise one `chat.completion` JSON object.
 * - Gemini: `POST …/models/<model>:streamGenerateContent?alt=sse` (SSE chunks
 *   `{candidates:[{content:{parts:[{text}]},finishReason}]}`) and
 *   `…:generateContent` (one JSON object).
 *
 * Every request is recorded (method, url, headers, parsed JSON body, arrival
 * time, whether the client gave up on it). What each request gets is scripted
 * with a queue of behaviours; when the queue is empty the default behaviour
 * (see `setDefault`) answers.
 */

export type Behaviour =
  | { kind: "ok"; text: string; chunkDelayMs?: number }
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: "hang" }
  | { kind: "hangAfterHeaders" }
  | { kind: "hangAfterFirstChunk"; text: string }
  | { kind: "malformed" };

/** A normal answer; streamed word by word when the client asked for a stream (`chunkDelayMs` apart, to watch it arrive). */
export const ok = (text: string, options: { chunkDelayMs?: number } = {}): Behaviour => ({ kind: "ok", text, chunkDelayMs: options.chunkDelayMs });
/** An HTTP error with the protocol's error body (or `body` as given), and extra headers such as Retry-After. */
export const status = (code: number, body?: unknown, headers?: Record<string, string>): Behaviour => ({ kind: "status", status: code, body, headers });
/** 429 with the provider's rate-limit body and `Retry-After: <seconds>`. */
export const rateLimited = (retryAfterSeconds: number): Behaviour => status(429, undefined, { "retry-after": String(retryAfterSeconds) });
/** Accepts the request and never answers (not even headers). */
export const hang = (): Behaviour => ({ kind: "hang" });
/** Sends 200 and the headers (streaming: an open event stream), then nothing. */
export const hangAfterHeaders = (): Behaviour => ({ kind: "hangAfterHeaders" });
/** Sends 200, the headers and the first chunk of `text`, then goes silent (non-streaming: like `hang`). */
export const hangAfterFirstChunk = (text: string): Behaviour => ({ kind: "hangAfterFirstChunk", text });
/** 200 with a body that is not valid JSON (non-streaming) or a broken SSE event (streaming). */
export const malformed = (): Behaviour => ({ kind: "malformed" });

export type Protocol = "openai" | "gemini" | "unknown";

export type RecordedRequest = {
  method: string;
  /** Path and query, as received. */
  url: string;
  /** Path without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when the body was not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are inspected freely in tests
  body: any;
  rawBody: string;
  protocol: Protocol;
  streaming: boolean;
  /** performance.now() when the request body had arrived. */
  at: number;
  behaviour: Behaviour;
  /** True once the client closed the connection before the response was complete. */
  aborted: boolean;
  /** Settles when the connection for this request closes (answered or aborted). */
  closed: Promise<void>;
};

export type FakeLlmServer = {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  /** Queues behaviours for the next requests, in order. */
  enqueue(...behaviours: Behaviour[]): void;
  /** What answers once the queue is empty (initially `ok("Hello from the fake LLM.")`). */
  setDefault(behaviour: Behaviour): void;
  /** Forgets recorded requests and queued behaviours; restores the default. */
  reset(): void;
  /** Resolves when `count` requests have been received. */
  waitForRequests(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

const DEFAULT_TEXT = "Hello from the fake LLM.";

function protocolOf(path: string): Protocol {
  if (path.endsWith("/chat/completions")) return "openai";
  if (/:(stream)?generateContent$/i.test(path)) return "gemini";
  return "unknown";
}

/** Splits text into word-sized pieces (keeps the whitespace) so a stream has several chunks. */
function pieces(text: string): string[] {
  const parts = text.match(/\S+\s*|\s+/g);
  return parts && parts.length > 0 ? parts : [text];
}

function modelOf(request: RecordedRequest): string {
  if (request.protocol === "openai") return String(request.body?.model ?? "fake-model");
  return /models\/([^:/]+):/.exec(request.path)?.[1] ?? "fake-model";
}

const usage = { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 };
const geminiUsage = { promptTokenCount: 12, candidatesTokenCount: 7, totalTokenCount: 19 };

function openAiChunk(request: RecordedRequest, delta: Record<string, unknown>, finishReason: string | null, withUsage = false) {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: modelOf(request),
    choices: [{ index: 0, delta, finish_reason: finishReason }],
    ...(withUsage ? { usage } : {}),
  };
}

function geminiChunk(text: string, finishReason?: string) {
  return {
    candidates: [{ content: { role: "model", parts: [{ text }] }, index: 0, ...(finishReason ? { finishReason } : {}) }],
    usageMetadata: geminiUsage,
    modelVersion: "fake",
    responseId: "fake-response",
  };
}

function firstStreamChunk(request: RecordedRequest, text: string) {
  return request.protocol === "gemini" ? geminiChunk(text) : openAiChunk(request, { role: "assistant", content: text }, null);
}

function completeJson(request: RecordedRequest, text: string) {
  if (request.protocol === "gemini") return geminiChunk(text, "STOP");
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_700_000_000,
    model: modelOf(request),
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage,
  };
}

function errorBody(request: RecordedRequest, code: number) {
  const message = `fake error ${code}`;
  if (request.protocol === "gemini") {
    const statusName =
      code === 429
        ? "RESOURCE_EXHAUSTED"
        : code === 400
          ? "INVALID_ARGUMENT"
          : code === 401 || code === 403
            ? "PERMISSION_DENIED"
            : code >= 500
              ? "INTERNAL"
              : "UNKNOWN";
    return { error: { code, message, status: statusName } };
  }
  const type = code === 429 ? "rate_limit_exceeded" : code === 401 ? "invalid_request_error" : "server_error";
  return { error: { message, type, code: code === 401 ? "invalid_api_key" : String(code) } };
}

const sse = (data: unknown) => `data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;

function startSse(res: ServerResponse) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
}

function respond(request: RecordedRequest, res: ServerResponse) {
  const behaviour = request.behaviour;
  switch (behaviour.kind) {
    case "hang":
      return; // keep the connection open and say nothing
    case "hangAfterHeaders":
      if (request.streaming) startSse(res);
      else {
        res.writeHead(200, { "content-type": "application/json" });
        res.flushHeaders();
      }
      return;
    case "status": {
      const body = behaviour.body ?? errorBody(request, behaviour.status);
      res.writeHead(behaviour.status, { "content-type": typeof body === "string" ? "text/plain" : "application/json", ...behaviour.headers });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
      return;
    }
    case "malformed":
      if (request.streaming) {
        startSse(res);
        res.end(`${sse('{"choices":[{"delta":{"content":"half')}${sse("[DONE]")}`);
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"choices":[{"message":{"content":"never closed"');
      }
      return;
    case "hangAfterFirstChunk": {
      if (!request.streaming) return; // nothing partial to send for a JSON response
      startSse(res);
      res.write(sse(firstStreamChunk(request, pieces(behaviour.text)[0]!)));
      return; // …and never another byte
    }
    case "ok": {
      if (!request.streaming) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(completeJson(request, behaviour.text)));
        return;
      }
      startSse(res);
      const parts = pieces(behaviour.text);
      const events =
        request.protocol === "gemini"
          ? parts.map((part, i) => sse(geminiChunk(part, i === parts.length - 1 ? "STOP" : undefined)))
          : [
              ...parts.map((part, i) => sse(openAiChunk(request, i === 0 ? { role: "assistant", content: part } : { content: part }, null))),
              sse(openAiChunk(request, {}, "stop", true)) + sse("[DONE]"),
            ];
      const delay = behaviour.chunkDelayMs ?? 0;
      if (delay <= 0) {
        res.end(events.join(""));
        return;
      }
      const send = (i: number) => {
        if (res.destroyed) return;
        if (i === events.length - 1) return void res.end(events[i]);
        res.write(events[i]);
        setTimeout(() => send(i + 1), delay);
      };
      send(0);
      return;
    }
  }
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  let fallback: Behaviour = ok(DEFAULT_TEXT);
  let waiters: { count: number; resolve: () => void }[] = [];

  const notify = () => {
    waiters = waiters.filter((w) => {
      if (requests.length < w.count) return true;
      w.resolve();
      return false;
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = undefined;
      }
      const url = req.url ?? "/";
      const path = url.split("?")[0]!;
      const protocol = protocolOf(path);
      const streaming =
        protocol === "gemini" ? /:streamGenerateContent$/i.test(path) : protocol === "openai" && (body as { stream?: unknown })?.stream === true;
      let markClosed!: () => void;
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        url,
        path,
        headers: req.headers,
        body,
        rawBody,
        protocol,
        streaming,
        at: performance.now(),
        behaviour: queue.shift() ?? fallback,
        aborted: false,
        closed: new Promise<void>((resolve) => (markClosed = resolve)),
      };
      res.on("close", () => {
        if (!res.writableFinished) request.aborted = true;
        markClosed();
      });
      requests.push(request);
      notify();
      if (protocol === "unknown") {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `fake LLM server: no route for ${req.method} ${path}` } }));
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
      fallback = ok(DEFAULT_TEXT);
    },
    waitForRequests(count, timeoutMs = 5_000) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake LLM server: expected ${count} requests, got ${requests.length}`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
