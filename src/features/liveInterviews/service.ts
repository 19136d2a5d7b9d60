import "server-only";
import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import type { Logger } from "@/lib/logger";
import { ChatNotFoundError, getAccessToken, getChat, type HumeSettings } from "@/services/hume";
import type { LiveCallSettings } from "@/services/hume/voice";
import { attachChat, deleteLiveInterview, getLiveInterview, isChatAttached, markForAnalysis, reserveLiveInterview } from "./db";
import { monthlyLiveInterviewLimit } from "./permissions";
import { buildInterviewerPrompt, interviewerVariables } from "./prompts/interviewer";

export type LiveDeps = { db: Db; hume: HumeSettings; log: Logger };

/** Clock difference tolerated between Hume and this server. */
export const CLOCK_SKEW_MS = 10_000;
/** A record must get its call within this time, or the chat counts as stale. */
export const MAX_RECORD_TO_CHAT_MS = 10 * 60 * 1000;

/** What the browser needs to open the call; the API key never leaves the server. */
export type LiveSession = LiveCallSettings & {
  interviewId: string;
  expiresAt: number;
  usedThisMonth: number;
  monthlyLimit: number | null;
};

/**
 * Starts a live interview: the record is created (under the plan's monthly
 * limit, atomically) before the browser gets a token, so every call has a
 * server-owned record to attach to.
 */
export async function startLiveInterview(deps: LiveDeps, user: User, jobInfoId: string): Promise<Response> {
  const job = await getJobInfo(deps.db, user.id, jobInfoId);
  if (!job) return apiError(404, "NOT_FOUND", "We couldn't find that job.");
  const monthlyLimit = monthlyLiveInterviewLimit(user);
  const reserved = await reserveLiveInterview(deps.db, { userId: user.id, jobInfoId: job.id, monthlyLimit });
  if (!reserved.ok) {
    return apiError(403, "PLAN_LIMIT", `You have used your ${monthlyLimit} live interviews this month. Upgrade in Settings, or practise with a recorded interview.`);
  }
  let token;
  try {
    token = await getAccessToken(deps.hume);
  } catch (error) {
    deps.log.warn({ err: (error as Error).message }, "hume token failed");
    // No call can start without a token: give the plan slot back.
    await deleteLiveInterview(deps.db, user.id, reserved.interview.id);
    return apiError(503, "VOICE_UNAVAILABLE", "The live interviewer is unavailable right now. Try again in a minute, or use a recorded interview.");
  }
  const context = { userName: user.name, jobTitle: job.title, jobDescription: job.description, experienceLevel: job.experienceLevel };
  const session: LiveSession = {
    interviewId: reserved.interview.id,
    accessToken: token.accessToken,
    expiresAt: token.expiresAt,
    hostname: deps.hume.eviHost,
    configId: deps.hume.configId ?? null,
    sessionSettings: {
      type: "session_settings",
      systemPrompt: buildInterviewerPrompt(context),
      variables: interviewerVariables(context),
      customSessionId: reserved.interview.id,
    },
    usedThisMonth: reserved.usedThisMonth,
    monthlyLimit,
  };
  return apiOk(session, { status: 201, headers: { "cache-control": "no-store" } });
}

/**
 * Attaches the browser-reported Hume chat id only after Hume confirms it:
 * the chat exists on our account, started after this record was created
 * (and soon after), and backs no other interview.
 */
export async function attachLiveChat(deps: LiveDeps, user: User, interviewId: string, chatId: string): Promise<Response> {
  const record = await getLiveInterview(deps.db, user.id, interviewId);
  if (!record) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  if (record.humeChatId === chatId) return apiOk({ status: record.status });
  if (record.status !== "created") return apiError(409, "CONFLICT", "This interview already has a call.");
  if (await isChatAttached(deps.db, chatId)) return apiError(409, "CHAT_IN_USE", "That call belongs to another interview.");
  let chat;
  try {
    chat = await getChat(deps.hume, chatId);
  } catch (error) {
    if (error instanceof ChatNotFoundError) return apiError(422, "CHAT_NOT_VERIFIED", "That call could not be verified with the voice provider.");
    deps.log.warn({ interviewId, err: (error as Error).message }, "hume chat lookup failed");
    return apiError(503, "VOICE_UNAVAILABLE", "The voice provider did not answer; your call continues and will be checked again.");
  }
  const created = record.createdAt.getTime();
  if (chat.startedAtMs < created - CLOCK_SKEW_MS || chat.startedAtMs > created + MAX_RECORD_TO_CHAT_MS) {
    return apiError(422, "CHAT_NOT_VERIFIED", "That call did not start with this interview.");
  }
  const outcome = await attachChat(deps.db, user.id, record.id, { chatId, chatGroupId: chat.chatGroupId, startedAt: new Date(chat.startedAtMs) });
  if (outcome === "chat-in-use") return apiError(409, "CHAT_IN_USE", "That call belongs to another interview.");
  if (outcome === "wrong-state") return apiError(409, "CONFLICT", "This interview already has a call.");
  deps.log.info({ interviewId }, "hume chat attached");
  return apiOk({ status: "in_call" });
}

/** After the call (or after a failed analysis): queue the analysis. */
export async function requestLiveAnalysis(db: Db, user: User, interviewId: string, enqueue: (id: string) => Promise<void>): Promise<Response> {
  const record = await getLiveInterview(db, user.id, interviewId);
  if (!record) return apiError(404, "NOT_FOUND", "We couldn't find that interview.");
  if (!record.humeChatId) return apiError(409, "NO_CALL", "This interview's call never connected, so there is nothing to analyse.");
  if (record.status === "processing" || record.status === "ready") return apiOk({ status: record.status }, { status: 202 });
  if (!(await markForAnalysis(db, user.id, record.id))) return apiError(409, "CONFLICT", "This interview cannot be analysed now.");
  await enqueue(record.id);
  return apiOk({ status: "processing" }, { status: 202 });
}
