/**
 * The offline coach answers what the user said (issue 16, item 5): each
 * message gets a Socratic question about its own topic, and no reply is
 * repeated within a conversation. Before, every message below got the same
 * journey-phase question ("Think of a time you used …").
 */
import { describe, expect, it } from "vitest";
import { coachQuestion, type CoachContext, type CoachReply } from "@/insights/coach";
import { readIntent } from "@/insights/coachIntent";
import { recogniseTopic } from "@/insights/coachTopics";
import { questionBank } from "@/insights/questionBank";
import { runInsightsTask } from "@/insights/tasks";

const base: CoachContext = {
  phase: "stories",
  focusSkill: "Kafka",
  lastUserMessage: null,
  answeringCoach: false,
  jobTitle: "Backend Engineer",
  jobSkills: ["Kafka", "PostgreSQL", "Kubernetes", "React"],
};

type Turn = { role: "user" | "coach"; content: string };

/** Sends messages one after another in one conversation, as the feature does (history ends with the latest message). */
function converse(messages: string[], context: Partial<CoachContext> = {}): CoachReply[] {
  const history: Turn[] = [];
  return messages.map((message) => {
    history.push({ role: "user", content: message });
    const reply = coachQuestion({
      ...base,
      ...context,
      lastUserMessage: message,
      answeringCoach: history.some((m) => m.role === "coach"),
      history: [...history],
    });
    history.push({ role: "coach", content: reply.text });
    return reply;
  });
}

/** Ten different messages, each with what an on-topic reply must mention (the topic or one of its concepts). */
const MESSAGES: { message: string; onTopic: RegExp }[] = [
  { message: "How would I design a payment ledger?", onTopic: /payment ledger|idempoten|balance/i },
  { message: "How should I manage state in a React app?", onTopic: /React|state/ },
  { message: "When should I add an index to a SQL table, and which columns?", onTopic: /SQL|index/i },
  {
    message: "Last year a teammate and I disagreed about how to split a feature, so I asked him for a coffee and we talked it through.",
    onTopic: /conflict|disagree|teammate/i,
  },
  { message: "How should I describe my shift handover to a hospital interviewer? I work on an ICU ward.", onTopic: /handover|nursing|ICU/i },
  { message: "What should I practise?", onTopic: /Kafka/ },
  { message: "I'm nervous about the interview", onTopic: /nerv|worr/i },
  { message: "Can you help me with a question about caching in Redis?", onTopic: /cach|Redis/i },
  { message: "How do I explain Kubernetes deployments to an interviewer?", onTopic: /Kubernetes|deploy|health check|rolling/i },
  { message: "How does Kafka keep messages in order?", onTopic: /Kafka|order|partition|offset/i },
];

/** Six-word windows of every model answer in the bank: a reply must never quote one. */
const modelAnswerWindows = new Set(
  questionBank.flatMap((q) => {
    const words = q.modelAnswer.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    return words.slice(0, -5).map((_, i) => words.slice(i, i + 6).join(" "));
  }),
);
const quotesModelAnswer = (text: string) => {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return words.slice(0, -5).some((_, i) => modelAnswerWindows.has(words.slice(i, i + 6).join(" ")));
};

describe("the offline coach listens", () => {
  it("gives 10 different messages 10 different replies, each a question about the message's own topic", () => {
    const replies = MESSAGES.map(({ message }) => converse([message])[0]!);
    expect(new Set(replies.map((r) => r.text)).size).toBe(MESSAGES.length);
    MESSAGES.forEach(({ message, onTopic }, i) => {
      const reply = replies[i]!;
      expect(reply.text, message).toMatch(onTopic);
      expect(reply.text, message).toMatch(/\?$/);
      expect(quotesModelAnswer(reply.text), message).toBe(false);
    });
  });

  it("answers the same message twice in one conversation with two different on-topic replies", () => {
    for (const { message, onTopic } of MESSAGES) {
      const [first, second] = converse([message, message]);
      expect(second!.text, message).not.toBe(first!.text);
      expect(second!.text, message).toMatch(onTopic);
    }
  });

  it("asks about the design of what the user wants to build, then a bank concept, never a model answer", () => {
    const [first, second] = converse(["How would I design a payment ledger?", "How would I design a payment ledger?"]);
    expect(first!.rule).toBe("topic");
    expect(first!.text).toContain("what must never happen to the payment ledger");
    expect(second!.text).toMatch(/“idempotency key”/);
  });

  it("keeps to the conversation's topic when a reply names none, and skips concepts the user already mentioned", () => {
    const replies = converse(["How would I design a payment ledger?", "I'd put a unique constraint on every request id.", "ok"]);
    expect(new Set(replies.map((r) => r.text)).size).toBe(3);
    for (const reply of replies.slice(1)) {
      expect(reply.text).toContain("payment ledger");
      expect(reply.text).not.toMatch(/unique constraint/i);
    }
  });

  it("still asks for the result of a STAR story that has none, in other words when asked again", () => {
    const story =
      "At my previous job our checkout page kept timing out during big sales. My task was to find out why before the next campaign. " +
      "I profiled the slowest endpoint, then I added a cache in front of the pricing service and I wrote a load test for it. " +
      "Looking back, I would involve the pricing team earlier.";
    expect(readIntent(story).starFound).toEqual(["situation", "task", "action", "reflection"]);
    const [first, again] = converse(["Can I tell you about a project?", story, story]).slice(1);
    expect(first!.rule).toBe("star");
    expect(first!.text).toMatch(/result/i);
    expect(again!.rule).toBe("star");
    expect(again!.text).toMatch(/result/i);
    expect(again!.text).not.toBe(first!.text);
  });

  it("reads a story told over several messages as one: once the result comes, it digs into the topic", () => {
    const replies = converse([
      "Last year a teammate and I disagreed about how to split a feature. I asked him for a coffee and we talked it through.",
      "My job was to ship the feature by Friday, and I proposed to split the work by service.",
      "As a result we shipped two days early and reviews went from days to hours. I learned to talk early.",
    ]);
    expect(replies.map((r) => r.rule)).toEqual(["star", "star", "topic"]);
    expect(replies[1]!.text).toMatch(/result/i);
    expect(replies[2]!.text).toMatch(/^That story has every part\..*conflict/);
  });

  it("keeps short replies with no topic on the STAR rules: it asks for more", () => {
    const [, reply] = converse(["Hi", "I used it at work."]);
    expect(reply!.rule).toBe("elaborate");
  });

  it("never repeats itself, even when the user does, over a long conversation", () => {
    const replies = converse(Array.from({ length: 40 }, () => "Hi"));
    expect(new Set(replies.map((r) => r.text)).size).toBe(40);
    const noSkills = converse(
      Array.from({ length: 25 }, () => "ok"),
      { focusSkill: null, jobSkills: [] },
    );
    expect(new Set(noSkills.map((r) => r.text)).size).toBe(25);
  });

  it("recognises intent and topic by documented cues", () => {
    expect(readIntent("I'm nervous about the interview").intent).toBe("worry");
    expect(readIntent("I'm so stressed, I always freeze up in interviews").intent).toBe("worry");
    expect(readIntent("How would I stress test an API?").intent).toBe("help");
    expect(readIntent("How do I recover from a panic in Go?").intent).toBe("help");
    expect(readIntent("What should I practise next?").intent).toBe("practise");
    expect(readIntent("How would I design a payment ledger?").intent).toBe("help");
    expect(readIntent("Hello!").intent).toBe("greeting");
    expect(recogniseTopic("How should I manage state in a React app?", [])?.bank?.question.topic).toBe("State management");
    expect(recogniseTopic("how does kafka keep order", ["Kafka"])?.skills.map((s) => [s.name, s.inJob])).toContainEqual(["Kafka", true]);
    expect(recogniseTopic("Thanks, that helps a lot", [])).toBeNull();
    expect(recogniseTopic("I work on an ICU ward", [])?.skills.map((s) => s.name)).toContain("Acute care nursing");
  });

  it("says which rule, intent and topic produced a reply in the engine's metadata", () => {
    const result = runInsightsTask({ task: "coach", context: { ...base, lastUserMessage: "How would I design a payment ledger?" } });
    expect(result.metadata).toEqual({ rule: "topic", intent: "help", topic: "the payment ledger" });
  });
});
