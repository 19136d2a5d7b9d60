/**
 * The offline coach through the feature (issue 16, item 5): the conversation's
 * history and the job's skills reach the insights engine, so a repeated
 * message gets a new reply about what was said.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCoachMessages } from "@/features/coach/db";
import { streamCoachReply } from "@/features/coach/stream";
import { createInsightsModel } from "@/services/ai/insightsModel";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { makeJob, makeUser, producerOf, silentLog } from "../support/questionFactories";

describe.each(databaseKinds)("offline coach conversation on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t?.dispose());

  it("answers the same message twice with two different replies about the job skill it names", async () => {
    const user = await makeUser(t.db);
    const job = await makeJob(t.db, user.id, {
      title: "Frontend Engineer",
      description: "Requirements: React, TypeScript and GraphQL. You will build our design system.",
    });
    const deps = { db: t.db, user, producers: [producerOf(createInsightsModel())], log: silentLog };
    const replies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { response, saved } = await streamCoachReply(deps, { jobInfoId: job.id, message: "how do i keep react state simple" });
      expect(response.headers.get("x-darasa-producer")).toBe("insights");
      replies.push(await response.text());
      await saved;
    }
    expect(replies[1]).not.toBe(replies[0]);
    // "react" in lower case is only recognised as the job's skill (the taxonomy matcher wants tech context).
    for (const reply of replies) expect(reply).toContain("React");
    const messages = await listCoachMessages(t.db, user.id, job.id);
    expect(messages.map((m) => [m.role, m.source])).toEqual([
      ["user", null],
      ["coach", "insights"],
      ["user", null],
      ["coach", "insights"],
    ]);
  });

  it("never repeats a reply, also once the conversation is longer than the history the model sees (20 messages)", async () => {
    const user = await makeUser(t.db);
    const job = await makeJob(t.db, user.id, { title: "Backend Engineer", description: "Requirements: Go, PostgreSQL, Kafka and Kubernetes." });
    const deps = { db: t.db, user, producers: [producerOf(createInsightsModel())], log: silentLog };
    const replies: string[] = [];
    for (let i = 0; i < 16; i++) {
      const { response, saved } = await streamCoachReply(deps, { jobInfoId: job.id, message: "hello" });
      replies.push(await response.text());
      await saved;
    }
    // 32 messages: the first replies are outside the 20-message window by the end.
    expect(new Set(replies).size).toBe(replies.length);
  }, 60_000);
});
