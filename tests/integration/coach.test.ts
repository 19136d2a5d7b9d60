import { MockLanguageModelV4 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCoachMessages } from "@/features/coach/db";
import * as coach from "@/features/coach/stream";
import { createInsightsModel } from "@/services/ai/insightsModel";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { failingModel, makeJob, makeUser, mockTextModel, producerOf, silentLog } from "../support/questionFactories";
import { asOutcome } from "../support/boundary";

// A refusal is thrown as an AppError; here it is answered as the route's boundary answers it (status and envelope).
const streamCoachReply = (...args: Parameters<typeof coach.streamCoachReply>) => asOutcome(coach.streamCoachReply(...args));

describe.each(databaseKinds)("coach conversation on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t?.dispose());

  it("saves the message, streams the offline coach's question about a skill without evidence, and saves it labelled", async () => {
    const user = await makeUser(t.db);
    const job = await makeJob(t.db, user.id, { description: "Requirements: PostgreSQL, Kafka and Kubernetes. You will build payment APIs." });
    const { response, saved } = await streamCoachReply(
      { db: t.db, user, producers: [producerOf(createInsightsModel())], log: silentLog },
      { jobInfoId: job.id, message: "Hi, where should I start?" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-darasa-producer")).toBe("insights");
    const text = await response.text();
    await saved;
    expect(text).toMatch(/\?$/);
    const messages = await listCoachMessages(t.db, user.id, job.id);
    expect(messages.map((m) => [m.role, m.source])).toEqual([
      ["user", null],
      ["coach", "insights"],
    ]);
    expect(messages[1]!.content).toBe(text);
  });

  it("gives the model the history, the journey step and the fenced job, and saves an LLM reply as llm", async () => {
    const user = await makeUser(t.db);
    const job = await makeJob(t.db, user.id);
    const model = mockTextModel(["What was ", "the result?"]);
    await (
      await streamCoachReply({ db: t.db, user, producers: [producerOf(model)], log: silentLog }, { jobInfoId: job.id, message: "First message" })
    ).saved;
    const second = await streamCoachReply({ db: t.db, user, producers: [producerOf(model)], log: silentLog }, { jobInfoId: job.id, message: "Second message" });
    expect(second.response.headers.get("x-darasa-producer")).toBe("llm");
    expect(await second.response.text()).toBe("What was the result?");
    const call = model.doStreamCalls.at(-1)!;
    const prompt = JSON.stringify(call.prompt);
    expect(prompt).toContain("First message");
    expect(prompt).toContain("Second message");
    expect(prompt).toContain("Current journey step: Build your stories");
    expect(prompt).toContain("<job_description>");
    const messages = await listCoachMessages(t.db, user.id, job.id);
    expect(messages.map((m) => m.role)).toEqual(["user", "coach", "user", "coach"]);
    expect(messages.at(-1)!.source).toBe("llm");
  });

  it("keeps the user's message and answers 503 when the model fails", async () => {
    const user = await makeUser(t.db);
    const job = await makeJob(t.db, user.id);
    const { response } = await streamCoachReply(
      { db: t.db, user, producers: [producerOf(failingModel(new Error("down")))], log: silentLog },
      { jobInfoId: job.id, message: "Help me prepare" },
    );
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("AI_UNAVAILABLE");
    expect((await listCoachMessages(t.db, user.id, job.id)).map((m) => [m.role, m.content])).toEqual([["user", "Help me prepare"]]);
  });

  it("treats another user's job as not found and stores nothing", async () => {
    const [owner, other] = [await makeUser(t.db), await makeUser(t.db)];
    const job = await makeJob(t.db, owner.id);
    const model = new MockLanguageModelV4();
    const { response } = await streamCoachReply(
      { db: t.db, user: other, producers: [producerOf(model)], log: silentLog },
      { jobInfoId: job.id, message: "hello" },
    );
    expect(response.status).toBe(404);
    expect(await listCoachMessages(t.db, other.id, job.id)).toEqual([]);
    expect(await listCoachMessages(t.db, owner.id, job.id)).toEqual([]);
    expect(model.doStreamCalls).toHaveLength(0);
  });
});
