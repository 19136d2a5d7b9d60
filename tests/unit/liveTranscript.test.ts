import { describe, expect, it } from "vitest";
import {
  condenseMessages,
  epochMs,
  messagesFromEvents,
  messagesFromLive,
  parseEmotionFeatures,
  readableExpression,
  type ChatMessage,
} from "@/services/hume/transcript";

const msg = (speaker: ChatMessage["speaker"], text: string, atMs: number, prosody?: Record<string, number>): ChatMessage => ({ speaker, text, atMs, prosody });

describe("condenseMessages", () => {
  it("merges consecutive messages of one speaker and keeps their times", () => {
    const turns = condenseMessages([
      msg("interviewer", "Hello.", 100),
      msg("interviewer", "Tell me about yourself.", 900),
      msg("candidate", "I build APIs.", 4000),
      msg("candidate", "Mostly in Go.", 5500),
      msg("interviewer", "Why Go?", 7000),
    ]);
    expect(turns.map((t) => [t.speaker, t.text, t.firstAtMs, t.lastAtMs, t.messages])).toEqual([
      ["interviewer", "Hello. Tell me about yourself.", 100, 900, 2],
      ["candidate", "I build APIs. Mostly in Go.", 4000, 5500, 2],
      ["interviewer", "Why Go?", 7000, 7000, 1],
    ]);
    expect(turns[1]!.messageWords).toEqual([3, 3]);
    expect(turns[1]!.messageTimes).toEqual([4000, 5500]);
  });

  it("skips empty messages without splitting a turn", () => {
    const turns = condenseMessages([msg("candidate", "One.", 1), msg("interviewer", "  ", 2), msg("candidate", "Two.", 3)]);
    expect(turns).toHaveLength(1);
    expect(turns[0]!.text).toBe("One. Two.");
  });

  it("averages prosody over the merged messages and keeps the top three as readable names", () => {
    const turns = condenseMessages([
      msg("candidate", "a", 1, { calmness: 0.6, joy: 0.1, interest: 0.3, doubt: 0.2 }),
      msg("candidate", "b", 2, { calmness: 0.2, joy: 0.5, interest: 0.3, doubt: 0.0 }),
    ]);
    expect(turns[0]!.topExpressions).toEqual([
      { name: "Calmness", score: 0.4 },
      { name: "Interest", score: 0.3 },
      { name: "Joy", score: 0.3 },
    ]);
  });

  it("gives the same turns for live and stored versions of one conversation", () => {
    const start = 1_763_000_000_000;
    const stored = messagesFromEvents(
      [
        { type: "CHAT_START_MESSAGE", role: "SYSTEM", timestamp: start },
        { type: "AGENT_MESSAGE", role: "AGENT", timestamp: start + 500, messageText: "Hi there." },
        { type: "USER_MESSAGE", role: "USER", timestamp: start + 3000, messageText: "Hello." },
        { type: "USER_MESSAGE", role: "USER", timestamp: start + 4200, messageText: "Ready." },
      ],
      start,
    );
    const live = messagesFromLive(
      [
        { type: "socket_connected" },
        { type: "assistant_message", message: { role: "assistant", content: "Hi there." } },
        { type: "user_message", interim: true, message: { role: "user", content: "Hel" }, time: { begin: 0, end: 2500 } },
        { type: "user_message", interim: false, message: { role: "user", content: "Hello." }, time: { begin: 1000, end: 3000 } },
        { type: "user_message", interim: false, message: { role: "user", content: "Ready." }, time: { begin: 3500, end: 4200 } },
      ],
      null,
    );
    const text = (turns: ReturnType<typeof condenseMessages>) => turns.map((t) => `${t.speaker}:${t.text}`);
    expect(text(condenseMessages(live))).toEqual(text(condenseMessages(stored)));
    expect(text(condenseMessages(stored))).toEqual(["interviewer:Hi there.", "candidate:Hello. Ready."]);
  });
});

describe("stored events", () => {
  it("keeps only user and agent messages, relative to the chat start, in time order", () => {
    const t0 = 1_763_000_000_000;
    const messages = messagesFromEvents(
      [
        { type: "USER_MESSAGE", timestamp: t0 + 2000, messageText: "second", emotionFeatures: '{"Joy":0.5}' },
        { type: "AGENT_MESSAGE", timestamp: t0 + 1000, messageText: "first" },
        { type: "SYSTEM_PROMPT", timestamp: t0, messageText: "secret prompt" },
        { type: "USER_MESSAGE", timestamp: t0 + 3000 },
      ],
      t0,
    );
    expect(messages).toEqual([
      { speaker: "interviewer", text: "first", atMs: 1000, prosody: undefined },
      { speaker: "candidate", text: "second", atMs: 2000, prosody: { Joy: 0.5 } },
    ]);
  });

  it("reads epoch seconds as well as milliseconds", () => {
    expect(epochMs(1_763_000_000)).toBe(1_763_000_000_000);
    expect(epochMs(1_763_000_000_123)).toBe(1_763_000_000_123);
  });

  it("ignores malformed emotion features", () => {
    expect(parseEmotionFeatures("not json")).toBeUndefined();
    expect(parseEmotionFeatures("[1,2]")).toBeUndefined();
    expect(parseEmotionFeatures('{"Joy":"high"}')).toBeUndefined();
    expect(parseEmotionFeatures('{"Joy":0.2,"x":"y"}')).toEqual({ Joy: 0.2 });
  });

  it("names expressions readably from wire or SDK spelling", () => {
    expect(readableExpression("Aesthetic Appreciation")).toBe("Aesthetic appreciation");
    expect(readableExpression("aestheticAppreciation")).toBe("Aesthetic appreciation");
    expect(readableExpression("Surprise (negative)")).toBe("Surprise (negative)");
  });
});
