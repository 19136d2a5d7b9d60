import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Local mode's optional passphrase (LOCAL_PASSPHRASE): on a machine shared
 * with other people, anyone who can reach 127.0.0.1 could otherwise pick any
 * local user. Compared in constant time (hashes of equal length).
 */
export function passphraseMatches(given: string | undefined, expected: string | undefined): boolean {
  if (!expected) return true;
  if (!given) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
