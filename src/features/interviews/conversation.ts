import { streamText } from "ai";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { getBankQuestion } from "@/insights/questionBank";
import { chooseFollowUp } from "@/insights/followUp";
import { INSIGHTS_OPTIONS_KEY, NO_FOLLOW_UP, type InsightsTask } from "@/insights/tasks";
import type { Logger } from "@/lib/logger";
import type { Producer } from "@/services/ai";
import { getAnswer, getFollowUpOf, getInterview, hasLaterRecordedTurn, insertFollowUp, listAnswerSummaries } from "./db";
import { buildFollowUpPrompt, followUpInstructions } from "./prompts/followUp";
import { createSentenceSplitter } from "./sentences";

/**
 * The conversational interview's turn order, owned by the server: after the
 * candidate's turn is uploaded, the server decides what the interviewer says
 * next — at most one follow-up to a main question (from the missed key
 * points, or written by the LLM), then the next planned question, then the
 * close. The browser only says which turn it just answered.
 *
 * A follow-up from an LLM is streamed sentence by sentence (`onSentence`), so
 * the browser can start speaking at the first sentence; the turn itself (its
 * id, full text and who wrote it) comes once the follow-up is saved.
 */
export type NextTurn = {
  answerId: string;
  text: string;
  followUp: boolean;
  /** Who wrote a follow-up (decided here, never guessed in the browser); null for planned questions. */
  producer: { kind: "llm" | "insights"; label: string } | null;
} | null;

export type TurnRefusal = { ok: false; code: "NOT_FOUND" | "CONFLICT"; message: string };
export type AdvanceResult = { ok: true; next: NextTurn } | TurnRefusal;

const FOLLOW_UP_TIMEOUT_MS = 8_000;
const MAX_FOLLOW_UP_CHARS = 300;

export type ConversationDeps = { db: Db; user: Pick<User, "id" | "aiProvider">; producers: readonly Producer[]; log: Logger };

type Turn = NonNullable<Awaited<ReturnType<typeof getAnswer>>>;
type Interview = NonNullable<Awaited<ReturnType<typeof getInterview>>>;
export type CheckedTurn = { ok: true; interview: Interview; answer: Turn };

/** The checks before anything is said: the turn is this user's, of this conversation, answered, and the latest. */
export async function checkTurn(
  deps: Pick<ConversationDeps, "db" | "user">,
  input: { interviewId: string; answerId: string },
): Promise<CheckedTurn | TurnRefusal> {
  const { db, user } = deps;
  const interview = await getInterview(db, user.id, input.interviewId);
  const answer = interview ? await getAnswer(db, user.id, input.answerId) : undefined;
  if (!interview || interview.mode !== "conversation" || !answer || answer.interviewId !== interview.id) {
    return { ok: false, code: "NOT_FOUND", message: "We couldn't find that turn of the interview." };
  }
  if (!answer.storageKey) return { ok: false, code: "CONFLICT", message: "Answer this question first." };
  if (await hasLaterRecordedTurn(db, user.id, interview.id, answer.position)) {
    return { ok: false, code: "CONFLICT", message: "The interview has already moved past this question." };
  }
  return { ok: true, interview, answer };
}

/**
 * The interviewer's follow-up, or null when it needs none: the producers in
 * order (the user's LLM, the other LLM, the insights engine). An LLM that
 * fails before saying anything is followed by the next producer; one that
 * fails mid-sentence keeps what it said (the browser already spoke it).
 */
async function writeFollowUp(
  deps: ConversationDeps,
  input: { jobInfoId: string; question: string; bankQuestionId: string | null; answer: string },
  onSentence: (sentence: string) => void,
): Promise<{ text: string; producer: { kind: "llm" | "insights"; label: string } } | null> {
  const job = await getJobInfo(deps.db, deps.user.id, input.jobInfoId);
  if (!job) return null;
  const task: InsightsTask = { task: "followUp", bankQuestionId: input.bankQuestionId, answer: input.answer };
  for (const producer of deps.producers) {
    if (producer.kind === "insights") {
      const bank = input.bankQuestionId ? getBankQuestion(input.bankQuestionId) : undefined;
      const followUp = bank ? chooseFollowUp(bank, input.answer) : null;
      if (!followUp) return null;
      onSentence(followUp.text);
      return { text: followUp.text, producer: { kind: "insights", label: producer.label } };
    }
    const said: string[] = [];
    let declined = false;
    const splitter = createSentenceSplitter(MAX_FOLLOW_UP_CHARS, (sentence) => {
      // The model's "no follow-up needed" answer is never spoken.
      if (said.length === 0 && sentence.replace(/^["“]/, "").toUpperCase().startsWith(NO_FOLLOW_UP)) declined = true;
      if (declined) return;
      const clean = sentence.replace(/^["“]|["”]$/g, "");
      said.push(clean);
      onSentence(clean);
    });
    try {
      const result = streamText({
        model: producer.model,
        instructions: followUpInstructions,
        prompt: buildFollowUpPrompt(job, input.question, input.answer),
        providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
        abortSignal: AbortSignal.timeout(FOLLOW_UP_TIMEOUT_MS),
        maxRetries: 0,
      });
      for await (const part of result.fullStream) {
        if (part.type === "text-delta") splitter.push(part.text);
        if (part.type === "error") throw part.error;
      }
      splitter.end();
      if (declined) return null;
      if (said.length > 0) return { text: said.join(" "), producer: { kind: "llm", label: producer.label } };
    } catch (error) {
      splitter.end();
      deps.log.warn({ provider: producer.id, err: (error as Error).message }, "follow-up model failed");
      if (said.length > 0) return { text: said.join(" "), producer: { kind: "llm", label: producer.label } };
    }
  }
  return null;
}

/**
 * Moves the conversation on from a checked turn: writes (and streams) the
 * follow-up when the answer needs one and has none yet, then answers with the
 * next awaiting turn, or null when the interview is over.
 */
export async function continueConversation(deps: ConversationDeps, checked: CheckedTurn, onSentence: (sentence: string) => void = () => {}): Promise<NextTurn> {
  const { db, user } = deps;
  const { interview, answer } = checked;
  if (!answer.followUpOf && !(await getFollowUpOf(db, user.id, answer.id)) && answer.transcript?.trim()) {
    const followUp = await writeFollowUp(
      deps,
      { jobInfoId: interview.jobInfoId, question: answer.questionText, bankQuestionId: answer.bankQuestionId, answer: answer.transcript },
      onSentence,
    );
    if (followUp) {
      await insertFollowUp(db, answer, followUp.text, followUp.producer);
    }
  }
  const turns = await listAnswerSummaries(db, user.id, interview.id);
  const next = turns.find((t) => t.status === "awaiting");
  if (!next) return null;
  const isFollowUp = next.followUpOf !== null;
  return { answerId: next.id, text: next.questionText, followUp: isFollowUp, producer: isFollowUp ? next.followUpProducer : null };
}

/** Check and continue in one call (for callers that do not stream). */
export async function advanceConversation(deps: ConversationDeps, input: { interviewId: string; answerId: string }): Promise<AdvanceResult> {
  const checked = await checkTurn(deps, input);
  if (!checked.ok) return checked;
  return { ok: true, next: await continueConversation(deps, checked) };
}
