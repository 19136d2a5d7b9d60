import { isbot } from "isbot";
import { arcjetLogger, createLocalArcjetClient, type ArcjetInstance } from "./arcjetShared";
import { ALLOWED_BOT_CATEGORIES } from "./botRules";
import { warnOnce } from "./logOnce";

export type BotVerdict = {
  bot: boolean;
  /** Arcjet bot names (e.g. "CURL") or the isbot match. */
  detected: string[];
  source: "empty-user-agent" | "arcjet-local" | "isbot-fallback";
};

/** No user agent at all is treated as a bot (neither Arcjet nor isbot flag it). */
export function isMissingUserAgent(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.trim() === "";
}

// Used only if Arcjet's WASM cannot run here (then its rule allows everything).
const SEARCH_OR_PREVIEW =
  /googlebot|google-inspectiontool|bingbot|bingpreview|duckduckbot|duckassistbot|yandex|baiduspider|applebot|slurp|qwant|mojeek|seznambot|petalbot|facebookexternalhit|facebookcatalog|twitterbot|linkedinbot|slackbot|discordbot|telegrambot|whatsapp|skypeuripreview|redditbot|embedly|iframely|pinterest/i;

type Engine = { kind: "arcjet"; aj: ArcjetInstance } | { kind: "isbot" };
type BotGlobal = typeof globalThis & {
  __darasaBotEngine?: Promise<Engine>;
  __darasaBotVerdicts?: Map<string, BotVerdict>;
};
const store = globalThis as BotGlobal;
const MAX_MEMO = 1000;

async function createEngine(): Promise<Engine> {
  try {
    const { default: arcjet, detectBot } = await import("@arcjet/next");
    const aj = arcjet({
      key: "ajkey_local_only", // never sent: the local client makes no network calls
      client: await createLocalArcjetClient(),
      log: arcjetLogger,
      // Arcjet caches DENY results per fingerprint (default: client IP) for 60 s;
      // key them by user agent so one `curl` call cannot block a browser on the same IP.
      characteristics: ['http.request.headers["user-agent"]'],
      rules: [detectBot({ mode: "LIVE", allow: [...ALLOWED_BOT_CATEGORIES] })],
    }) as unknown as ArcjetInstance;
    // If the WASM analyzer cannot load, Arcjet silently allows everything: check once.
    const probe = await protectUserAgent(aj, "curl/8.0");
    if (probe.isDenied()) return { kind: "arcjet", aj };
    warnOnce("bot-engine", "Arcjet's local bot detection is unavailable here; falling back to isbot.");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnOnce("bot-engine", `Arcjet's local bot detection failed to start (${reason}); falling back to isbot.`);
  }
  return { kind: "isbot" };
}

function protectUserAgent(aj: ArcjetInstance, userAgent: string) {
  // The verdict depends only on the user agent (it is memoized per user agent),
  // so the request is synthetic and the IP fixed.
  return aj.protect({ method: "GET", url: "/", headers: new Headers({ host: "localhost", "user-agent": userAgent }) }, { ipSrc: "127.0.0.1" });
}

function isbotVerdict(userAgent: string): BotVerdict {
  const bot = isbot(userAgent) && !SEARCH_OR_PREVIEW.test(userAgent);
  return { bot, detected: bot ? [userAgent.slice(0, 60)] : [], source: "isbot-fallback" };
}

/**
 * Local bot check (no network): Arcjet's `detectBot` rule run in-process,
 * allowing search engines and link previews. Empty user agents are bots.
 * Verdicts are memoized per user agent (each Arcjet run costs a few ms of WASM).
 */
export async function checkUserAgent(userAgent: string | null | undefined): Promise<BotVerdict> {
  if (isMissingUserAgent(userAgent)) return { bot: true, detected: [], source: "empty-user-agent" };
  const ua = userAgent as string;
  const memo = (store.__darasaBotVerdicts ??= new Map());
  const known = memo.get(ua);
  if (known) return known;

  store.__darasaBotEngine ??= createEngine();
  const engine = await store.__darasaBotEngine;
  let verdict: BotVerdict;
  if (engine.kind === "isbot") {
    verdict = isbotVerdict(ua);
  } else {
    const decision = await protectUserAgent(engine.aj, ua);
    if (decision.isErrored()) {
      warnOnce(
        `bot-error:${decision.reason.isError() ? decision.reason.message : ""}`,
        `Arcjet local bot check errored, using isbot for this request: ${decision.reason.isError() ? decision.reason.message : "unknown error"}`,
      );
      return isbotVerdict(ua); // not memoized: may be transient
    }
    const detected = decision.reason.isBot() ? decision.reason.denied : [];
    verdict = { bot: decision.isDenied(), detected, source: "arcjet-local" };
  }
  if (memo.size >= MAX_MEMO) memo.delete(memo.keys().next().value as string);
  memo.set(ua, verdict);
  return verdict;
}
