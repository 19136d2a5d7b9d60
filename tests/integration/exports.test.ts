import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewAnswers, interviews, liveInterviews } from "@/drizzle/schema";
import { createInterview } from "@/features/interviews/db";
import { getRecordedInterviewDocument } from "@/features/interviews/exportDocument";
import { getJobPreparationDocument } from "@/features/jobInfos/preparationExport";
import { reserveLiveInterview } from "@/features/liveInterviews/db";
import { getLiveInterviewDocument } from "@/features/liveInterviews/exportDocument";
import { computeLiveMetrics } from "@/features/liveInterviews/metrics";
import { insertResumeAnalysis } from "@/features/resumeAnalyses/db";
import { markdownToPdf } from "@/lib/markdownPdf";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { insertReadyQuestions, makeJob, makeUser } from "../support/questionFactories";
import { makeResumeReport, makeSpeechMetrics, makeTurn } from "../support/storedJson";

/** The export documents as the routes send them, read from a real database: the owner's only, and complete. */
describe.each(databaseKinds)("export documents on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t?.dispose());

  async function seed() {
    const [alice, bob] = [await makeUser(t.db, "pro"), await makeUser(t.db, "pro")];
    const job = await makeJob(t.db, alice.id, { name: "Ledger team" });
    const breakdown = [
      { part: "coverage", score: 0.75, weight: 0.6, explanation: "3 of 4 key points fully covered." },
      { part: "length", score: 1, weight: 0.1, explanation: "About the right length." },
    ];
    await insertReadyQuestions(t.db, alice.id, job.id, 1, {
      text: "How do you keep a ledger consistent?",
      answer: "Double-entry rows written in one transaction.",
      answeredAt: new Date(),
      rating: 7,
      feedbackSource: "insights",
      feedback: {
        rating: 7,
        summary: "Solid on atomicity.",
        strengths: [{ point: "Atomic writes", quote: "one transaction" }],
        gaps: [],
        modelAnswer: "Double entry, one transaction.",
        breakdown,
      },
    });
    const interview = await createInterview(t.db, {
      userId: alice.id,
      jobInfoId: job.id,
      kind: "technical",
      questions: [{ text: "Explain idempotency.", bankQuestionId: null }],
    });
    await t.db.update(interviews).set({ notes: "Mention the retry window." }).where(eq(interviews.id, interview.id));
    await t.db
      .update(interviewAnswers)
      .set({
        status: "ready",
        processedAt: new Date(),
        durationMs: 30_000,
        score: 80,
        transcript: "An idempotent request can be repeated safely.",
        transcriptSource: "browser",
        metrics: makeSpeechMetrics({
          wordsPerMinute: 140,
          scores: {
            pace: { value: 140, band: { low: 120, high: 160 }, score: 100, verdict: "within", explanation: "A steady pace." },
            fillers: null,
            thinkingTime: null,
            longestPause: null,
            pitchVariability: null,
            aggregate: 80,
          },
        }),
        feedback: { engine: "insights", items: [{ type: "strength", metric: "pace", message: "Your pace is easy to follow." }] },
        contentFeedback: {
          source: "insights",
          rating: 8,
          summary: "Defines it well.",
          strengths: [],
          gaps: [],
          modelAnswer: "Same result however often.",
          breakdown,
        },
        contentRating: 8,
      })
      .where(eq(interviewAnswers.interviewId, interview.id));
    const live = await reserveLiveInterview(t.db, { userId: alice.id, jobInfoId: job.id, monthlyLimit: null });
    if (!live.ok) throw new Error("reserve failed");
    const turns = [makeTurn("interviewer", "Why this team?"), makeTurn("candidate", "Because ledgers must never lose a cent.", 6_000)];
    await t.db
      .update(liveInterviews)
      .set({
        humeChatId: `chat-${live.interview.id}`,
        status: "ready",
        durationMs: 60_000,
        score: 70,
        transcript: turns,
        metrics: computeLiveMetrics(turns, 60_000),
        feedback: {
          source: "insights",
          summary: "Short and clear.",
          droppedUngrounded: 0,
          categories: [{ name: "Motivation", score: 7, explanation: "Specific.", strengths: [], improvements: [] }],
        },
        notes: "Smile more.",
      })
      .where(eq(liveInterviews.id, live.interview.id));
    await insertResumeAnalysis(t.db, {
      userId: alice.id,
      jobInfoId: job.id,
      fileName: "cv.pdf",
      fileType: "pdf",
      fileSize: 1,
      storageKey: "k",
      resumeText: "r",
      report: makeResumeReport(),
      overallScore: 55,
      matchRate: 0.5,
    });
    return { alice, bob, job, interviewId: interview.id, liveId: live.interview.id };
  }

  it("each document holds what its page shows, and only for its owner", async () => {
    const { alice, bob, job, interviewId, liveId } = await seed();

    const recorded = await getRecordedInterviewDocument(t.db, alice.id, interviewId);
    expect(recorded?.filename).toMatch(/^recorded-interview-\d{4}-\d{2}-\d{2}$/);
    expect(recorded?.markdown).toContain("**Overall 80/100** = 60% content (8/10 → 80) + 40% delivery (80)");
    expect(recorded?.markdown).toContain("- Transcript source: Recognised by your browser while you spoke");
    expect(recorded?.markdown).toContain("An idempotent request can be repeated safely.");
    expect(recorded?.markdown).toContain("| coverage | 75% | 0.6 | 0.45 |");
    expect(recorded?.markdown).toContain("| Pace | 140 wpm | 120–160 | within the norm | 100/100 |");
    expect(recorded?.markdown).toContain("Mention the retry window.");

    const live = await getLiveInterviewDocument(t.db, alice.id, liveId);
    expect(live?.markdown).toContain("- Overall: 70/100 = the mean of the 1 category scores out of 10 (Motivation 7) × 10");
    expect(live?.markdown).toContain("Smile more.");
    expect(live?.markdown).toContain("**You** (0:06): Because ledgers must never lose a cent.");

    const preparation = await getJobPreparationDocument(t.db, alice.id, job.id);
    expect(preparation?.filename).toBe("darasa-ledger-team");
    for (const phrase of [
      "**Your answer:** Double-entry rows written in one transaction.",
      "| coverage | 75% | 0.6 | 0.45 | 3 of 4 key points fully covered. |",
      "## Recorded interview — ",
      "Mention the retry window.",
      "## Live interview — ",
      "Smile more.",
      "### cv.pdf — ",
      "## Progress",
      "### Resume match",
    ]) {
      expect(preparation?.markdown).toContain(phrase);
    }
    const pdf = await getDocumentProxy(await markdownToPdf(preparation!.markdown, { title: preparation!.title }));
    const flat = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    for (const phrase of [
      "Double-entry rows written in one transaction.",
      "coverage: 75%: 0.6: 0.45",
      "Mention the retry window.",
      "Smile more.",
      "You (0:06): Because ledgers must never lose a cent.",
    ]) {
      expect(flat).toContain(phrase);
    }

    expect(await getRecordedInterviewDocument(t.db, bob.id, interviewId)).toBeUndefined();
    expect(await getLiveInterviewDocument(t.db, bob.id, liveId)).toBeUndefined();
    expect(await getJobPreparationDocument(t.db, bob.id, job.id)).toBeUndefined();
    expect(await getJobPreparationDocument(t.db, alice.id, "not-a-uuid")).toBeUndefined();
  });
});
