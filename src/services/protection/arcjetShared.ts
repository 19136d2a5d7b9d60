import { format } from "node:util";
import type { ArcjetLogger, ArcjetNext } from "@arcjet/next";
import { warnOnce } from "./logOnce";

/** Arcjet's own `Client` type (from @arcjet/protocol, not a direct dependency). */
export type ArcjetClient = NonNullable<Parameters<typeof import("@arcjet/next").default>[0]["client"]>;
export type ArcjetInstance = ArcjetNext<Record<string, unknown>>;

/**
 * Logger handed to Arcjet: debug/info dropped, warnings and errors go to
 * `console.warn` once per message template. Arcjet never logs its key.
 */
export const arcjetLogger: ArcjetLogger = {
  debug() {},
  info() {},
  warn(first: unknown, ...rest: unknown[]) {
    report("warn", first, rest);
  },
  error(first: unknown, ...rest: unknown[]) {
    report("error", first, rest);
  },
};

function report(level: string, first: unknown, rest: unknown[]): void {
  // Two call shapes: (template, ...args) or (fields, template?, ...args).
  const [template, args, fields] = typeof first === "string" ? [first, rest, undefined] : [String(rest[0] ?? ""), rest.slice(1), first];
  const text = format(template, ...args) + (fields ? ` ${JSON.stringify(fields)}` : "");
  warnOnce(`arcjet-log:${template}`, `arcjet ${level}: ${text}`);
}

/**
 * A client that keeps Arcjet entirely in-process: the SDK runs every rule
 * locally first (bot detection, email, filter, sensitive info run in WASM)
 * and returns early on a local DENY, so `decide` is only reached when no local
 * rule denied; it then allows. Remote-only rules (shield, rate limits) never
 * run. `report` sends nothing.
 */
export async function createLocalArcjetClient(): Promise<ArcjetClient> {
  const { ArcjetAllowDecision, ArcjetReason } = await import("@arcjet/next");
  return Object.freeze({
    async decide() {
      return new ArcjetAllowDecision({ ttl: 0, reason: new ArcjetReason(), results: [] });
    },
    report() {},
  });
}
