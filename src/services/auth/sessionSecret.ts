import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/config/env";

let cached: string | undefined;

/**
 * Secret that signs local-mode session cookies: SESSION_SECRET if set, else
 * one generated on first start and kept in the data folder (mode 0600).
 */
export function getSessionSecret(): string {
  if (cached) return cached;
  if (env.SESSION_SECRET) return (cached = env.SESSION_SECRET);
  const file = path.resolve(env.DARASA_DATA_DIR, "session-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      cached = secret;
    } catch {
      cached = readFileSync(file, "utf8").trim(); // another worker won the race
    }
  }
  return cached;
}
