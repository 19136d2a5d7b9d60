/**
 * Hume chat messages → a condensed transcript. Pure (no SDK, no server
 * imports) so the live view in the browser and the stored transcript on the
 * server go through the same function.
 */

import type { Speaker, Turn } from "@/insights/liveInterviewTypes";

export type { Speaker, Turn };

/** One message, from a stored chat event or a live socket message. */
export type ChatMessage = {
  speaker: Speaker;
  text: string;
  /** When Hume recorded the message, ms since the chat started. */
  atMs: number;
  /** Hume prosody scores (0–1 per expression), user messages only. */
  prosody?: Record<string, number>;
};

export function condenseMessages(messages: readonly ChatMessage[]): Turn[] {
  const turns: (Turn & { prosodySums?: Map<string, number>; prosodyCount: number })[] = [];
  for (const message of messages) {
    const text = message.text.trim();
    if (!text) continue;
    const last = turns.at(-1);
    const turn =
      last && last.speaker === message.speaker
        ? last
        : turns[
            turns.push({
              speaker: message.speaker,
              text: "",
              firstAtMs: message.atMs,
              lastAtMs: message.atMs,
              messages: 0,
              messageTimes: [],
              messageWords: [],
              prosodyCount: 0,
            }) - 1
          ]!;
    turn.text = turn.text ? `${turn.text} ${text}` : text;
    turn.lastAtMs = Math.max(turn.lastAtMs, message.atMs);
    turn.messages += 1;
    turn.messageTimes.push(message.atMs);
    turn.messageWords.push(text.split(/\s+/).length);
    if (message.prosody && Object.keys(message.prosody).length > 0) {
      turn.prosodySums ??= new Map();
      for (const [name, score] of Object.entries(message.prosody)) {
        if (Number.isFinite(score)) turn.prosodySums.set(name, (turn.prosodySums.get(name) ?? 0) + score);
      }
      turn.prosodyCount += 1;
    }
  }
  return turns.map(({ prosodySums, prosodyCount, ...turn }) =>
    prosodySums && prosodyCount > 0 ? { ...turn, topExpressions: topExpressions(prosodySums, prosodyCount) } : turn,
  );
}

function topExpressions(sums: Map<string, number>, count: number, n = 3) {
  return [...sums.entries()]
    .map(([name, sum]) => ({ name: readableExpression(name), score: Math.round((sum / count) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, n);
}

/** "aestheticAppreciation" (SDK camelCase) or "Aesthetic Appreciation" (wire) → "Aesthetic appreciation". */
export function readableExpression(name: string): string {
  const spaced = name.includes(" ") || name.includes("(") ? name : name.replace(/([a-z])([A-Z])/g, "$1 $2");
  const lower = spaced.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A stored Hume chat event (the SDK's camelCase `ReturnChatEvent`, fields we read). */
export type StoredChatEvent = {
  type?: string;
  role?: string;
  timestamp?: number;
  messageText?: string | null;
  emotionFeatures?: string | null;
};

/**
 * Hume documents chat timestamps as epoch values and returns milliseconds;
 * a value that can only be seconds (before 1973 in ms) is scaled.
 */
export function epochMs(value: number): number {
  return value < 1e11 ? value * 1000 : value;
}

/** User and assistant messages of a stored chat, in time order, relative to its start. */
export function messagesFromEvents(events: readonly StoredChatEvent[], chatStartMs: number): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const event of events) {
    const speaker = event.type === "USER_MESSAGE" ? "candidate" : event.type === "AGENT_MESSAGE" ? "interviewer" : undefined;
    if (!speaker || !event.messageText || typeof event.timestamp !== "number") continue;
    messages.push({
      speaker,
      text: event.messageText,
      atMs: Math.max(0, epochMs(event.timestamp) - chatStartMs),
      prosody: speaker === "candidate" ? parseEmotionFeatures(event.emotionFeatures) : undefined,
    });
  }
  return messages.sort((a, b) => a.atMs - b.atMs);
}

/** `emotion_features` is a JSON string of expression → score; anything malformed is ignored. */
export function parseEmotionFeatures(raw: string | null | undefined): Record<string, number> | undefined {
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    const scores = Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
    return Object.keys(scores).length > 0 ? scores : undefined;
  } catch {
    return undefined;
  }
}

/** A message from `@humeai/voice-react`'s `messages` (parsed camelCase, or raw snake_case when it failed the SDK's schema). */
export type LiveSocketMessage = {
  type: string;
  interim?: boolean;
  message?: { role?: string; content?: string };
  time?: { begin?: number; end?: number };
  receivedAt?: Date;
  models?: { prosody?: { scores?: Record<string, number> } };
};

/**
 * Live messages for the on-screen transcript. Times are the browser's own
 * clock and are only used for display; the stored transcript is rebuilt on
 * the server from Hume's events.
 */
export function messagesFromLive(messages: readonly LiveSocketMessage[], callStartedAt: number | null): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const m of messages) {
    if ((m.type !== "user_message" && m.type !== "assistant_message") || m.interim) continue;
    const text = m.message?.content;
    if (!text) continue;
    const at =
      m.type === "user_message" && typeof m.time?.end === "number" ? m.time.end : m.receivedAt && callStartedAt ? m.receivedAt.getTime() - callStartedAt : 0;
    out.push({ speaker: m.type === "user_message" ? "candidate" : "interviewer", text, atMs: Math.max(0, at) });
  }
  return out;
}
