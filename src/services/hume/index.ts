import "server-only";
import { HumeClient, HumeError, HumeTimeoutError } from "hume";
import { env } from "@/config/env";
import { selectVoice } from "@/config/adapters";
import { epochMs, type StoredChatEvent } from "./transcript";

/**
 * Hume EVI: access tokens for the browser's call, and the stored chat for
 * verification and analysis. The REST base and the browser's EVI host are
 * configurable so tests can point both at local fake servers.
 */
export type HumeSettings = { apiKey: string; secretKey: string; configId?: string; apiUrl: string; eviHost: string };

export function humeSettings(): HumeSettings | undefined {
  if (selectVoice(env) !== "hume") return undefined;
  return {
    apiKey: env.HUME_API_KEY!,
    secretKey: env.HUME_SECRET_KEY!,
    configId: env.HUME_CONFIG_ID,
    apiUrl: env.HUME_API_URL.replace(/\/+$/, ""),
    eviHost: env.HUME_EVI_HOST,
  };
}

export class HumeUnavailableError extends Error {
  override name = "HumeUnavailableError";
}

// ---- access tokens ----

export type AccessToken = { accessToken: string; expiresAt: number };

/** Re-mint when less than this is left: a call must be able to start on the token. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

type TokenGlobal = typeof globalThis & { __darasaHumeToken?: { key: string; token: AccessToken } };

/**
 * A short-lived token for the browser's WebSocket (the API key never leaves
 * the server). Hume's client-credentials grant, as the SDK's
 * fetchAccessToken does it, but against the configured base URL and keeping
 * `expires_in` so the token is reused until near expiry, then refreshed.
 */
export async function getAccessToken(settings: HumeSettings, now = Date.now()): Promise<AccessToken> {
  const store = globalThis as TokenGlobal;
  const key = `${settings.apiUrl}|${settings.apiKey}`;
  const cached = store.__darasaHumeToken;
  if (cached && cached.key === key && cached.token.expiresAt - now > TOKEN_REFRESH_MARGIN_MS) return cached.token;
  let response: Response;
  try {
    response = await fetch(`${settings.apiUrl}/oauth2-cc/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${settings.apiKey}:${settings.secretKey}`).toString("base64")}`,
      },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    throw new HumeUnavailableError(`Hume token request failed: ${(error as Error).message}`);
  }
  if (!response.ok) throw new HumeUnavailableError(`Hume token request failed with HTTP ${response.status}`);
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== "string" || !body.access_token) throw new HumeUnavailableError("Hume returned no access token");
  const expiresInSeconds = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 1800;
  const token = { accessToken: body.access_token, expiresAt: now + expiresInSeconds * 1000 };
  store.__darasaHumeToken = { key, token };
  return token;
}

export function forgetAccessToken(): void {
  (globalThis as TokenGlobal).__darasaHumeToken = undefined;
}

// ---- stored chats ----

export type ChatStatus = "ACTIVE" | "USER_ENDED" | "USER_TIMEOUT" | "MAX_DURATION_TIMEOUT" | "INACTIVITY_TIMEOUT" | "ERROR" | string;

export type StoredChat = {
  id: string;
  chatGroupId: string | null;
  status: ChatStatus;
  startedAtMs: number;
  endedAtMs: number | null;
};

export class ChatNotFoundError extends Error {
  override name = "ChatNotFoundError";
}

/** Events per page (Hume's maximum is 100) and a bound on pages read for one chat. */
const PAGE_SIZE = 100;
const MAX_PAGES = 100;

function client(settings: HumeSettings) {
  return new HumeClient({ apiKey: settings.apiKey, environment: settings.apiUrl, timeoutInSeconds: 10, maxRetries: 1 });
}

function translate(error: unknown): Error {
  if (error instanceof HumeError && (error.statusCode === 404 || error.statusCode === 400))
    return new ChatNotFoundError("Hume has no such chat on this account");
  if (error instanceof HumeTimeoutError) return new HumeUnavailableError("Hume did not answer in time");
  if (error instanceof HumeError) return new HumeUnavailableError(`Hume answered HTTP ${error.statusCode ?? "?"}`);
  return new HumeUnavailableError(`Hume request failed: ${(error as Error).message}`);
}

type ChatPageResponse = {
  id?: string;
  chatGroupId?: string;
  status?: string;
  startTimestamp?: number;
  endTimestamp?: number;
};

function chatFrom(chatId: string, response: ChatPageResponse): StoredChat {
  if (typeof response.startTimestamp !== "number") throw new HumeUnavailableError("Hume's chat has no start time");
  return {
    id: response.id ?? chatId,
    chatGroupId: response.chatGroupId ?? null,
    status: response.status ?? "ACTIVE",
    startedAtMs: epochMs(response.startTimestamp),
    endedAtMs: typeof response.endTimestamp === "number" ? epochMs(response.endTimestamp) : null,
  };
}

/** The chat as Hume stores it on our account (404 from Hume → ChatNotFoundError). */
export async function getChat(settings: HumeSettings, chatId: string): Promise<StoredChat> {
  try {
    const page = await client(settings).empathicVoice.chats.listChatEvents(chatId, { pageSize: 1, pageNumber: 0, ascendingOrder: true });
    return chatFrom(chatId, page.response as ChatPageResponse);
  } catch (error) {
    throw error instanceof HumeUnavailableError ? error : translate(error);
  }
}

/** Every event of a chat, oldest first, page by page. */
export async function getChatWithEvents(settings: HumeSettings, chatId: string): Promise<{ chat: StoredChat; events: StoredChatEvent[] }> {
  try {
    let page = await client(settings).empathicVoice.chats.listChatEvents(chatId, { pageSize: PAGE_SIZE, pageNumber: 0, ascendingOrder: true });
    const chat = chatFrom(chatId, page.response as ChatPageResponse);
    const events: StoredChatEvent[] = [...(page.data as StoredChatEvent[])];
    for (let pages = 1; page.hasNextPage() && pages < MAX_PAGES; pages++) {
      page = await page.getNextPage();
      events.push(...(page.data as StoredChatEvent[]));
    }
    return { chat, events };
  } catch (error) {
    throw error instanceof HumeUnavailableError ? error : translate(error);
  }
}
