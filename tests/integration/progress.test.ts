import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewAnswers, liveInterviews } from "@/drizzle/schema";
import { createInterview } from "@/features/interviews/db";
import { reserveLiveInterview } from "@/features/liveInterviews/db";
import { getDrillInput, getJobProgress, getPlanData } from "@/features/progress/db";
import { insertResumeAnalysis } from "@/features/resumeAnalyses/db";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { insertReadyQuestions, makeJob, makeUser } from "../support/questionFactories";
import { makeLiveMetrics, makeResumeReport, makeSpeechMetrics, makeTurn } from "../support/storedJson";

describe.each(databaseKinds)("progress per job on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t?.dispose());

  it("collects each kind of score for the owner's job, oldest first, and nothing for anyone else", async () => {
    const [alice, bob] = [await makeUser(t.db, "pro"), await makeUser(t.db, "pro")];
    const job = await makeJob(t.db, alice.id);
    const otherJob = await makeJob(t.db, alice.id, { name: "Other job" });
    const day = (d: number) => new Date(Date.UTC(2026, 10, d));
    await insertReadyQuestions(t.db, alice.id, job.id, 1, { rating: 7, answeredAt: day(3), feedbackSource: "insights" });
    await insertReadyQuestions(t.db, alice.id, job.id, 1, { rating: 4, answeredAt: day(1), feedbackSource: "insights" });
    await insertReadyQuestions(t.db, alice.id, job.id, 1); // asked, never graded
    await insertReadyQuestions(t.db, alice.id, otherJob.id, 1, { rating: 9, answeredAt: day(2), feedbackSource: "insights" });

    const interview = await createInterview(t.db, {
      userId: alice.id,
      jobInfoId: job.id,
      questions: [1, 2, 3].map((n) => ({ text: `Q${n}`, bankQuestionId: null })),
    });
    const answers = await t.db.select().from(interviewAnswers).where(eq(interviewAnswers.interviewId, interview.id));
    await t.db.update(interviewAnswers).set({ score: 70 }).where(eq(interviewAnswers.id, answers[0]!.id));
    await t.db.update(interviewAnswers).set({ score: 81 }).where(eq(interviewAnswers.id, answers[1]!.id));

    const live = await reserveLiveInterview(t.db, { userId: alice.id, jobInfoId: job.id, monthlyLimit: null });
    if (!live.ok) throw new Error("reserve failed");
    await t.db.update(liveInterviews).set({ score: 64, feedbackSource: "insights" }).where(eq(liveInterviews.id, live.interview.id));
    await reserveLiveInterview(t.db, { userId: alice.id, jobInfoId: job.id, monthlyLimit: null }); // no score yet

    await insertResumeAnalysis(t.db, {
      userId: alice.id,
      jobInfoId: job.id,
      fileName: "cv.pdf",
      fileType: "pdf",
      fileSize: 10,
      storageKey: "resumes/x.pdf",
      resumeText: "resume",
      report: makeResumeReport(),
      overallScore: 58,
      matchRate: 0.5,
    });

    const progress = await getJobProgress(t.db, alice.id, job.id);
    expect(progress.questionRatings.map((p) => p.value)).toEqual([4, 7]);
    expect(progress.questionRatings.every((p) => p.source === "insights")).toBe(true);
    expect(progress.recordedDelivery.map((p) => p.value)).toEqual([76]); // round(mean(70, 81))
    expect(progress.liveScores.map((p) => p.value)).toEqual([64]);
    expect(progress.resumeScores.map((p) => p.value)).toEqual([58]);

    const stranger = await getJobProgress(t.db, bob.id, job.id);
    expect(stranger).toEqual({ questionRatings: [], recordedDelivery: [], liveScores: [], resumeScores: [] });
    expect(await getJobProgress(t.db, alice.id, "not-a-uuid")).toEqual({ questionRatings: [], recordedDelivery: [], liveScores: [], resumeScores: [] });
  });

  it("gathers drill measures from the owner's analysed answers, live calls and rated bank questions", async () => {
    const [alice, bob] = [await makeUser(t.db, "pro"), await makeUser(t.db, "pro")];
    const job = await makeJob(t.db, alice.id);
    const interview = await createInterview(t.db, { userId: alice.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
    const [answer] = await t.db.select().from(interviewAnswers).where(eq(interviewAnswers.interviewId, interview.id));
    const metrics = makeSpeechMetrics({
      wordsPerMinute: 182,
      estimatedWordsPerMinute: 170,
      fillers: { count: 9, perMinute: 7.5 },
      pauses: { longestMs: 4200 },
      thinkingTimeMs: 2100,
    });
    await t.db.update(interviewAnswers).set({ status: "ready", metrics, processedAt: new Date() }).where(eq(interviewAnswers.id, answer!.id));
    const live = await reserveLiveInterview(t.db, { userId: alice.id, jobInfoId: job.id, monthlyLimit: null });
    if (!live.ok) throw new Error("reserve failed");
    await t.db
      .update(liveInterviews)
      .set({ status: "ready", metrics: makeLiveMetrics({ medianWordsPerMinute: 150, fillersPerMinute: 6.2 }) })
      .where(eq(liveInterviews.id, live.interview.id));
    const [rated] = await insertReadyQuestions(t.db, alice.id, job.id, 1, {
      rating: 3,
      answeredAt: new Date(),
      bankQuestionId: "da-where-vs-having",
      feedbackSource: "insights",
    });

    const input = await getDrillInput(t.db, alice.id, job.id);
    expect(input.wordsPerMinute.sort()).toEqual([150, 182]);
    expect(input.fillersPerMinute.sort()).toEqual([6.2, 7.5]);
    expect(input.longestPauseSeconds).toEqual([4.2]);
    expect(input.thinkingSeconds).toEqual([2.1]);
    expect(input.topics).toHaveLength(1);
    expect(input.topics[0]!.ratings).toEqual([3]);
    // The drill's link preselects the question: its id travels with its rating.
    expect(input.topics[0]!.questions).toEqual([{ id: rated!.id, rating: 3 }]);

    const stranger = await getDrillInput(t.db, bob.id, job.id);
    expect(stranger).toEqual({ wordsPerMinute: [], fillersPerMinute: [], longestPauseSeconds: [], thinkingSeconds: [], topics: [] });
  });

  it("counts the plan's activity and gathers the owner's practice texts", async () => {
    const [alice, bob] = [await makeUser(t.db, "pro"), await makeUser(t.db, "pro")];
    const job = await makeJob(t.db, alice.id);
    await insertReadyQuestions(t.db, alice.id, job.id, 1, { rating: 6, answer: "Kafka partitions keep order per key.", bankQuestionId: "da-where-vs-having" });
    const behaviouralId = (await import("@/insights/questionBank")).questionBank.find((q) => q.kind === "behavioural")!.id;
    await insertReadyQuestions(t.db, alice.id, job.id, 1, { rating: 7, answer: "I led the incident review.", bankQuestionId: behaviouralId });
    await insertReadyQuestions(t.db, alice.id, job.id, 1); // asked, not graded
    const interview = await createInterview(t.db, { userId: alice.id, jobInfoId: job.id, questions: [{ text: "Q", bankQuestionId: null }] });
    await t.db.update(interviewAnswers).set({ transcript: "We ran PostgreSQL with replicas." }).where(eq(interviewAnswers.interviewId, interview.id));
    const { interviews } = await import("@/drizzle/schema");
    await t.db.update(interviews).set({ status: "completed", notes: "Slow down." }).where(eq(interviews.id, interview.id));
    const live = await reserveLiveInterview(t.db, { userId: alice.id, jobInfoId: job.id, monthlyLimit: null });
    if (!live.ok) throw new Error("reserve failed");
    await t.db
      .update(liveInterviews)
      .set({
        humeChatId: `chat-${live.interview.id}`,
        status: "ready",
        transcript: [makeTurn("interviewer", "Tell me about Kubernetes."), makeTurn("candidate", "I upgraded our Kubernetes clusters.", 3_000)],
      })
      .where(eq(liveInterviews.id, live.interview.id));
    await insertResumeAnalysis(t.db, {
      userId: alice.id,
      jobInfoId: job.id,
      fileName: "a.pdf",
      fileType: "pdf",
      fileSize: 1,
      storageKey: "k1",
      resumeText: "old resume",
      report: makeResumeReport(),
      overallScore: 1,
      matchRate: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await insertResumeAnalysis(t.db, {
      userId: alice.id,
      jobInfoId: job.id,
      fileName: "b.pdf",
      fileType: "pdf",
      fileSize: 1,
      storageKey: "k2",
      resumeText: "new resume",
      report: makeResumeReport(),
      overallScore: 2,
      matchRate: 0,
    });

    const plan = await getPlanData(t.db, alice.id, job.id);
    expect(plan.activity).toEqual({ behaviouralGraded: 1, technicalGraded: 1, interviewsAnalysed: 2, interviewsWithNotes: 1, resumesAnalysed: 2 });
    expect(plan.resumeText).toBe("new resume");
    expect(plan.practice).toEqual(
      expect.arrayContaining([
        { source: "answer", text: "Kafka partitions keep order per key." },
        { source: "recorded", text: "We ran PostgreSQL with replicas." },
        { source: "live", text: "I upgraded our Kubernetes clusters." },
      ]),
    );
    expect(plan.practice.some((p) => p.text === "Tell me about Kubernetes.")).toBe(false);

    const stranger = await getPlanData(t.db, bob.id, job.id);
    expect(stranger.practice).toEqual([]);
    expect(stranger.resumeText).toBeNull();
    expect(stranger.activity.resumesAnalysed).toBe(0);
  });
});
