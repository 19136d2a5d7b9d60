import "server-only";
import { getDb, type Db } from "@/drizzle/db";
import type { LiveInterview, User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { AppError } from "@/lib/errors";
import type { Logger } from "@/lib/logger";
import { ChatNotFoundError, getAccessToken, getChat, humeSettings, type HumeSettings } from "@/services/hume";
import type { LiveCallSettings } from "@/services/hume/voice";
import { attachChat, deleteLiveInterview, getLiveInterview, isChatAttached, markForAnalysis, reserveLiveInterview } from "./db";
import { monthlyLiveInterviewLimit } from "./permissions";
import { buildInterviewerPrompt, interviewerVariables } from "./prompts/interviewer";

export type LiveDeps = { db: Db; hume: HumeSettings; log: Logger };

/** What the live-interview routes run with; LIVE_NOT_CONFIGURED when this server has no Hume account. */
export async function liveDeps(log: Logger): Promise<LiveDeps> {
  const hume = humeSettings();
  if (!hume) throw new AppError("LIVE_NOT_CONFIGURED", "Live voice interviews are not set up on this server; use a recorded interview.");
  return { db: await getDb(), hume, log: log.child({ feature: "live-interviews" }) };
}

const interviewNotFound = () => new AppError("NOT_FOUND", "We couldn't find that interview.");
const alreadyInCall = () => new AppError("CONFLICT", "This interview already has a call.");
const chatInUse = () => new AppError("CHAT_IN_USE", "That call belongs to another interview.");

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
export async function startLiveInterview(deps: LiveDeps, user: User, jobInfoId: string): Promise<LiveSession> {
  const job = await getJobInfo(deps.db, user.id, jobInfoId);
  if (!job) throw new AppError("NOT_FOUND", "We couldn't find that job.");
  const monthlyLimit = monthlyLiveInterviewLimit(user);
  const reserved = await reserveLiveInterview(deps.db, { userId: user.id, jobInfoId: job.id, monthlyLimit });
  if (!reserved.ok) {
    throw new AppError(
      "PLAN_LIMIT",
      `You have used your ${monthlyLimit} live interviews this month. Upgrade in Settings, or practise with a recorded interview.`,
    );
  }
  let token;
  try {
    token = await getAccessToken(deps.hume);
  } catch (error) {
    deps.log.warn({ err: (error as Error).message }, "hume token failed");
    // No call can start without a token: give the plan slot back.
    await deleteLiveInterview(deps.db, user.id, reserved.interview.id);
    throw new AppError("VOICE_UNAVAILABLE", "The live interviewer is unavailable right now. Try again in a minute, or use a recorded interview.");
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
  return session;
}

/**
 * Attaches the browser-reported Hume chat id only after Hume confirms it:
 * the chat exists on our account, started after this record was created
 * (and soon after), and backs no other interview.
 */
export async function attachLiveChat(deps: LiveDeps, user: User, interviewId: string, chatId: string): Promise<{ status: LiveInterview["status"] }> {
  const record = await getLiveInterview(deps.db, user.id, interviewId);
  if (!record) throw interviewNotFound();
  if (record.humeChatId === chatId) return { status: record.status };
  if (record.status !== "created") throw alreadyInCall();
  if (await isChatAttached(deps.db, chatId)) throw chatInUse();
  let chat;
  try {
    chat = await getChat(deps.hume, chatId);
  } catch (error) {
    if (error instanceof ChatNotFoundError) throw new AppError("CHAT_NOT_VERIFIED", "That call could not be verified with the voice provider.");
    deps.log.warn({ interviewId, err: (error as Error).message }, "hume chat lookup failed");
    throw new AppError("VOICE_UNAVAILABLE", "The voice provider did not answer; your call continues and will be checked again.");
  }
  const created = record.createdAt.getTime();
  if (chat.startedAtMs < created - CLOCK_SKEW_MS || chat.startedAtMs > created + MAX_RECORD_TO_CHAT_MS) {
    throw new AppError("CHAT_NOT_VERIFIED", "That call did not start with this interview.");
  }
  const outcome = await attachChat(deps.db, user.id, record.id, { chatId, chatGroupId: chat.chatGroupId, startedAt: new Date(chat.startedAtMs) });
  if (outcome === "chat-in-use") throw chatInUse();
  if (outcome === "wrong-state") throw alreadyInCall();
  deps.log.info({ interviewId }, "hume chat attached");
  return { status: "in_call" };
}

/** After the call (or after a failed analysis): queue the analysis. */
export async function requestLiveAnalysis(
  db: Db,
  user: User,
  interviewId: string,
  enqueue: (id: string) => Promise<void>,
): Promise<{ status: "processing" | "ready" }> {
  const record = await getLiveInterview(db, user.id, interviewId);
  if (!record) throw interviewNotFound();
  if (!record.humeChatId) throw new AppError("NO_CALL", "This interview's call never connected, so there is nothing to analyse.");
  if (record.status === "processing" || record.status === "ready") return { status: record.status };
  if (!(await markForAnalysis(db, user.id, record.id))) throw new AppError("CONFLICT", "This interview cannot be analysed now.");
  await enqueue(record.id);
  return { status: "processing" };
}
