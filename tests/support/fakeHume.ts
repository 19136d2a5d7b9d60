import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { sineTone, writeWav } from "./speechAudio";

/**
 * A local stand-in for Hume's EVI, speaking the wire protocol the real
 * clients use (the `hume` SDK on the server, `@humeai/voice-react` in the
 * browser), so Darasa's own code runs unchanged in tests:
 *
 * - `POST /oauth2-cc/token`: client-credentials grant, Basic auth with the
 *   API key and secret → `{ access_token, token_type, expires_in }`.
 * - `GET /v0/evi/chats/:id?page_size&page_number&ascending_order`: the chat
 *   and one page of its events (`X-Hume-Api-Key` required; unknown chat →
 *   404; pages past the end are empty, as the SDK's pager expects).
 * - `ws://…/v0/evi/chat?access_token=…`: the EVI socket. It sends
 *   `chat_metadata`, then plays a scripted interview: interviewer turns as
 *   `assistant_message` + WAV `audio_output` + `assistant_end`; a candidate
 *   turn is "transcribed" (the script's text) once enough microphone audio
 *   (binary WebM frames) has arrived, proving audio flows. Every message is
 *   stored as a chat event with a millisecond timestamp, like Hume does.
 */

export type FakeEvent = {
  id: string;
  chat_id: string;
  timestamp: number;
  role: "USER" | "AGENT" | "SYSTEM";
  type: string;
  message_text?: string;
  emotion_features?: string;
};

export type FakeChat = {
  id: string;
  chatGroupId: string;
  status: string;
  startedAtMs: number;
  endedAtMs: number | null;
  events: FakeEvent[];
  /** session_settings[...] query parameters the browser connected with. */
  sessionSettings: Record<string, string>;
  audioBytes: number;
};

export type ScriptStep = { speaker: "interviewer"; text: string } | { speaker: "candidate"; utterances: string[] };

export const EXPRESSION_NAMES = [
  "Admiration",
  "Adoration",
  "Aesthetic Appreciation",
  "Amusement",
  "Anger",
  "Anxiety",
  "Awe",
  "Awkwardness",
  "Boredom",
  "Calmness",
  "Concentration",
  "Confusion",
  "Contemplation",
  "Contempt",
  "Contentment",
  "Craving",
  "Desire",
  "Determination",
  "Disappointment",
  "Disgust",
  "Distress",
  "Doubt",
  "Ecstasy",
  "Embarrassment",
  "Empathic Pain",
  "Entrancement",
  "Envy",
  "Excitement",
  "Fear",
  "Guilt",
  "Horror",
  "Interest",
  "Joy",
  "Love",
  "Nostalgia",
  "Pain",
  "Pride",
  "Realization",
  "Relief",
  "Romance",
  "Sadness",
  "Satisfaction",
  "Shame",
  "Surprise (negative)",
  "Surprise (positive)",
  "Sympathy",
  "Tiredness",
  "Triumph",
];

/** All 48 expression scores (the SDK's schema wants every one), with a few leading. */
export function expressionScores(top: Record<string, number> = { Concentration: 0.62, Interest: 0.48, Calmness: 0.41 }): Record<string, number> {
  return Object.fromEntries(EXPRESSION_NAMES.map((name) => [name, top[name] ?? 0.02]));
}

export type FakeHume = {
  url: string;
  /** For the browser: `http://127.0.0.1:PORT` makes the SDK use ws://. */
  eviHost: string;
  apiKey: string;
  secretKey: string;
  chats: Map<string, FakeChat>;
  tokensIssued: string[];
  requests: { method: string; path: string; apiKey?: string }[];
  /** Seeds a finished chat (e.g. one that belongs to no interview, or started long ago). */
  addChat(chat: Partial<FakeChat> & { startedAtMs: number }): FakeChat;
  /** The next n chat requests answer this HTTP status. */
  failChatRequests(n: number, status?: number): void;
  close(): Promise<void>;
};

export const DEFAULT_SCRIPT: ScriptStep[] = [
  { speaker: "interviewer", text: "Hello, thanks for joining. Tell me about a time you made a slow service faster." },
  {
    speaker: "candidate",
    utterances: [
      "At my previous job our checkout API was slow, about 900 ms at the 95th percentile.",
      "I profiled it, found an N plus one query, and added a cache, so latency dropped to 200 ms.",
    ],
  },
  { speaker: "interviewer", text: "Thanks. How did you make sure the cache stayed correct?" },
  { speaker: "candidate", utterances: ["Um, we invalidated entries on every write because correctness mattered more than the hit rate."] },
  { speaker: "interviewer", text: "Good. That's all my questions; your feedback will appear on screen." },
];

function wavBase64(ms = 300): string {
  return Buffer.from(writeWav({ samples: sineTone(220, ms, 16000).map((v) => v * 0.05), sampleRate: 16000 })).toString("base64");
}

export async function startFakeHume(options: { script?: ScriptStep[]; audioBytesPerTurn?: number; utteranceGapMs?: number } = {}): Promise<FakeHume> {
  const apiKey = `fake-hume-key-${randomUUID().slice(0, 8)}`;
  const secretKey = `fake-hume-secret-${randomUUID().slice(0, 8)}`;
  const script = options.script ?? DEFAULT_SCRIPT;
  const audioBytesPerTurn = options.audioBytesPerTurn ?? 4000;
  const gapMs = options.utteranceGapMs ?? 700;
  const chats = new Map<string, FakeChat>();
  const tokensIssued: string[] = [];
  const requests: FakeHume["requests"] = [];
  let failures: { left: number; status: number } = { left: 0, status: 500 };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    const headerKey = req.headers["x-hume-api-key"];
    requests.push({ method: req.method ?? "GET", path: url.pathname, apiKey: typeof headerKey === "string" ? headerKey : undefined });
    if (req.method === "POST" && url.pathname === "/oauth2-cc/token") {
      let body = "";
      for await (const chunk of req) body += chunk;
      const expected = `Basic ${Buffer.from(`${apiKey}:${secretKey}`).toString("base64")}`;
      if (req.headers.authorization !== expected) return json(res, 401, { error: "invalid_client" });
      if (new URLSearchParams(body).get("grant_type") !== "client_credentials") return json(res, 400, { error: "unsupported_grant_type" });
      const token = `fake-token-${randomUUID()}`;
      tokensIssued.push(token);
      return json(res, 200, { access_token: token, token_type: "Bearer", expires_in: 1800 });
    }
    const match = /^\/v0\/evi\/chats\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && match) {
      if (headerKey !== apiKey) return json(res, 401, { message: "Invalid API key" });
      if (failures.left > 0) {
        failures.left -= 1;
        return json(res, failures.status, { message: "Internal error (fake)" });
      }
      const chat = chats.get(decodeURIComponent(match[1]!));
      if (!chat) return json(res, 404, { message: "Chat not found" });
      const pageSize = Number(url.searchParams.get("page_size") ?? 10);
      const pageNumber = Number(url.searchParams.get("page_number") ?? 0);
      const ascending = url.searchParams.get("ascending_order") !== "false";
      const ordered = [...chat.events].sort((a, b) => (ascending ? a.timestamp - b.timestamp : b.timestamp - a.timestamp));
      return json(res, 200, {
        id: chat.id,
        chat_group_id: chat.chatGroupId,
        status: chat.status,
        start_timestamp: chat.startedAtMs,
        ...(chat.endedAtMs !== null ? { end_timestamp: chat.endedAtMs } : {}),
        pagination_direction: ascending ? "ASC" : "DESC",
        page_number: pageNumber,
        page_size: pageSize,
        total_pages: Math.max(1, Math.ceil(ordered.length / pageSize)),
        events_page: ordered.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize),
      });
    }
    json(res, 404, { message: "Not found" });
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((error) => json(res, 500, { message: String(error) }));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const token = url.searchParams.get("access_token");
    if (url.pathname !== "/v0/evi/chat" || !token || !tokensIssued.includes(token)) {
      socket.end("HTTP/1.1 401 Unauthorized\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => runChat(ws, url));
  });

  function record(chat: FakeChat, event: Omit<FakeEvent, "id" | "chat_id" | "timestamp">) {
    chat.events.push({ id: randomUUID(), chat_id: chat.id, timestamp: Date.now(), ...event });
  }

  function runChat(ws: WebSocket, url: URL) {
    const sessionSettings: Record<string, string> = {};
    for (const [key, value] of url.searchParams) {
      const m = /^session_settings\[(.+)\]$/.exec(key);
      if (m) sessionSettings[m[1]!] = value;
    }
    const chat: FakeChat = {
      id: randomUUID(),
      chatGroupId: randomUUID(),
      status: "ACTIVE",
      startedAtMs: Date.now(),
      endedAtMs: null,
      events: [],
      sessionSettings,
      audioBytes: 0,
    };
    chats.set(chat.id, chat);
    record(chat, { role: "SYSTEM", type: "CHAT_START_MESSAGE" });
    const send = (message: unknown) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
    send({ type: "chat_metadata", chat_id: chat.id, chat_group_id: chat.chatGroupId, request_id: randomUUID() });

    let step = 0;
    let audioSinceTurn = 0;
    let busy = false;
    const timers = new Set<NodeJS.Timeout>();
    const later = (ms: number, fn: () => void) => {
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
    };

    const advance = () => {
      const current = script[step];
      if (!current || busy) return;
      if (current.speaker === "interviewer") {
        busy = true;
        const id = randomUUID();
        record(chat, { role: "AGENT", type: "AGENT_MESSAGE", message_text: current.text });
        send({ type: "assistant_message", id, from_text: false, is_quick_response: false, message: { role: "assistant", content: current.text }, models: {} });
        // voice-react shows an assistant message when audio with its id starts playing.
        send({ type: "audio_output", id, index: 0, data: wavBase64() });
        send({ type: "assistant_end" });
        step += 1;
        audioSinceTurn = 0;
        later(200, () => {
          busy = false;
          advance();
        });
        return;
      }
      if (audioSinceTurn < audioBytesPerTurn) return; // wait for the candidate to speak
      busy = true;
      const utterances = [...current.utterances];
      const speak = () => {
        const text = utterances.shift()!;
        const end = Date.now() - chat.startedAtMs;
        const scores = expressionScores();
        record(chat, { role: "USER", type: "USER_MESSAGE", message_text: text, emotion_features: JSON.stringify(scores) });
        send({
          type: "user_message",
          from_text: false,
          interim: false,
          message: { role: "user", content: text },
          models: { prosody: { scores } },
          time: { begin: Math.max(0, end - 2000), end },
        });
        if (utterances.length > 0) return later(gapMs, speak);
        step += 1;
        later(gapMs, () => {
          busy = false;
          advance();
        });
      };
      speak();
    };

    ws.on("message", (data, isBinary) => {
      if (isBinary) {
        const size = Array.isArray(data) ? data.reduce((s, b) => s + b.length, 0) : ((data as ArrayBuffer).byteLength ?? (data as Buffer).length);
        chat.audioBytes += size;
        audioSinceTurn += size;
        advance();
      }
    });
    ws.on("close", () => {
      for (const t of timers) clearTimeout(t);
      chat.status = "USER_ENDED";
      chat.endedAtMs = Date.now();
      record(chat, { role: "SYSTEM", type: "CHAT_END_MESSAGE" });
    });
    later(50, advance);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    eviHost: url,
    apiKey,
    secretKey,
    chats,
    tokensIssued,
    requests,
    addChat(partial) {
      const chat: FakeChat = {
        id: randomUUID(),
        chatGroupId: randomUUID(),
        status: "USER_ENDED",
        endedAtMs: null,
        events: [],
        sessionSettings: {},
        audioBytes: 0,
        ...partial,
      };
      chats.set(chat.id, chat);
      return chat;
    },
    failChatRequests(n, status = 500) {
      failures = { left: n, status };
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Chat events for a scripted conversation at given times (ms after the start). */
export function scriptedEvents(chatId: string, startedAtMs: number, lines: { at: number; speaker: "interviewer" | "candidate"; text: string }[]): FakeEvent[] {
  return lines.map((line) => ({
    id: randomUUID(),
    chat_id: chatId,
    timestamp: startedAtMs + line.at,
    role: line.speaker === "candidate" ? "USER" : "AGENT",
    type: line.speaker === "candidate" ? "USER_MESSAGE" : "AGENT_MESSAGE",
    message_text: line.text,
    ...(line.speaker === "candidate" ? { emotion_features: JSON.stringify(expressionScores()) } : {}),
  }));
}
