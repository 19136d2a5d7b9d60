import type { Line } from "./lines";
import { boundedTokens, trimEndChars } from "./scan";
import { findHeadings } from "./sections";
import { evidenceAt, type Evidence } from "./types";

/**
 * Contact details, best effort. E-mail, phone, LinkedIn and GitHub are found
 * anywhere (first occurrence); a portfolio URL and the location only in the
 * header (the lines before the first section heading, at most 8), where
 * resumes put them.
 *
 * Every pattern here is linear in the text (see scan.ts): a 60 KB word, or
 * 10,000 "@", must not stall the server.
 */

export type ContactDetails = {
  email?: Evidence;
  phone?: Evidence;
  linkedin?: Evidence;
  github?: Evidence;
  portfolio?: Evidence;
  location?: Evidence;
};

/**
 * An address starts where a run of local-part characters starts (the
 * lookbehind: one attempt per run, not one per character) and its parts are
 * bounded like real addresses (local part ≤ 64, labels ≤ 63).
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,63}/;
/** A run of digits with phone punctuation; validated by digit count in findPhone. */
const PHONE = /(?<![\w/.+-])\+?\(?\d[\d \t().-]{6,20}\d(?![\w/])/g;
const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\/[A-Za-z0-9_%-]+\/?/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]+(?:\/[A-Za-z0-9_.-]+)?/i;
/** Run per token of at most MAX_TOKEN characters (tokens end where a URL ends: whitespace , ; | )). */
const URL = /(?:https?:\/\/|www\.)[^\s,;|)]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:dev|io|me|com|net|org|app|site|tech|co|page)(?:\/[^\s,;|)]*)?/gi;
const URL_TOKEN = /[^\s,;|)]+/g;
/**
 * "City, Region" or "City Name, Region 12345". Words are separated by single
 * spaces only: a hyphenated name ("Winston-Salem") is one word, since the word
 * class includes "-" (allowing "-" as a separator too made the pattern
 * ambiguous, and exponential on "Aa-Aa-Aa-…").
 */
const CITY_REGION = /^[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*,\s*(?:[A-Z]{2}|[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*)(?:\s+\d{4,6})?$/;

/** Job-title words: "Senior Engineer, Payments" is not a place. */
const ROLE_WORD =
  /\b(?:engineer|developer|manager|analyst|scientist|designer|lead|senior|junior|intern|architect|consultant|specialist|director|officer|administrator|tester|owner|head)\b/i;

function first(text: string, pattern: RegExp): Evidence | undefined {
  const m = pattern.exec(text);
  return m ? evidenceAt(text, m.index, m.index + trimEndChars(m[0], ".,/").length) : undefined;
}

function findPhone(text: string): Evidence | undefined {
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 9 || digits.length > 15) continue;
    // "2019 - 2021 2022" or "2018-2020" are years, not phone numbers.
    if (
      m[0]
        .split(/[\s.()+-]+/)
        .filter(Boolean)
        .every((part) => /^(?:19|20)\d{2}$/.test(part))
    )
      continue;
    return evidenceAt(text, m.index, m.index + m[0].length);
  }
  return undefined;
}

export function findContact(text: string, lines: Line[]): ContactDetails {
  const headings = findHeadings(lines);
  const details: ContactDetails = {
    email: first(text, EMAIL),
    phone: findPhone(text),
    linkedin: first(text, LINKEDIN),
    github: first(text, GITHUB),
  };
  // The header: the first lines, up to the first section heading.
  const firstHeading = headings.find((h) => h.line.index < 8)?.line.index ?? 8;
  const header = lines.slice(0, Math.min(8, firstHeading));
  for (const line of header) {
    if (!details.portfolio) {
      tokens: for (const token of boundedTokens(line.text, URL_TOKEN)) {
        for (const m of token.text.matchAll(URL)) {
          const at = line.start + token.start + m.index;
          const before = text[at - 1];
          if (before === "@" || /linkedin\.com|github\.com/i.test(m[0]) || (details.email && at >= details.email.start && at < details.email.end)) continue;
          if (!/[a-z]/.test(m[0]) || /^(?:node|next|vue|react|d3|three|chart|socket|express|nest|ember|backbone|nuxt|asp)\./i.test(m[0])) continue;
          details.portfolio = evidenceAt(text, at, at + trimEndChars(m[0], ".,/").length);
          break tokens;
        }
      }
    }
    if (!details.location) {
      // Header lines are usually "Name | City, Region | email | phone": check each part.
      let offset = 0;
      for (const part of line.text.split(/(\s*[|•·∙]\s*|\s+[–—-]\s+|\s{2,}|\t)/)) {
        const partStart = line.start + offset;
        offset += part.length;
        const cleaned = part.replace(/^(?:location|address|based in)\s*:?\s*/i, "");
        const lead = part.length - cleaned.length;
        if (!cleaned || /@|https?:|www\./.test(cleaned) || cleaned.trim().split(/\s+/).length > 5 || ROLE_WORD.test(cleaned)) continue;
        if (CITY_REGION.test(cleaned.trim()) || /^(?:remote|hybrid)(?:\b.*)?$/i.test(cleaned.trim()) || (lead > 0 && cleaned.trim().length > 1)) {
          const start = partStart + lead + (cleaned.length - cleaned.trimStart().length);
          details.location = evidenceAt(text, start, start + cleaned.trim().length);
          break;
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as ContactDetails;
}
