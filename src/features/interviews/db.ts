import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/drizzle/db";
import { interviewAnswers, interviews, type Interview, type InterviewAnswer } from "@/drizzle/schema";
import { isUuid } from "@/lib/ids";
import { archiveTake } from "./takesDb";
import type { TranscriptTiming } from "./transcriptTiming";

// Owner id in every WHERE, except functions named unsafe… (the background worker).

/** Answer columns for lists and polling: no waveform, transcript or metrics blobs. */
const answerSummaryColumns = {
  id: interviewAnswers.id,
  followUpOf: interviewAnswers.followUpOf,
  followUpProducer: interviewAnswers.followUpProducer,
  interviewId: interviewAnswers.interviewId,
  position: interviewAnswers.position,
  questionText: interviewAnswers.questionText,
  status: interviewAnswers.status,
  durationMs: interviewAnswers.durationMs,
  score: interviewAnswers.score,
  error: interviewAnswers.error,
  attempts: interviewAnswers.attempts,
};
export type AnswerSummary = Pick<InterviewAnswer, keyof typeof answerSummaryColumns>;

export async function createInterview(
  db: DbOrTx,
  input: {
    userId: string;
    jobInfoId: string;
    kind?: Interview["kind"];
    mode?: Interview["mode"];
    questions: { text: string; bankQuestionId: string | null }[];
  },
): Promise<Interview> {
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .insert(interviews)
      .values({ userId: input.userId, jobInfoId: input.jobInfoId, kind: input.kind ?? "mixed", mode: input.mode ?? "recorded" })
      .returning();
    await tx.insert(interviewAnswers).values(
      input.questions.map((q, position) => ({
        interviewId: interview!.id,
        userId: input.userId,
        position,
        questionText: q.text,
        bankQuestionId: q.bankQuestionId,
      })),
    );
    return interview!;
  });
}

export async function getInterview(db: DbOrTx, userId: string, id: string): Promise<Interview | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
    .limit(1);
  return row;
}

export async function listInterviews(db: DbOrTx, userId: string, jobInfoId: string) {
  if (!isUuid(jobInfoId)) return [];
  return db
    .select({
      id: interviews.id,
      kind: interviews.kind,
      mode: interviews.mode,
      status: interviews.status,
      createdAt: interviews.createdAt,
      answers: sql<number>`count(${interviewAnswers.id})::int`,
      ready: sql<number>`count(${interviewAnswers.id}) filter (where ${interviewAnswers.status} = 'ready')::int`,
      meanScore: sql<number | null>`round(avg(${interviewAnswers.score}))::int`,
      lastActivityAt: sql<Date>`greatest(${interviews.createdAt}, max(${interviewAnswers.recordedAt}))`.mapWith(interviews.createdAt),
    })
    .from(interviews)
    .leftJoin(interviewAnswers, eq(interviewAnswers.interviewId, interviews.id))
    .where(and(eq(interviews.userId, userId), eq(interviews.jobInfoId, jobInfoId)))
    .groupBy(interviews.id)
    .orderBy(desc(interviews.createdAt));
}

export async function listAnswerSummaries(db: DbOrTx, userId: string, interviewId: string): Promise<AnswerSummary[]> {
  if (!isUuid(interviewId)) return [];
  return db
    .select(answerSummaryColumns)
    .from(interviewAnswers)
    .where(and(eq(interviewAnswers.userId, userId), eq(interviewAnswers.interviewId, interviewId)))
    .orderBy(asc(interviewAnswers.position));
}

export async function listAnswersInFull(db: DbOrTx, userId: string, interviewId: string): Promise<InterviewAnswer[]> {
  if (!isUuid(interviewId)) return [];
  return db
    .select()
    .from(interviewAnswers)
    .where(and(eq(interviewAnswers.userId, userId), eq(interviewAnswers.interviewId, interviewId)))
    .orderBy(asc(interviewAnswers.position));
}

export async function getAnswer(db: DbOrTx, userId: string, id: string): Promise<InterviewAnswer | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(interviewAnswers)
    .where(and(eq(interviewAnswers.id, id), eq(interviewAnswers.userId, userId)))
    .limit(1);
  return row;
}

/**
 * Records an uploaded recording and hands it to the worker. An analysed
 * previous take is archived; its transcript is cleared from the answer
 * unless the browser has just sent this take's own (`keepBrowserTranscript`).
 * A replaced recording is scheduled for deletion by the database.
 */
export async function attachRecording(
  db: DbOrTx,
  userId: string,
  id: string,
  data: { storageKey: string; audioBytes: number; keepBrowserTranscript?: boolean },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(interviewAnswers)
      .where(and(eq(interviewAnswers.id, id), eq(interviewAnswers.userId, userId)))
      .for("update");
    if (!before) return undefined;
    // An analysed take is kept (with its recording) so takes can be compared; anything else is replaced.
    const archived = before.status === "ready" && before.storageKey !== null;
    if (archived) await archiveTake(tx, before);
    const keepTranscript = data.keepBrowserTranscript === true && before.transcriptSource === "browser";
    await tx
      .update(interviewAnswers)
      .set({
        storageKey: data.storageKey,
        audioBytes: data.audioBytes,
        status: "processing",
        attempts: 0,
        error: null,
        metrics: null,
        waveform: null,
        feedback: null,
        score: null,
        contentFeedback: null,
        contentRating: null,
        durationMs: null,
        processedAt: null,
        recordedAt: new Date(),
        ...(keepTranscript ? {} : { transcript: null, transcriptSource: null, transcriptTiming: null }),
      })
      .where(eq(interviewAnswers.id, id));
    return { replaced: before.storageKey !== null && !archived };
  });
}

/** Typed or corrected by the user: it replaces any other source, has no timings, and re-runs the analysis. */
export async function saveUserTranscript(db: DbOrTx, userId: string, id: string, transcript: string) {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(interviewAnswers)
    .set({ transcript, transcriptSource: "user", transcriptTiming: null, status: "processing", attempts: 0, error: null })
    .where(and(eq(interviewAnswers.id, id), eq(interviewAnswers.userId, userId), inArray(interviewAnswers.status, ["ready", "failed"])))
    .returning({ id: interviewAnswers.id });
  return rows.length > 0;
}

/**
 * The browser's recognition of the take about to be uploaded, sent just
 * before its audio. Refused while an analysis is running.
 */
export async function saveBrowserTranscript(db: DbOrTx, userId: string, interviewId: string, id: string, data: { text: string; timing: TranscriptTiming }) {
  if (!isUuid(id) || !isUuid(interviewId)) return false;
  const rows = await db
    .update(interviewAnswers)
    .set({ transcript: data.text, transcriptSource: "browser", transcriptTiming: data.timing })
    .where(
      and(
        eq(interviewAnswers.id, id),
        eq(interviewAnswers.interviewId, interviewId),
        eq(interviewAnswers.userId, userId),
        inArray(interviewAnswers.status, ["awaiting", "ready", "failed"]),
      ),
    )
    .returning({ id: interviewAnswers.id });
  return rows.length > 0;
}

/** Deletes the user's interview with its answers and takes (their recordings are scheduled for deletion by the database). */
export async function deleteInterview(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(interviews)
    .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
    .returning({ id: interviews.id });
  return rows.length > 0;
}

export async function markForRetry(db: DbOrTx, userId: string, id: string) {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(interviewAnswers)
    .set({ status: "processing", attempts: 0, error: null })
    .where(and(eq(interviewAnswers.id, id), eq(interviewAnswers.userId, userId), eq(interviewAnswers.status, "failed")))
    .returning({ id: interviewAnswers.id });
  return rows.length > 0;
}

export async function completeInterviewIfDone(db: DbOrTx, interviewId: string) {
  await db.execute(sql`
    update ${interviews} set status = 'completed', completed_at = now()
    where id = ${interviewId} and status = 'in_progress'
      and not exists (select 1 from ${interviewAnswers} where interview_id = ${interviewId} and status <> 'ready')`);
}

// ---- worker side (no owner: the job carries only the answer id) ----

export async function unsafeGetAnswerForProcessing(db: DbOrTx, id: string) {
  const [row] = await db
    .update(interviewAnswers)
    .set({ attempts: sql`${interviewAnswers.attempts} + 1` })
    .where(and(eq(interviewAnswers.id, id), eq(interviewAnswers.status, "processing")))
    .returning();
  return row;
}

export async function unsafeSaveAnalysis(
  db: DbOrTx,
  id: string,
  data: Pick<
    InterviewAnswer,
    "durationMs" | "metrics" | "waveform" | "transcript" | "transcriptSource" | "transcriptTiming" | "feedback" | "score" | "contentFeedback" | "contentRating"
  >,
) {
  await db
    .update(interviewAnswers)
    .set({ ...data, status: "ready", error: null, processedAt: new Date() })
    .where(eq(interviewAnswers.id, id));
}

/**
 * Answers left "processing" for longer than `olderThanMs` since their
 * recording or last analysis attempt — e.g. the server died between
 * committing the upload and queueing its job. The sweeper queues them again.
 */
export async function unsafeListStuckAnswers(db: DbOrTx, olderThanMs: number): Promise<string[]> {
  const rows = await db
    .select({ id: interviewAnswers.id })
    .from(interviewAnswers)
    .where(
      and(
        eq(interviewAnswers.status, "processing"),
        sql`coalesce(${interviewAnswers.recordedAt}, now()) < now() - make_interval(secs => ${olderThanMs / 1000})`,
      ),
    )
    .limit(100);
  return rows.map((r) => r.id);
}

export async function unsafeMarkFailed(db: DbOrTx, id: string, error: string) {
  await db.update(interviewAnswers).set({ status: "failed", error }).where(eq(interviewAnswers.id, id));
}

export async function unsafeRecordError(db: DbOrTx, id: string, error: string) {
  await db.update(interviewAnswers).set({ error }).where(eq(interviewAnswers.id, id));
}

/** Saves the user's notes on their own recorded interview; false when it is not theirs. */
export async function saveInterviewNotes(db: DbOrTx, userId: string, id: string, notes: string | null): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .update(interviews)
    .set({ notes })
    .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
    .returning({ id: interviews.id });
  return rows.length > 0;
}

// ---- conversation mode: turns appended by the server ----

/** True when a turn after `position` already has a recording (the conversation has moved on). */
export async function hasLaterRecordedTurn(db: DbOrTx, userId: string, interviewId: string, position: number): Promise<boolean> {
  const [row] = await db
    .select({ id: interviewAnswers.id })
    .from(interviewAnswers)
    .where(
      and(
        eq(interviewAnswers.interviewId, interviewId),
        eq(interviewAnswers.userId, userId),
        sql`${interviewAnswers.position} > ${position}`,
        sql`${interviewAnswers.storageKey} is not null`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The follow-up already asked after an answer, if any. */
export async function getFollowUpOf(db: DbOrTx, userId: string, answerId: string) {
  const [row] = await db
    .select(answerSummaryColumns)
    .from(interviewAnswers)
    .where(and(eq(interviewAnswers.followUpOf, answerId), eq(interviewAnswers.userId, userId)))
    .limit(1);
  return row;
}

/**
 * Inserts a follow-up turn right after `answer`, moving later turns down one
 * place (through negative positions, so the unique (interview, position)
 * index holds at every row). At most one follow-up per answer (unique index):
 * a concurrent duplicate returns the existing one.
 */
export async function insertFollowUp(
  db: DbOrTx,
  answer: Pick<InterviewAnswer, "id" | "interviewId" | "userId" | "position" | "bankQuestionId">,
  text: string,
  producer: { kind: "llm" | "insights"; label: string } | null = null,
) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from ${interviews} where id = ${answer.interviewId} for update`);
    const existing = await getFollowUpOf(tx, answer.userId, answer.id);
    if (existing) return existing;
    const later = and(eq(interviewAnswers.interviewId, answer.interviewId), sql`${interviewAnswers.position} > ${answer.position}`);
    await tx
      .update(interviewAnswers)
      .set({ position: sql`-(${interviewAnswers.position} + 1)` })
      .where(later);
    await tx
      .update(interviewAnswers)
      .set({ position: sql`-${interviewAnswers.position}` })
      .where(and(eq(interviewAnswers.interviewId, answer.interviewId), sql`${interviewAnswers.position} < 0`));
    const [row] = await tx
      .insert(interviewAnswers)
      .values({
        interviewId: answer.interviewId,
        userId: answer.userId,
        position: answer.position + 1,
        questionText: text,
        bankQuestionId: answer.bankQuestionId,
        followUpOf: answer.id,
        followUpProducer: producer,
      })
      .returning(answerSummaryColumns);
    return row!;
  });
}

/** Ends a conversation early: questions not yet asked are dropped; answered turns stay. */
export async function endConversation(db: DbOrTx, userId: string, interviewId: string): Promise<boolean> {
  if (!isUuid(interviewId)) return false;
  const interview = await getInterview(db, userId, interviewId);
  if (!interview || interview.mode !== "conversation") return false;
  await db
    .delete(interviewAnswers)
    .where(and(eq(interviewAnswers.interviewId, interviewId), eq(interviewAnswers.userId, userId), eq(interviewAnswers.status, "awaiting")));
  await completeInterviewIfDone(db, interviewId);
  return true;
}
