import type { LanguageModelV4 } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { liveInterviews, type User } from "@/drizzle/schema";
import {
  countLiveInterviewsThisMonth,
  deleteLiveInterview,
  getLiveInterview,
  reserveLiveInterview,
  saveLiveInterviewNotes,
} from "@/features/liveInterviews/db";
import { processLiveInterview, type LivePipelineDeps } from "@/features/liveInterviews/pipeline";
import * as live from "@/features/liveInterviews/service";
import type { LiveDeps } from "@/features/liveInterviews/service";
import { getUser } from "@/features/users/db";
import { createInsightsModel } from "@/services/ai/insightsModel";
import { forgetAccessToken, getChatWithEvents, type HumeSettings } from "@/services/hume";
import { eq } from "drizzle-orm";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { scriptedEvents, startFakeHume, type FakeHume } from "../support/fakeHume";
import { asResponse } from "../support/boundary";
import { makeJob, makeUser, producerOf, silentLog } from "../support/questionFactories";

// The service's outcomes as the routes answer them (201 / 200 / 202, or the AppError's status and envelope).
const startLiveInterview = (...args: Parameters<typeof live.startLiveInterview>) => asResponse(live.startLiveInterview(...args), 201);
const attachLiveChat = (...args: Parameters<typeof live.attachLiveChat>) => asResponse(live.attachLiveChat(...args));
const requestLiveAnalysis = (...args: Parameters<typeof live.requestLiveAnalysis>) => asResponse(live.requestLiveAnalysis(...args), 202);

type Envelope = { success: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } };
const body = async (response: Response) => (await response.json()) as Envelope;

const CONVERSATION = [
  { at: 1_000, speaker: "interviewer" as const, text: "Hello Ada. Tell me about a time you made a slow service faster." },
  { at: 12_000, speaker: "candidate" as const, text: "At my previous job our checkout API took about 900 ms at the 95th percentile." },
  { at: 20_000, speaker: "candidate" as const, text: "I profiled it, found an N plus one query and added a cache, so latency dropped to 200 ms." },
  { at: 22_000, speaker: "interviewer" as const, text: "How did you keep the cache correct?" },
  { at: 33_000, speaker: "candidate" as const, text: "Um, we invalidated entries on every write because correctness mattered more than the hit rate." },
];

describe.each(databaseKinds)("live interviews on %s", (kind) => {
  let t: TestDatabase;
  let hume: FakeHume;
  let settings: HumeSettings;
  let deps: LiveDeps;
  let user: User;
  let other: User;
  let jobId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    hume = await startFakeHume();
    settings = { apiKey: hume.apiKey, secretKey: hume.secretKey, apiUrl: hume.url, eviHost: hume.eviHost };
    deps = { db: t.db, hume: settings, log: silentLog };
    user = (await getUser(t.db, (await makeUser(t.db, "pro")).id))!;
    other = (await getUser(t.db, (await makeUser(t.db, "pro")).id))!;
    jobId = (await makeJob(t.db, user.id)).id;
  });
  beforeEach(() => forgetAccessToken());
  afterAll(async () => {
    await hume?.close();
    await t?.dispose();
  });

  async function start(who: User = user, job = jobId) {
    const response = await startLiveInterview(deps, who, job);
    return { status: response.status, ...(await body(response)) };
  }

  /** A started interview with a chat Hume has, started just after the record. */
  async function startedWithChat(lines = CONVERSATION, ended = true) {
    const started = await start();
    const record = (await getLiveInterview(t.db, user.id, started.data!.interviewId as string))!;
    const startedAtMs = record.createdAt.getTime() + 500;
    const chat = hume.addChat({ startedAtMs, endedAtMs: ended ? startedAtMs + 40_000 : null, status: ended ? "USER_ENDED" : "ACTIVE" });
    chat.events = scriptedEvents(chat.id, startedAtMs, lines);
    return { record, chat };
  }

  it("creates the record first and returns a server-minted token with the job's interviewer prompt", async () => {
    const started = await start();
    expect(started.status).toBe(201);
    const session = started.data as {
      interviewId: string;
      accessToken: string;
      hostname: string;
      sessionSettings: { systemPrompt: string; customSessionId: string };
    };
    expect(hume.tokensIssued).toContain(session.accessToken);
    expect(session.hostname).toBe(hume.eviHost);
    expect(session.sessionSettings.customSessionId).toBe(session.interviewId);
    expect(session.sessionSettings.systemPrompt).toContain("Backend Engineer");
    expect(session.sessionSettings.systemPrompt).toContain("<job_description>\nWe build payment APIs");
    expect(session.sessionSettings.systemPrompt).toContain(user.name);
    expect(session.sessionSettings.systemPrompt).toMatch(/ONE question at a time/);
    expect(JSON.stringify(started)).not.toContain(hume.secretKey);
    const record = await getLiveInterview(t.db, user.id, session.interviewId);
    expect(record?.status).toBe("created");
  });

  it("reuses a valid token and mints a new one once it nears expiry", async () => {
    const before = hume.tokensIssued.length;
    const a = await start();
    const b = await start();
    expect(a.data!.accessToken).toBe(b.data!.accessToken);
    expect(hume.tokensIssued.length).toBe(before + 1);
    forgetAccessToken();
    const c = await start();
    expect(c.data!.accessToken).not.toBe(a.data!.accessToken);
  });

  it("refuses another user's job and answers 503 when Hume will not mint a token", async () => {
    expect((await start(other, jobId)).status).toBe(404);
    const bad = { ...deps, hume: { ...settings, secretKey: "wrong" } };
    const before = await countLiveInterviewsThisMonth(t.db, user.id);
    const response = await startLiveInterview(bad, user, jobId);
    expect(response.status).toBe(503);
    expect((await body(response)).error?.code).toBe("VOICE_UNAVAILABLE");
    // The slot is given back: no record is left to count against the plan.
    expect(await countLiveInterviewsThisMonth(t.db, user.id)).toBe(before);
  });

  it("enforces the free plan's monthly limit atomically, even for parallel starts", async () => {
    const free = (await getUser(t.db, (await makeUser(t.db, "free")).id))!;
    const job = await makeJob(t.db, free.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => startLiveInterview(deps, free, job.id)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 403, 403, 403]);
    expect((await body(results.find((r) => r.status === 403)!)).error?.code).toBe("PLAN_LIMIT");
  });

  it("stops counting a record whose call never connected after the grace period", async () => {
    const free = await makeUser(t.db, "free");
    const job = await makeJob(t.db, free.id);
    for (let i = 0; i < 3; i++) await reserveLiveInterview(t.db, { userId: free.id, jobInfoId: job.id, monthlyLimit: 3 });
    expect((await reserveLiveInterview(t.db, { userId: free.id, jobInfoId: job.id, monthlyLimit: 3 })).ok).toBe(false);
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect((await reserveLiveInterview(t.db, { userId: free.id, jobInfoId: job.id, monthlyLimit: 3, now: later })).ok).toBe(true);
  });

  it("attaches a chat only after Hume confirms it, with Hume's start time", async () => {
    const { record, chat } = await startedWithChat();
    const response = await attachLiveChat(deps, user, record.id, chat.id);
    expect(response.status).toBe(200);
    const saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.status).toBe("in_call");
    expect(saved.humeChatId).toBe(chat.id);
    expect(saved.humeChatGroupId).toBe(chat.chatGroupId);
    expect(saved.chatStartedAt?.getTime()).toBe(chat.startedAtMs);
    expect(hume.requests.some((r) => r.path === `/v0/evi/chats/${chat.id}` && r.apiKey === hume.apiKey)).toBe(true);
    // Reporting the same chat again is harmless.
    expect((await attachLiveChat(deps, user, record.id, chat.id)).status).toBe(200);
  });

  it("refuses a chat Hume does not know (foreign), a stale chat and a chat already used", async () => {
    const a = await startedWithChat();
    const foreign = await attachLiveChat(deps, user, a.record.id, "3f1c0c2e-0000-4000-8000-000000000000");
    expect(foreign.status).toBe(422);
    expect((await body(foreign)).error?.code).toBe("CHAT_NOT_VERIFIED");

    const stale = hume.addChat({ startedAtMs: a.record.createdAt.getTime() - 60 * 60 * 1000 });
    const staleResponse = await attachLiveChat(deps, user, a.record.id, stale.id);
    expect(staleResponse.status).toBe(422);

    expect((await attachLiveChat(deps, user, a.record.id, a.chat.id)).status).toBe(200);
    const b = await startedWithChat();
    const reused = await attachLiveChat(deps, user, b.record.id, a.chat.id);
    expect(reused.status).toBe(409);
    expect((await body(reused)).error?.code).toBe("CHAT_IN_USE");
    expect((await getLiveInterview(t.db, user.id, b.record.id))?.humeChatId).toBeNull();
  });

  it("treats another user's interview as not found, and keeps the record when Hume is down", async () => {
    const { record, chat } = await startedWithChat();
    expect((await attachLiveChat(deps, other, record.id, chat.id)).status).toBe(404);
    expect((await requestLiveAnalysis(t.db, other, record.id, async () => {})).status).toBe(404);
    expect(await getLiveInterview(t.db, other.id, record.id)).toBeUndefined();
    expect(await deleteLiveInterview(t.db, other.id, record.id)).toBe(false);
    hume.failChatRequests(2, 502);
    const down = await attachLiveChat(deps, user, record.id, chat.id);
    expect(down.status).toBe(503);
    expect((await getLiveInterview(t.db, user.id, record.id))?.status).toBe("created");
  });

  it("queues the analysis only for an attached call", async () => {
    const { record, chat } = await startedWithChat();
    const queued: string[] = [];
    const enqueue = async (id: string) => void queued.push(id);
    const early = await requestLiveAnalysis(t.db, user, record.id, enqueue);
    expect(early.status).toBe(409);
    expect((await body(early)).error?.code).toBe("NO_CALL");
    await attachLiveChat(deps, user, record.id, chat.id);
    expect((await requestLiveAnalysis(t.db, user, record.id, enqueue)).status).toBe(202);
    expect(queued).toEqual([record.id]);
    expect((await getLiveInterview(t.db, user.id, record.id))?.status).toBe("processing");
  });

  function pipelineDeps(model: LanguageModelV4 = createInsightsModel()): LivePipelineDeps {
    return { db: t.db, log: silentLog, fetchChat: (id) => getChatWithEvents(settings, id), producersFor: () => [producerOf(model)], maxAttempts: 3 };
  }

  async function processingInterview(lines = CONVERSATION, ended = true) {
    const { record, chat } = await startedWithChat(lines, ended);
    await attachLiveChat(deps, user, record.id, chat.id);
    await requestLiveAnalysis(t.db, user, record.id, async () => {});
    return { record, chat };
  }

  it("builds the transcript, timing metrics and grounded feedback from Hume's events", async () => {
    const { record, chat } = await processingInterview();
    await processLiveInterview(pipelineDeps(), record.id);
    const saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.status).toBe("ready");
    expect(saved.durationMs).toBe(40_000); // Hume's end − start, not the browser's
    expect(saved.chatEndedAt?.getTime()).toBe(chat.endedAtMs);
    const turns = saved.transcript!;
    expect(turns.map((x) => x.speaker)).toEqual(["interviewer", "candidate", "interviewer", "candidate"]);
    expect(turns[1]!.messages).toBe(2);
    expect(turns[1]!.firstAtMs).toBe(12_000);
    const metrics = saved.metrics!;
    expect(metrics.answers).toHaveLength(2);
    // Question 2 has 7 words → spoken until 22 000 + 2 800 ms; answer ends at 33 000 ms.
    expect(metrics.answers[1]!.windowMs).toBe(8200);
    expect(metrics.answers[1]!.fillerCount).toBe(1);
    expect(metrics.expressions.length).toBeGreaterThan(0);
    const feedback = saved.feedback!;
    expect(feedback.source).toBe("insights");
    expect(saved.feedbackSource).toBe("insights");
    expect(feedback.categories.map((c) => c.name)).toEqual(["Substance", "Structure", "Evidence", "Delivery"]);
    const mean = feedback.categories.reduce((s, c) => s + c.score, 0) / feedback.categories.length;
    expect(saved.score).toBe(Math.round(mean * 10));
    for (const p of feedback.categories.flatMap((c) => [...c.strengths, ...c.improvements])) {
      expect([12_000, 33_000]).toContain(p.atMs);
    }
  });

  it("reads every page of a long chat", async () => {
    const lines = Array.from({ length: 230 }, (_, i) => ({
      at: 1000 + i * 1000,
      speaker: (i % 2 === 0 ? "interviewer" : "candidate") as "interviewer" | "candidate",
      text: i % 2 === 0 ? `Question number ${i}?` : `Answer number ${i} because it matters.`,
    }));
    const { record } = await processingInterview(lines);
    await processLiveInterview(pipelineDeps(), record.id);
    const saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.transcript!.length).toBe(230);
  });

  it("retries when Hume fails, then marks the interview failed without inventing anything", async () => {
    const { record } = await processingInterview();
    hume.failChatRequests(100, 500);
    const d = pipelineDeps();
    await expect(processLiveInterview(d, record.id)).rejects.toThrow();
    let saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.status).toBe("processing");
    expect(saved.error).toMatch(/retrying/);
    await expect(processLiveInterview(d, record.id)).rejects.toThrow();
    await processLiveInterview(d, record.id); // third = last attempt
    saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.status).toBe("failed");
    expect(saved.feedback).toBeNull();
    expect(saved.score).toBeNull();
    hume.failChatRequests(0);
    // "Retry analysis" works once Hume is back.
    expect((await requestLiveAnalysis(t.db, user, record.id, async () => {})).status).toBe(202);
    await processLiveInterview(d, record.id);
    expect((await getLiveInterview(t.db, user.id, record.id))?.status).toBe("ready");
  });

  it("keeps the transcript but gives no feedback or score when the model keeps failing", async () => {
    const { record } = await processingInterview();
    const failing = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new Error("model down");
      },
    });
    const d = pipelineDeps(failing);
    await expect(processLiveInterview(d, record.id)).rejects.toThrow("model down");
    await expect(processLiveInterview(d, record.id)).rejects.toThrow("model down");
    await processLiveInterview(d, record.id);
    const saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.status).toBe("failed");
    expect(saved.transcript!.length).toBe(4);
    expect(saved.durationMs).toBe(40_000);
    expect(saved.feedback).toBeNull();
    expect(saved.score).toBeNull();
  });

  it("drops quotes a model invents and labels model feedback as such", async () => {
    const { record } = await processingInterview();
    const draft = {
      summary: "Solid answers.",
      categories: [
        {
          name: "Substance",
          score: 7,
          explanation: "Relevant.",
          strengths: [{ point: "Measured latency", quote: "our checkout API took about 900 ms at the 95th percentile" }],
          improvements: [{ point: "Invented", quote: "I rewrote everything in Rust over a weekend" }],
        },
      ],
    };
    const model = new MockLanguageModelV4({
      doGenerate: async () => ({
        content: [{ type: "text", text: JSON.stringify(draft) }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } },
        warnings: [],
      }),
    });
    await processLiveInterview(pipelineDeps(model), record.id);
    const saved = (await getLiveInterview(t.db, user.id, record.id))!;
    const feedback = saved.feedback!;
    expect(feedback.source).toBe("llm");
    expect(feedback.categories[0]!.strengths).toEqual([
      { point: "Measured latency", quote: "our checkout API took about 900 ms at the 95th percentile", atMs: 12_000 },
    ]);
    expect(feedback.categories[0]!.improvements).toEqual([]);
    expect(feedback.droppedUngrounded).toBe(1);
    expect(saved.score).toBe(70);
    // The prompt fenced the transcript and gave the measured facts.
    const prompt = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(prompt).toContain("<transcript>");
    expect(prompt).toContain("[0:12] Candidate: At my previous job");
  });

  it("waits for Hume to end the chat, then uses the last event on the final attempt", async () => {
    const { record } = await processingInterview(CONVERSATION, false);
    const d = pipelineDeps();
    await expect(processLiveInterview(d, record.id)).rejects.toThrow(/not ended/);
    await expect(processLiveInterview(d, record.id)).rejects.toThrow(/not ended/);
    await processLiveInterview(d, record.id);
    const saved = (await getLiveInterview(t.db, user.id, record.id))!;
    expect(saved.status).toBe("ready");
    expect(saved.durationMs).toBe(33_000);
  });

  it("saves notes for the owner only", async () => {
    const { record } = await startedWithChat();
    expect(await saveLiveInterviewNotes(t.db, other.id, record.id, "mine now")).toBe(false);
    expect(await saveLiveInterviewNotes(t.db, user.id, record.id, "Practise STAR endings.")).toBe(true);
    expect((await getLiveInterview(t.db, user.id, record.id))?.notes).toBe("Practise STAR endings.");
    expect(await saveLiveInterviewNotes(t.db, user.id, "not-a-uuid", "x")).toBe(false);
  });

  it("lets the owner delete a live interview", async () => {
    const { record } = await startedWithChat();
    expect(await deleteLiveInterview(t.db, user.id, record.id)).toBe(true);
    expect(await getLiveInterview(t.db, user.id, record.id)).toBeUndefined();
  });

  it("deletes live interviews with their owner", async () => {
    const doomed = (await getUser(t.db, (await makeUser(t.db, "pro")).id))!;
    const job = await makeJob(t.db, doomed.id);
    await startLiveInterview(deps, doomed, job.id);
    const { users } = await import("@/drizzle/schema");
    await t.db.delete(users).where(eq(users.id, doomed.id));
    expect(await t.db.select().from(liveInterviews).where(eq(liveInterviews.userId, doomed.id))).toEqual([]);
  });
});
