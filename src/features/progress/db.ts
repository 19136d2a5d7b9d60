import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { interviewAnswers, interviews, liveInterviews, questions, resumeAnalyses } from "@/drizzle/schema";
import { getBankQuestion } from "@/insights/questionBank";
import { isUuid } from "@/lib/ids";
import type { DeliverySample } from "@/progress/baseline";
import type { DrillInput } from "@/progress/drills";
import type { PracticeText } from "@/progress/skillsInventory";

/** How many recent results drills look at. */
const RECENT_ANSWERS = 10;
const RECENT_LIVE = 5;

export type ProgressPoint = { id: string; at: Date; value: number; source?: "llm" | "insights" | null };

export type JobProgress = {
  questionRatings: ProgressPoint[];
  recordedDelivery: ProgressPoint[];
  liveScores: ProgressPoint[];
  resumeScores: ProgressPoint[];
};

/** Every score the user earned for one job, oldest first (owner id in every WHERE). */
export async function getJobProgress(db: DbOrTx, userId: string, jobInfoId: string): Promise<JobProgress> {
  if (!isUuid(jobInfoId)) return { questionRatings: [], recordedDelivery: [], liveScores: [], resumeScores: [] };
  const [questionRows, recordedRows, liveRows, resumeRows] = await Promise.all([
    db
      .select({ id: questions.id, at: questions.answeredAt, value: questions.rating, source: questions.feedbackSource })
      .from(questions)
      .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), isNotNull(questions.rating), isNotNull(questions.answeredAt)))
      .orderBy(asc(questions.answeredAt)),
    // One point per interview: the mean delivery score of its analysed answers.
    db
      .select({
        id: interviews.id,
        at: interviews.createdAt,
        value: sql<number>`round(avg(${interviewAnswers.score}))::int`,
      })
      .from(interviews)
      .innerJoin(interviewAnswers, eq(interviewAnswers.interviewId, interviews.id))
      .where(and(eq(interviews.userId, userId), eq(interviews.jobInfoId, jobInfoId), isNotNull(interviewAnswers.score)))
      .groupBy(interviews.id)
      .orderBy(asc(interviews.createdAt)),
    db
      .select({ id: liveInterviews.id, at: liveInterviews.createdAt, value: liveInterviews.score, source: liveInterviews.feedbackSource })
      .from(liveInterviews)
      .where(and(eq(liveInterviews.userId, userId), eq(liveInterviews.jobInfoId, jobInfoId), isNotNull(liveInterviews.score)))
      .orderBy(asc(liveInterviews.createdAt)),
    db
      .select({ id: resumeAnalyses.id, at: resumeAnalyses.createdAt, value: resumeAnalyses.overallScore })
      .from(resumeAnalyses)
      .where(and(eq(resumeAnalyses.userId, userId), eq(resumeAnalyses.jobInfoId, jobInfoId)))
      .orderBy(asc(resumeAnalyses.createdAt)),
  ]);
  const points = <T extends { id: string; at: Date | null; value: number | null; source?: string | null }>(rows: T[]): ProgressPoint[] =>
    rows.flatMap((r) => (r.at && r.value !== null ? [{ id: r.id, at: r.at, value: r.value, source: (r.source as ProgressPoint["source"]) ?? null }] : []));
  return {
    questionRatings: points(questionRows),
    recordedDelivery: points(recordedRows),
    liveScores: points(liveRows),
    resumeScores: points(resumeRows),
  };
}

/**
 * One job's practice as the preparation plan and the drills read it: four
 * owner-scoped reads both share (every page of a job shows the next step, which
 * needs both). Only the few delivery figures drills use are read out of the
 * metrics documents, not the documents.
 */
export async function getPracticeRows(db: DbOrTx, userId: string, jobInfoId: string) {
  if (!isUuid(jobInfoId)) return null;
  // A number inside a metrics document, read by the database: `jsonb #>> path`, then float8.
  const metric = (column: typeof interviewAnswers.metrics | typeof liveInterviews.metrics, ...keys: string[]) =>
    sql<number | null>`(${column} #>> ${`{${keys.join(",")}}`}::text[])::float8`;
  const answerMetric = (...keys: string[]) => metric(interviewAnswers.metrics, ...keys);
  const liveMetric = (...keys: string[]) => metric(liveInterviews.metrics, ...keys);
  const [graded, answers, live, resumes] = await Promise.all([
    db
      .select({ id: questions.id, bankQuestionId: questions.bankQuestionId, answer: questions.answer, rating: questions.rating })
      .from(questions)
      .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), isNotNull(questions.rating))),
    db
      .select({
        interviewId: interviews.id,
        notes: interviews.notes,
        status: interviews.status,
        transcript: interviewAnswers.transcript,
        answerStatus: interviewAnswers.status,
        processedAt: interviewAnswers.processedAt,
        hasMetrics: sql<boolean>`${interviewAnswers.metrics} is not null`,
        wordsPerMinute: answerMetric("wordsPerMinute"),
        estimatedWordsPerMinute: answerMetric("estimatedWordsPerMinute"),
        fillersPerMinute: answerMetric("fillers", "perMinute"),
        longestPauseMs: answerMetric("pauses", "longestMs"),
        thinkingTimeMs: answerMetric("thinkingTimeMs"),
      })
      .from(interviews)
      .leftJoin(interviewAnswers, eq(interviewAnswers.interviewId, interviews.id))
      .where(and(eq(interviews.userId, userId), eq(interviews.jobInfoId, jobInfoId))),
    db
      .select({
        notes: liveInterviews.notes,
        status: liveInterviews.status,
        transcript: liveInterviews.transcript,
        humeChatId: liveInterviews.humeChatId,
        createdAt: liveInterviews.createdAt,
        medianWordsPerMinute: liveMetric("summary", "medianWordsPerMinute"),
        fillersPerMinute: liveMetric("summary", "fillersPerMinute"),
      })
      .from(liveInterviews)
      .where(and(eq(liveInterviews.userId, userId), eq(liveInterviews.jobInfoId, jobInfoId))),
    // The newest resume's text and how many there are: one row, not every stored resume text.
    db
      .select({ resumeText: resumeAnalyses.resumeText, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(resumeAnalyses)
      .where(and(eq(resumeAnalyses.userId, userId), eq(resumeAnalyses.jobInfoId, jobInfoId)))
      .orderBy(desc(resumeAnalyses.createdAt))
      .limit(1),
  ]);
  return { graded, answers, live, resumes };
}

export type PracticeRows = NonNullable<Awaited<ReturnType<typeof getPracticeRows>>>;

/** Newest first, unset times first (as ORDER BY … DESC puts NULLs). */
const newestFirst = (a: Date | null, b: Date | null) => (b?.getTime() ?? Infinity) - (a?.getTime() ?? Infinity) || 0;

/** The measures drills are chosen from: recent answers, recent live calls, ratings by topic. */
export function drillInputFrom(rows: PracticeRows | null): DrillInput {
  const input: DrillInput = { wordsPerMinute: [], fillersPerMinute: [], longestPauseSeconds: [], thinkingSeconds: [], topics: [] };
  if (!rows) return input;
  const answers = rows.answers
    .filter((a) => a.answerStatus === "ready")
    .sort((a, b) => newestFirst(a.processedAt, b.processedAt))
    .slice(0, RECENT_ANSWERS);
  for (const a of answers) {
    if (!a.hasMetrics) continue;
    const wpm = a.wordsPerMinute ?? a.estimatedWordsPerMinute;
    if (wpm) input.wordsPerMinute.push(wpm);
    if (a.fillersPerMinute !== null) input.fillersPerMinute.push(a.fillersPerMinute);
    input.longestPauseSeconds.push((a.longestPauseMs ?? 0) / 1000);
    if (a.thinkingTimeMs !== null) input.thinkingSeconds.push(a.thinkingTimeMs / 1000);
  }
  const live = rows.live
    .filter((l) => l.status === "ready")
    .sort((a, b) => newestFirst(a.createdAt, b.createdAt))
    .slice(0, RECENT_LIVE);
  for (const l of live) {
    if (l.medianWordsPerMinute !== null) input.wordsPerMinute.push(l.medianWordsPerMinute);
    if (l.fillersPerMinute !== null) input.fillersPerMinute.push(l.fillersPerMinute);
  }
  const byTopic = new Map<string, { id: string; rating: number }[]>();
  for (const { id, bankQuestionId, rating } of rows.graded) {
    const topic = bankQuestionId ? getBankQuestion(bankQuestionId)?.topic : undefined;
    if (topic && rating !== null) byTopic.set(topic, [...(byTopic.get(topic) ?? []), { id, rating }]);
  }
  input.topics = [...byTopic.entries()].map(([topic, rated]) => ({ topic, ratings: rated.map((q) => q.rating), questions: rated }));
  return input;
}

export async function getDrillInput(db: DbOrTx, userId: string, jobInfoId: string): Promise<DrillInput> {
  return drillInputFrom(await getPracticeRows(db, userId, jobInfoId));
}

export type PlanData = ReturnType<typeof planDataFrom>;

/** What the preparation plan reads: activity counts and the texts skills are looked for in. */
export function planDataFrom(rows: PracticeRows | null) {
  if (!rows) {
    return {
      activity: { behaviouralGraded: 0, technicalGraded: 0, interviewsAnalysed: 0, interviewsWithNotes: 0, resumesAnalysed: 0 },
      resumeText: null as string | null,
      practice: [] as PracticeText[],
    };
  }
  const { graded, answers, resumes } = rows;
  const live = rows.live.filter((l) => l.humeChatId !== null);
  const recorded = new Map<string, { notes: string | null; status: string }>();
  for (const a of answers) recorded.set(a.interviewId, { notes: a.notes, status: a.status });
  const behavioural = (id: string | null) => (id ? getBankQuestion(id)?.kind === "behavioural" : false);
  const practice: PracticeText[] = [
    ...graded.flatMap((q) => (q.answer ? [{ source: "answer" as const, text: q.answer }] : [])),
    ...answers.flatMap((a) => (a.transcript ? [{ source: "recorded" as const, text: a.transcript }] : [])),
    ...live.flatMap((l) => (l.transcript ?? []).flatMap((t) => (t.speaker === "candidate" ? [{ source: "live" as const, text: t.text }] : []))),
  ];
  const interviewsSeen = [...recorded.values()];
  return {
    activity: {
      behaviouralGraded: graded.filter((q) => behavioural(q.bankQuestionId)).length,
      technicalGraded: graded.filter((q) => !behavioural(q.bankQuestionId)).length,
      interviewsAnalysed: interviewsSeen.filter((i) => i.status === "completed").length + live.filter((l) => l.status === "ready").length,
      interviewsWithNotes: interviewsSeen.filter((i) => i.notes).length + live.filter((l) => l.notes).length,
      resumesAnalysed: resumes[0]?.total ?? 0,
    },
    resumeText: resumes[0]?.resumeText ?? null,
    practice,
  };
}

export async function getPlanData(db: DbOrTx, userId: string, jobInfoId: string): Promise<PlanData> {
  return planDataFrom(await getPracticeRows(db, userId, jobInfoId));
}

/** How many recent analysed answers (all jobs) the personal baseline uses. */
const BASELINE_ANSWERS = 30;

/**
 * The delivery measures of the user's recent analysed answers, newest first,
 * for the personal baseline (only the small score values are read, not the blobs).
 */
export async function getDeliverySamples(db: DbOrTx, userId: string, jobInfoId?: string): Promise<(DeliverySample & { id: string; at: Date })[]> {
  const value = (path: string) => sql<number | null>`(${interviewAnswers.metrics}->'scores'->${path}->>'value')::float8`;
  const rows = await db
    .select({
      id: interviewAnswers.id,
      at: interviewAnswers.processedAt,
      pace: value("pace"),
      wpm: sql<number | null>`(${interviewAnswers.metrics}->>'wordsPerMinute')::float8`,
      fillers: value("fillers"),
      thinkingTime: value("thinkingTime"),
      longestPause: value("longestPause"),
      pitchVariability: value("pitchVariability"),
    })
    .from(interviewAnswers)
    .innerJoin(interviews, eq(interviews.id, interviewAnswers.interviewId))
    .where(
      and(
        eq(interviewAnswers.userId, userId),
        eq(interviewAnswers.status, "ready"),
        isNotNull(interviewAnswers.processedAt),
        jobInfoId && isUuid(jobInfoId) ? eq(interviews.jobInfoId, jobInfoId) : undefined,
      ),
    )
    .orderBy(desc(interviewAnswers.processedAt))
    .limit(BASELINE_ANSWERS);
  return rows.map((r) => ({
    id: r.id,
    at: r.at!,
    paceWpm: r.wpm !== null ? r.pace : null,
    paceSyllables: r.wpm === null ? r.pace : null,
    fillers: r.fillers,
    thinkingTime: r.thinkingTime,
    longestPause: r.longestPause,
    pitchVariability: r.pitchVariability,
  }));
}
