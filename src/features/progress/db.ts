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

/** The measures drills are chosen from: recent answers, recent live calls, ratings by topic. */
export async function getDrillInput(db: DbOrTx, userId: string, jobInfoId: string): Promise<DrillInput> {
  const input: DrillInput = { wordsPerMinute: [], fillersPerMinute: [], longestPauseSeconds: [], thinkingSeconds: [], topics: [] };
  if (!isUuid(jobInfoId)) return input;
  const [answers, live, rated] = await Promise.all([
    db
      .select({ metrics: interviewAnswers.metrics })
      .from(interviewAnswers)
      .innerJoin(interviews, eq(interviews.id, interviewAnswers.interviewId))
      .where(and(eq(interviewAnswers.userId, userId), eq(interviews.jobInfoId, jobInfoId), eq(interviewAnswers.status, "ready")))
      .orderBy(desc(interviewAnswers.processedAt))
      .limit(RECENT_ANSWERS),
    db
      .select({ metrics: liveInterviews.metrics })
      .from(liveInterviews)
      .where(and(eq(liveInterviews.userId, userId), eq(liveInterviews.jobInfoId, jobInfoId), eq(liveInterviews.status, "ready")))
      .orderBy(desc(liveInterviews.createdAt))
      .limit(RECENT_LIVE),
    db
      .select({ id: questions.id, bankQuestionId: questions.bankQuestionId, rating: questions.rating })
      .from(questions)
      .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), isNotNull(questions.rating), isNotNull(questions.bankQuestionId))),
  ]);
  for (const { metrics: m } of answers) {
    if (!m) continue;
    const wpm = m.wordsPerMinute ?? m.estimatedWordsPerMinute;
    if (wpm) input.wordsPerMinute.push(wpm);
    if (m.fillers.perMinute !== null) input.fillersPerMinute.push(m.fillers.perMinute);
    input.longestPauseSeconds.push(m.pauses.longestMs / 1000);
    if (m.thinkingTimeMs !== null) input.thinkingSeconds.push(m.thinkingTimeMs / 1000);
  }
  for (const { metrics } of live) {
    const s = metrics?.summary;
    if (s?.medianWordsPerMinute != null) input.wordsPerMinute.push(s.medianWordsPerMinute);
    if (s?.fillersPerMinute != null) input.fillersPerMinute.push(s.fillersPerMinute);
  }
  const byTopic = new Map<string, { id: string; rating: number }[]>();
  for (const { id, bankQuestionId, rating } of rated) {
    const topic = getBankQuestion(bankQuestionId!)?.topic;
    if (topic && rating !== null) byTopic.set(topic, [...(byTopic.get(topic) ?? []), { id, rating }]);
  }
  input.topics = [...byTopic.entries()].map(([topic, rated]) => ({ topic, ratings: rated.map((q) => q.rating), questions: rated }));
  return input;
}

/** What the preparation plan reads: activity counts and the texts skills are looked for in. */
export async function getPlanData(db: DbOrTx, userId: string, jobInfoId: string) {
  const empty = {
    activity: { behaviouralGraded: 0, technicalGraded: 0, interviewsAnalysed: 0, interviewsWithNotes: 0, resumesAnalysed: 0 },
    resumeText: null as string | null,
    practice: [] as PracticeText[],
  };
  if (!isUuid(jobInfoId)) return empty;
  const [graded, recorded, live, resumes] = await Promise.all([
    db
      .select({ bankQuestionId: questions.bankQuestionId, answer: questions.answer })
      .from(questions)
      .where(and(eq(questions.userId, userId), eq(questions.jobInfoId, jobInfoId), isNotNull(questions.rating))),
    db
      .select({
        id: interviews.id,
        notes: interviews.notes,
        status: interviews.status,
        transcripts: sql<(string | null)[]>`array_agg(${interviewAnswers.transcript})`,
      })
      .from(interviews)
      .leftJoin(interviewAnswers, eq(interviewAnswers.interviewId, interviews.id))
      .where(and(eq(interviews.userId, userId), eq(interviews.jobInfoId, jobInfoId)))
      .groupBy(interviews.id),
    db
      .select({ notes: liveInterviews.notes, status: liveInterviews.status, transcript: liveInterviews.transcript })
      .from(liveInterviews)
      .where(and(eq(liveInterviews.userId, userId), eq(liveInterviews.jobInfoId, jobInfoId), isNotNull(liveInterviews.humeChatId))),
    db
      .select({ resumeText: resumeAnalyses.resumeText })
      .from(resumeAnalyses)
      .where(and(eq(resumeAnalyses.userId, userId), eq(resumeAnalyses.jobInfoId, jobInfoId)))
      .orderBy(desc(resumeAnalyses.createdAt)),
  ]);
  const behavioural = (id: string | null) => (id ? getBankQuestion(id)?.kind === "behavioural" : false);
  const practice: PracticeText[] = [
    ...graded.flatMap((q) => (q.answer ? [{ source: "answer" as const, text: q.answer }] : [])),
    ...recorded.flatMap((i) => (i.transcripts ?? []).flatMap((t) => (t ? [{ source: "recorded" as const, text: t }] : []))),
    ...live.flatMap((l) => (l.transcript ?? []).flatMap((t) => (t.speaker === "candidate" ? [{ source: "live" as const, text: t.text }] : []))),
  ];
  return {
    activity: {
      behaviouralGraded: graded.filter((q) => behavioural(q.bankQuestionId)).length,
      technicalGraded: graded.filter((q) => !behavioural(q.bankQuestionId)).length,
      interviewsAnalysed: recorded.filter((i) => i.status === "completed").length + live.filter((l) => l.status === "ready").length,
      interviewsWithNotes: recorded.filter((i) => i.notes).length + live.filter((l) => l.notes).length,
      resumesAnalysed: resumes.length,
    },
    resumeText: resumes[0]?.resumeText ?? null,
    practice,
  };
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
