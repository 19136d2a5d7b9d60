import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInterview, getAnswer, listAnswerSummaries, saveBrowserTranscript, saveUserTranscript } from "@/features/interviews/db";
import { removeInterview, removeTake } from "@/features/interviews/remove";
import { getDeliverySamples } from "@/features/progress/db";
import { deleteTake, getTake, listTakes } from "@/features/interviews/takesDb";
import { interpolateWords } from "@/features/interviews/transcriptTiming";
import { getBankQuestion } from "@/insights/questionBank";
import { SttError } from "@/services/stt/types";
import { processAnswer, type PipelineDeps } from "@/features/interviews/pipeline";
import { uploadRecording } from "@/features/interviews/recording";
import { insightsProducer } from "@/services/ai";
import { createLocalStorage } from "@/services/storage/local";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { makeJob, makeUser } from "../support/questionFactories";
import { espeakWav, hasEspeak, insertSilence, makeTempDir } from "../support/speechAudio";

const TEXT = "So um the way I approach incidents is to stabilise first and then uh find the root cause with the team.";

describe.skipIf(!hasEspeak()).each(databaseKinds)("answer analysis pipeline on %s", (kind) => {
  let t: TestDatabase;
  let root: string;
  let deps: PipelineDeps;
  let user: { id: string; plan: "free" | "pro" };
  let answerIds: string[];
  let interviewId: string;
  let speech: Uint8Array;
  const temp = makeTempDir();

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    root = mkdtempSync(path.join(tmpdir(), "darasa-pipe-"));
    user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const interview = await createInterview(t.db, {
      userId: user.id,
      jobInfoId: job.id,
      questions: [1, 2, 3].map((n) => ({ text: `Question ${n}`, bankQuestionId: null })),
    });
    interviewId = interview.id;
    answerIds = (await listAnswerSummaries(t.db, user.id, interviewId)).map((a) => a.id);
    deps = { db: t.db, storage: createLocalStorage(root), log: pino({ level: "silent" }), producersFor: () => [insightsProducer()] };
    // 1.2 s of thinking time, then speech with a 2 s pause in the middle.
    speech = insertSilence(insertSilence(espeakWav({ wpm: 150, voice: "en-us", text: TEXT, dir: temp.dir }), 0, 1200), 4000, 2000);
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
    temp.cleanup();
  });

  async function upload(answerId: string, bytes: Uint8Array) {
    const queued: string[] = [];
    const accepted = await uploadRecording(
      { db: t.db, storage: deps.storage, user, enqueue: async (id) => void queued.push(id) },
      { interviewId, answerId, contentLength: bytes.byteLength, body: new Blob([bytes as BlobPart]).stream() },
    );
    expect(accepted).toEqual({ answerId, status: "processing" });
    return queued;
  }

  it("decodes, measures and saves an answer: duration from the audio, waveform, pauses, feedback", async () => {
    const queued = await upload(answerIds[0]!, speech);
    await processAnswer(deps, queued[0]!);
    const answer = (await getAnswer(t.db, user.id, answerIds[0]!))!;
    expect(answer.status).toBe("ready");
    expect(answer.durationMs).toBeGreaterThan(5000);
    const waveform = answer.waveform!;
    expect(waveform.length).toBeGreaterThan(900);
    const metrics = answer.metrics!;
    expect(metrics.thinkingTimeMs).toBeGreaterThan(1000);
    expect(metrics.pauses.longestMs).toBeGreaterThan(1500);
    expect(answer.score).not.toBeNull();
    expect(answer.feedback!.items.length).toBeGreaterThan(0);
    expect(answer.transcript).toBeNull(); // no STT configured: nothing is invented
  });

  it("recomputes transcript-based metrics when the user types the transcript", async () => {
    expect(await saveUserTranscript(t.db, user.id, answerIds[0]!, TEXT)).toBe(true);
    await processAnswer(deps, answerIds[0]!);
    const answer = (await getAnswer(t.db, user.id, answerIds[0]!))!;
    const metrics = answer.metrics!;
    expect(answer.transcriptSource).toBe("user");
    expect(metrics.wordsPerMinute).toBeGreaterThan(60);
    expect(metrics.fillers.count).toBe(2);
  });

  it("uses a configured speech-to-text provider and keeps its word timings for quotes", async () => {
    const queued = await upload(answerIds[1]!, speech);
    const words = TEXT.split(" ").map((word, i) => ({ word, startMs: 1200 + i * 300, endMs: 1450 + i * 300 }));
    await processAnswer({ ...deps, transcribe: async () => ({ text: TEXT, words, segments: [], wordTimings: "exact" }) }, queued[0]!);
    const answer = (await getAnswer(t.db, user.id, answerIds[1]!))!;
    expect(answer.transcriptSource).toBe("stt");
    const fillerItems = answer.feedback!.items.filter((i) => i.metric === "fillers" && i.atMs !== undefined);
    expect(fillerItems.length).toBe(2);
  });

  it("marks corrupt audio failed at once (no retry) and keeps the recording", async () => {
    // WebM magic bytes (so the upload accepts it) followed by garbage the decoder cannot read.
    const corrupt = new Uint8Array(4096).map((_, i) => (i * 37) % 251);
    corrupt.set([0x1a, 0x45, 0xdf, 0xa3]);
    const queued = await upload(answerIds[2]!, corrupt);
    await processAnswer(deps, queued[0]!);
    const answer = (await getAnswer(t.db, user.id, answerIds[2]!))!;
    expect(answer.status).toBe("failed");
    expect(answer.error).toMatch(/./);
    expect(answer.storageKey).not.toBeNull();
  });

  it("rethrows transient failures so the queue retries, and fails after the last attempt", async () => {
    const queued = await upload(answerIds[2]!, speech).catch(async () => {
      // the failed answer can be re-recorded
      return [answerIds[2]!];
    });
    const flaky = { ...deps, storage: { ...deps.storage, get: async () => Promise.reject(new Error("storage unavailable")) }, maxAttempts: 2 };
    await expect(processAnswer(flaky, queued[0]!)).rejects.toThrow("storage unavailable");
    expect((await getAnswer(t.db, user.id, answerIds[2]!))!.status).toBe("processing");
    await processAnswer(flaky, queued[0]!); // second attempt = last
    const answer = (await getAnswer(t.db, user.id, answerIds[2]!))!;
    expect(answer.status).toBe("failed");
    expect(answer.error).toMatch(/kept failing/);
  });
});

const STORY =
  "At my last job our team was split over a rewrite, and a colleague and I kept clashing in code reviews. My goal was to ship the redesign without the tension slowing us down. I asked him for a one-on-one over coffee and listened first to understand his concerns. I suggested we focus on the shared goal and the facts. As a result our reviews went from days to hours and we shipped on time. I learned that conflict often hides a worry, and since then I talk to people directly.";

describe.skipIf(!hasEspeak()).each(databaseKinds)("spoken answers without typing on %s", (kind) => {
  let t: TestDatabase;
  let root: string;
  let deps: PipelineDeps;
  let user: { id: string; plan: "free" | "pro" };
  let interviewId: string;
  let answerIds: string[];
  let speech: Uint8Array;
  const temp = makeTempDir();
  const question = getBankQuestion("bh-conflict-with-teammate")!;
  // The browser's final results for the take: times from the recording start.
  const browserSegments = STORY.split(/(?<=\.) /).map((text, i) => ({ text, startMs: 1200 + i * 2500, endMs: 3400 + i * 2500 }));

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    root = mkdtempSync(path.join(tmpdir(), "darasa-spoken-"));
    user = await makeUser(t.db, "free");
    const job = await makeJob(t.db, user.id);
    const interview = await createInterview(t.db, {
      userId: user.id,
      jobInfoId: job.id,
      kind: "behavioural",
      questions: [1, 2, 3, 4].map(() => ({ text: question.question, bankQuestionId: question.id })),
    });
    interviewId = interview.id;
    answerIds = (await listAnswerSummaries(t.db, user.id, interviewId)).map((a) => a.id);
    deps = { db: t.db, storage: createLocalStorage(root), log: pino({ level: "silent" }), producersFor: () => [insightsProducer()] };
    speech = insertSilence(espeakWav({ wpm: 160, voice: "en-us", text: STORY, dir: temp.dir }), 0, 1200);
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
    temp.cleanup();
  });

  async function upload(answerId: string, keepBrowserTranscript: boolean) {
    const queued: string[] = [];
    const accepted = await uploadRecording(
      { db: t.db, storage: deps.storage, user, enqueue: async (id) => void queued.push(id) },
      { interviewId, answerId, contentLength: speech.byteLength, body: new Blob([speech as BlobPart]).stream(), keepBrowserTranscript },
    );
    expect(accepted).toEqual({ answerId, status: "processing" });
    return queued[0]!;
  }

  const browserTiming = () => ({ segments: browserSegments, words: interpolateWords(browserSegments), wordTimings: "interpolated" as const });

  it("keeps the browser's transcript of the take and grades what was said, with quotes placed in the audio", async () => {
    expect(await saveBrowserTranscript(t.db, user.id, interviewId, answerIds[0]!, { text: STORY, timing: browserTiming() })).toBe(true);
    await processAnswer(deps, await upload(answerIds[0]!, true));
    const answer = (await getAnswer(t.db, user.id, answerIds[0]!))!;
    expect(answer.status).toBe("ready");
    expect(answer.transcriptSource).toBe("browser");
    expect(answer.transcript).toBe(STORY);
    const metrics = answer.metrics!;
    expect(metrics.wordsPerMinute).toBeGreaterThan(100);
    const content = answer.contentFeedback!;
    expect(content.source).toBe("insights");
    expect(answer.contentRating).toBe(content.rating);
    expect(content.rating).toBeGreaterThanOrEqual(6);
    const timed = content.strengths.filter((s) => s.atMs !== undefined);
    expect(timed.length).toBeGreaterThan(0);
    for (const s of timed) expect(s.atMs!).toBeLessThanOrEqual(answer.durationMs!);
  });

  it("a re-recording without a new browser transcript drops the old take's transcript", async () => {
    await processAnswer(deps, await upload(answerIds[0]!, false));
    const answer = (await getAnswer(t.db, user.id, answerIds[0]!))!;
    expect(answer.transcript).toBeNull();
    expect(answer.transcriptSource).toBeNull();
    expect(answer.contentFeedback).toBeNull();
    expect(answer.contentRating).toBeNull();
  });

  it("refuses a browser transcript while the answer is being analysed, and another user's answer", async () => {
    await upload(answerIds[1]!, false); // processing, not yet analysed
    expect(await saveBrowserTranscript(t.db, user.id, interviewId, answerIds[1]!, { text: "x", timing: browserTiming() })).toBe(false);
    const stranger = await makeUser(t.db, "free");
    expect(await saveBrowserTranscript(t.db, stranger.id, interviewId, answerIds[2]!, { text: "x", timing: browserTiming() })).toBe(false);
    await processAnswer(deps, answerIds[1]!);
  });

  it("prefers server speech-to-text over the browser's transcript, with its exact word timings clamped to the audio", async () => {
    expect(await saveBrowserTranscript(t.db, user.id, interviewId, answerIds[2]!, { text: "browser words", timing: browserTiming() })).toBe(true);
    const words = STORY.split(" ").map((word, i) => ({ word, startMs: 1200 + i * 330, endMs: 1500 + i * 330 }));
    words.push({ word: "beyond", startMs: 10_000_000, endMs: 10_000_500 });
    await processAnswer({ ...deps, transcribe: async () => ({ text: STORY, words, segments: [], wordTimings: "exact" }) }, await upload(answerIds[2]!, true));
    const answer = (await getAnswer(t.db, user.id, answerIds[2]!))!;
    expect(answer.transcriptSource).toBe("stt");
    expect(answer.transcript).toBe(STORY);
    const timing = answer.transcriptTiming!;
    expect(timing.wordTimings).toBe("exact");
    expect(Math.max(...timing.words.map((w) => w.endMs))).toBeLessThanOrEqual(answer.durationMs!);
  });

  it("a failing speech-to-text is retried by the queue, then the browser transcript is used with a note", async () => {
    expect(await saveBrowserTranscript(t.db, user.id, interviewId, answerIds[3]!, { text: STORY, timing: browserTiming() })).toBe(true);
    const queued = await upload(answerIds[3]!, true);
    const failing: PipelineDeps = {
      ...deps,
      maxAttempts: 2,
      transcribe: async () => {
        throw new SttError("Speech-to-text is unavailable right now.", true);
      },
    };
    await expect(processAnswer(failing, queued)).rejects.toThrow(/unavailable/);
    expect((await getAnswer(t.db, user.id, answerIds[3]!))!.status).toBe("processing");
    await processAnswer(failing, queued); // last attempt
    const answer = (await getAnswer(t.db, user.id, answerIds[3]!))!;
    expect(answer.status).toBe("ready");
    expect(answer.transcriptSource).toBe("browser");
    expect(answer.feedback!.notes!.join(" ")).toMatch(/speech-to-text was unavailable/i);
    expect(answer.contentRating).not.toBeNull();
  });

  it("keeps the delivery analysis when the grader fails, and says so", async () => {
    expect(await saveUserTranscript(t.db, user.id, answerIds[3]!, STORY)).toBe(true);
    const broken: PipelineDeps = {
      ...deps,
      producersFor: () => [
        {
          ...insightsProducer(),
          model: {
            ...insightsProducer().model,
            doGenerate: async () => {
              throw new Error("model down");
            },
          },
        },
      ],
    };
    await processAnswer(broken, answerIds[3]!);
    const answer = (await getAnswer(t.db, user.id, answerIds[3]!))!;
    expect(answer.status).toBe("ready");
    expect(answer.transcriptSource).toBe("user");
    expect(answer.score).not.toBeNull();
    expect(answer.contentFeedback).toBeNull();
    expect(answer.feedback!.notes!.join(" ")).toMatch(/Content feedback could not be produced/);
  });
  it("falls back to the rubric when the AI grader's answer is unusable, and says so", async () => {
    const { MockLanguageModelV4 } = await import("ai/test");
    const garbage = new MockLanguageModelV4({
      doGenerate: async () => ({
        content: [{ type: "text", text: '{"rating": 500, "summary": 3}' }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } },
        warnings: [],
      }),
    });
    const { updateSettings } = await import("@/features/users/db");
    await updateSettings(t.db, user.id, { name: "Spoken", aiProvider: "gemini", webhookUrl: null });
    expect(await saveUserTranscript(t.db, user.id, answerIds[3]!, STORY)).toBe(true);
    const garbageLlm = { id: "gemini" as const, kind: "llm" as const, label: "Garbage LLM", model: garbage };
    await processAnswer(
      { ...deps, producersFor: (preference) => (preference === "insights" ? [insightsProducer()] : [garbageLlm, insightsProducer()]) },
      answerIds[3]!,
    );
    const answer = (await getAnswer(t.db, user.id, answerIds[3]!))!;
    expect(answer.contentFeedback!.source).toBe("insights");
    expect(garbage.doGenerateCalls).toHaveLength(2); // the unusable answer was asked for once more before the rubric graded
    expect(answer.contentRating).toBeGreaterThanOrEqual(1);
    expect(answer.contentRating).toBeLessThanOrEqual(10);
    expect(answer.feedback!.notes!.join(" ")).toMatch(/rubric's analysis/);
    await updateSettings(t.db, user.id, { name: "Spoken", aiProvider: null, webhookUrl: null });
  });

  it("counts the speaker's own filler words from the speaking profile", async () => {
    const { updateSpeakingProfile } = await import("@/features/users/db");
    const count = async () => {
      expect(await saveUserTranscript(t.db, user.id, answerIds[3]!, STORY)).toBe(true);
      await processAnswer(deps, answerIds[3]!);
      return (await getAnswer(t.db, user.id, answerIds[3]!))!.metrics!.fillers.count;
    };
    const before = await count();
    expect(before).toEqual(expect.any(Number)); // counted: the answer has a transcript
    await updateSpeakingProfile(t.db, user.id, { speechLanguage: "en-GB", cloudRecognition: false, extraFillers: ["coffee", "since then"] });
    expect(await count()).toBe(before! + 2);
  });

  it("reads the delivery measures of the user's analysed answers for the personal baseline, owner only", async () => {
    const samples = await getDeliverySamples(t.db, user.id);
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.some((s) => typeof s.paceWpm === "number" && s.paceWpm > 60)).toBe(true);
    expect(samples.every((s) => s.longestPause === null || typeof s.longestPause === "number")).toBe(true);
    const stranger = await makeUser(t.db, "free");
    expect(await getDeliverySamples(t.db, stranger.id)).toEqual([]);
  });

  it("recording again keeps the analysed take with its recording; deleting the take deletes its file; deleting the interview deletes every file", async () => {
    const before = (await getAnswer(t.db, user.id, answerIds[2]!))!;
    expect(before.status).toBe("ready");
    await processAnswer(deps, await upload(answerIds[2]!, false));
    const takes = await listTakes(t.db, user.id, answerIds[2]!);
    expect(takes).toHaveLength(1);
    const take = (await getTake(t.db, user.id, takes[0]!.id))!;
    expect(take.storageKey).toBe(before.storageKey);
    expect(take.score).toBe(before.score);
    expect(take.transcriptSource).toBe("stt");
    const latest = (await getAnswer(t.db, user.id, answerIds[2]!))!;
    expect(latest.storageKey).not.toBe(before.storageKey);
    // Both recordings exist; another user can neither read nor delete the take.
    await expect(deps.storage.stat(take.storageKey)).resolves.not.toBeNull();
    const stranger = await makeUser(t.db, "free");
    expect(await getTake(t.db, stranger.id, take.id)).toBeUndefined();
    expect(await deleteTake(t.db, stranger.id, take.id)).toBe(false);
    // A second re-record adds a second take; the owner deletes one of them.
    await processAnswer(deps, await upload(answerIds[2]!, false));
    const two = await listTakes(t.db, user.id, answerIds[2]!);
    expect(two).toHaveLength(2);
    expect(await removeTake(t.db, deps.storage, user.id, take.id)).toBe(true);
    await expect(deps.storage.stat(take.storageKey)).resolves.toBeNull();
    const remaining = (await getTake(t.db, user.id, two.find((x) => x.id !== take.id)!.id))!;
    expect(await removeInterview(t.db, deps.storage, user.id, interviewId)).toBe(true);
    await expect(deps.storage.stat(remaining.storageKey)).resolves.toBeNull();
    await expect(deps.storage.stat(latest.storageKey!)).resolves.toBeNull();
  });
});

describe.skipIf(!hasEspeak())("completion webhook", () => {
  it("posts an HMAC-signed notification to the user's endpoint when an answer is analysed", async () => {
    const { createServer } = await import("node:http");
    const { updateSettings, getUser } = await import("@/features/users/db");
    const { signWebhook } = await import("@/services/webhooks/outgoing");
    process.env.DARASA_ALLOW_HTTP_WEBHOOKS = "1"; // the receiver is plain http on loopback: allowed only with this dev flag
    const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const port = (receiver.address() as { port: number }).port;
    const t = await createTestDatabase("pglite");
    const root = mkdtempSync(path.join(tmpdir(), "darasa-hook-"));
    const temp = makeTempDir();
    try {
      const user = await makeUser(t.db, "free");
      await updateSettings(t.db, user.id, { name: "Hook", aiProvider: null, webhookUrl: `http://127.0.0.1:${port}/hook` });
      const secret = (await getUser(t.db, user.id))!.webhookSecret!;
      expect(secret).toMatch(/^whsec_/);
      const job = await makeJob(t.db, user.id);
      const interview = await createInterview(t.db, { userId: user.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
      const [answer] = await listAnswerSummaries(t.db, user.id, interview.id);
      const storage = createLocalStorage(root);
      const wav = espeakWav({ wpm: 150, voice: "en-us", text: "I would stabilise first and then fix the cause.", dir: temp.dir });
      await uploadRecording(
        { db: t.db, storage, user, enqueue: async () => {} },
        { interviewId: interview.id, answerId: answer!.id, contentLength: wav.byteLength, body: new Blob([wav as BlobPart]).stream() },
      );
      await processAnswer({ db: t.db, storage, log: pino({ level: "silent" }), producersFor: () => [insightsProducer()] }, answer!.id);
      expect(received).toHaveLength(1);
      const [delivery] = received;
      const timestamp = Number(delivery!.headers["x-darasa-timestamp"]);
      expect(delivery!.headers["x-darasa-signature"]).toBe(signWebhook(secret, timestamp, delivery!.body));
      expect(delivery!.headers["x-darasa-signature"]).not.toBe(signWebhook("whsec_wrong", timestamp, delivery!.body));
      expect(JSON.parse(delivery!.body)).toMatchObject({ event: "interview.answer.analysed", answerId: answer!.id, status: "ready" });
    } finally {
      receiver.close();
      await t.dispose();
      rmSync(root, { recursive: true, force: true });
      temp.cleanup();
    }
  });
});
