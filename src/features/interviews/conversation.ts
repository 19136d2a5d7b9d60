import { generateText } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { getBankQuestion } from "@/insights/questionBank";
import { chooseFollowUp } from "@/insights/followUp";
import { INSIGHTS_OPTIONS_KEY, NO_FOLLOW_UP, producedBy, type InsightsTask } from "@/insights/tasks";
import type { Logger } from "@/lib/logger";
import { getAnswer, getFollowUpOf, getInterview, hasLaterRecordedTurn, insertFollowUp, listAnswerSummaries } from "./db";
import { buildFollowUpPrompt, followUpInstructions } from "./prompts/followUp";

/**
 * The conversational interview's turn order, owned by the server: after the
 * candidate's turn is uploaded, the server decides what the interviewer says
 * next — at most one follow-up to a main question (from the missed key
 * points, or written by the LLM), then the next planned question, then the
 * close. The browser only says which turn it just answered.
 */
export type NextTurn = { answerId: string; text: string; followUp: boolean; source: "llm" | "insights" | null } | null;

export type AdvanceResult = { ok: true; next: NextTurn } | { ok: false; code: "NOT_FOUND" | "CONFLICT"; message: string };

const FOLLOW_UP_TIMEOUT_MS = 8_000;
const MAX_FOLLOW_UP_CHARS = 300;

export type ConversationDeps = { db: Db; user: Pick<User, "id" | "aiProvider">; modelFor: (preference: string | null) => LanguageModelV4; log: Logger };

/** The interviewer's follow-up to an answer, or null when it needs none. Never fails: a model problem falls back to the rubric. */
async function writeFollowUp(deps: ConversationDeps, input: { jobInfoId: string; question: string; bankQuestionId: string | null; answer: string }) {
  const job = await getJobInfo(deps.db, deps.user.id, input.jobInfoId);
  if (!job) return null;
  const task: InsightsTask = { task: "followUp", bankQuestionId: input.bankQuestionId, answer: input.answer };
  try {
    const result = await generateText({
      model: deps.modelFor(deps.user.aiProvider),
      instructions: followUpInstructions,
      prompt: buildFollowUpPrompt(job, input.question, input.answer),
      providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
      abortSignal: AbortSignal.timeout(FOLLOW_UP_TIMEOUT_MS),
      maxRetries: 0,
    });
    const text = result.text.trim().replace(/^["“]|["”]$/g, "").slice(0, MAX_FOLLOW_UP_CHARS);
    if (!text || text.toUpperCase().startsWith(NO_FOLLOW_UP)) return null;
    return { text, source: producedBy(result.providerMetadata) };
  } catch (error) {
    deps.log.warn({ err: (error as Error).message }, "follow-up model failed; using the rubric");
    const bank = input.bankQuestionId ? getBankQuestion(input.bankQuestionId) : undefined;
    const followUp = bank ? chooseFollowUp(bank, input.answer) : null;
    return followUp ? { text: followUp.text, source: "insights" as const } : null;
  }
}

export async function advanceConversation(deps: ConversationDeps, input: { interviewId: string; answerId: string }): Promise<AdvanceResult> {
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
  let followUpSource: "llm" | "insights" | null = null;
  if (!answer.followUpOf && !(await getFollowUpOf(db, user.id, answer.id)) && answer.transcript?.trim()) {
    const followUp = await writeFollowUp(deps, { jobInfoId: interview.jobInfoId, question: answer.questionText, bankQuestionId: answer.bankQuestionId, answer: answer.transcript });
    if (followUp) {
      await insertFollowUp(db, answer, followUp.text);
      followUpSource = followUp.source;
    }
  }
  const turns = await listAnswerSummaries(db, user.id, interview.id);
  const next = turns.find((t) => t.status === "awaiting");
  if (!next) return { ok: true, next: null };
  const isFollowUp = next.followUpOf !== null;
  return { ok: true, next: { answerId: next.id, text: next.questionText, followUp: isFollowUp, source: isFollowUp ? followUpSource : null } };
}
