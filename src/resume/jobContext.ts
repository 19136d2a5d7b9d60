import { splitLines } from "./lines";
import { findSkills } from "./skillMatcher";

/**
 * Parts of a job ad that are about the employer, not the candidate: the
 * employer's name, team names ("our Care Transformation team", "the Product
 * Security group") and the sentences that describe the company ("Cobalt Pay
 * processes card payments for 30,000 merchants."). Skills and phrases inside
 * them are not requirements: "Payroll" in "Summitline Payroll is hiring" or
 * "payments" in that description are not asked of anyone.
 *
 * - The employer is a capitalised name opening one of the first lines
 *   ("Brightwater Instruments designs…", "At Parcelwise we…", "Join X…") and
 *   followed by a verb, a comma or a possessive, or a name with a legal
 *   suffix ("Harlow & Finch LLP"). Every later mention of it is ignored too.
 * - A team is a capitalised name followed by team, group, squad, pod,
 *   department, center… ("Revenue Operations team", "IT department"), not
 *   after "a"/"an" ("an Agile team" is a kind of team, not a name).
 * - A sentence whose subject is the employer, or that opens with "At
 *   <employer>", describes the company unless it hires ("is hiring", "seeks",
 *   "is looking for", "needs"…); so does an appositive right after the
 *   employer's name (", a family-owned freight company,"), and a sentence
 *   saying what "we" are ("We're a Series B payments company", "Founded in
 *   2012, …"; not "We are modernising a .NET estate", which is the work).
 * Every pattern starts only at the start of a word and reads a bounded
 * number of words, so the whole pass is linear in the ad's length.
 */

export type Span = { start: number; end: number };

const WORD_CHARS = "\\w&'’.-";
/** A capitalised name of one to six words ("St. Brigid Regional Medical Center", "Oak & Ember Coffee Roasters"). */
const NAME = `[A-Z][${WORD_CHARS}]{0,40}(?:[ \\t]{1,3}(?:(?:&|and|of|for|de)[ \\t]{1,3})?[A-Z0-9][${WORD_CHARS}]{0,40}){0,5}`;
const LEAD = new RegExp(`^(?:(?:At|Join)[ \\t]{1,3})?(${NAME})`);
const LEGAL = new RegExp(`(?<![${WORD_CHARS}])(${NAME})[ \\t]{1,3}(?:Inc|LLC|LLP|Ltd|Corp|Corporation|PC|GmbH|plc|PLLC)\\b\\.?`, "g");
const TEAM = new RegExp(
  `(?<![${WORD_CHARS}])${NAME}[ \\t]{1,3}(?:[Tt]eam|[Gg]roup(?![ \\t]{1,3}polic)|[Ss]quad|[Pp]od|[Dd]epartment|[Oo]rg|[Oo]rgani[sz]ation|[Pp]ractice[ \\t]{1,3}[Gg]roup|[Cc]ent(?:er|re)|[Oo]ffice|[Dd]ivision|[Gg]uild|[Cc]hapter|[Tt]ribe|[Ll]ab|[Ss]tudio)s?\\b`,
  "g",
);
/** What follows an employer's name at the start of a line: a comma, a possessive, "is/has/we", or a verb ("builds", "helps"). */
const AFTER_EMPLOYER = /^(?:,|['’]s\b|[ \t]{1,3}(?:is|are|has|have|was|we|our)\b|[ \t]{1,3}[a-z]{2,20}s\b)/;
const FUNCTION_WORDS = new Set([
  "We",
  "Our",
  "The",
  "This",
  "That",
  "You",
  "Your",
  "About",
  "What",
  "Who",
  "In",
  "As",
  "A",
  "An",
  "If",
  "Why",
  "How",
  "Here",
  "At",
  "Join",
  "Responsibilities",
  "Requirements",
  "Qualifications",
]);
/** "… the accounting team at Bellwether Logistics Group, …": a name after "at", ended by a comma, a full stop or "is"/"we". */
const AT_NAME = new RegExp(`(?<![${WORD_CHARS}])at[ \\t]{1,3}(${NAME})(?=[,.]|[ \\t]{1,3}(?:is|we)\\b)`);
/** "We're a Series B fintech…", "Founded in 2012, …": sentences saying what the company is. */
const IDENTITY = /^(?:We(?:'re|’re|[ \t]{1,3}are)[ \t]{1,3}(?:an?|the|one of)[ \t]|Founded in[ \t]|Headquartered in[ \t])/;
const INDEFINITE_BEFORE = /(?:^|[^A-Za-z])an?[ \t]{1,3}$/i;
const HIRES =
  /\b(?:hiring|hires|seeks|seeking|looking for|needs|need|is adding|are adding|recruiting|searching for|wants|opening for|has an opening|vacancy)\b/i;
const APPOSITIVE = /^,[ \t]{1,3}(?:a|an|the)[ \t][^,.\n]{1,120}[,.]/;

/** Sentence bounds within [from, to): split after . ! ? followed by a space, except after short capitalised abbreviations ("St.", "Co."). */
function sentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if ((ch === "." || ch === "!" || ch === "?") && (i + 1 === to || text[i + 1] === " ")) {
      let w = i;
      while (w > start && /[A-Za-z]/.test(text[w - 1]!)) w--;
      const word = text.slice(w, i);
      if (ch === "." && /^[A-Z][a-z]{0,2}$/.test(word)) continue;
      out.push({ start, end: i + 1 });
      start = i + 1;
      while (start < to && text[start] === " ") start++;
    }
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/** At most this many employer names are looked for (each costs one pass over the ad). */
const MAX_NAMES = 8;

function employerNames(text: string): string[] {
  const names = new Set<string>();
  const add = (raw: string) => {
    const name = raw.replace(/['’]s$/, "").replace(/[.,]+$/, "");
    // "Node.js services, PostgreSQL …" opens with a skill, not an employer.
    const isSkill = findSkills(name).some((m) => m.start === 0 && m.end >= name.length - 1);
    if (name.length >= 3 && !isSkill && !FUNCTION_WORDS.has(name.split(/[ \t]/)[0]!) && names.size < MAX_NAMES) names.add(name);
  };
  // The ad's opening prose (before its first bullet): "Brightwater Instruments designs …".
  for (const line of splitLines(text).slice(0, 3)) {
    if (line.bullet) break;
    // A name opens the line: read at most its first 300 characters.
    const head = line.text.slice(0, 300);
    if (head.split(" ", 6).length < 6) continue;
    const m = LEAD.exec(head);
    if (m && (/^(?:At|Join)[ \t]/.test(head) || /['’]s$/.test(m[1]!) || AFTER_EMPLOYER.test(head.slice(m[0].length)))) add(m[1]!);
    const at = AT_NAME.exec(head);
    if (at) add(at[1]!);
  }
  for (const m of text.matchAll(LEGAL)) add(m[0]);
  return [...names];
}

/** Spans (sorted, merged) of the ad that speak about the employer rather than the candidate. */
export function employerSpans(text: string): Span[] {
  const spans: Span[] = [];
  const names = employerNames(text);
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      spans.push({ start: i, end: i + name.length });
      const appositive = APPOSITIVE.exec(text.slice(i + name.length, i + name.length + 130));
      if (appositive) spans.push({ start: i + name.length, end: i + name.length + appositive[0].length });
    }
  }
  // Sentences about the company: their subject is the employer, and they hire no one. (A team's
  // sentence, "Our SRE team keeps 60 services healthy across three AWS regions", says what the work is.)
  const subjects = new Set(spans.map((x) => x.start));
  // "Our Care Transformation team" names a team; "an Agile team" is a kind of team (the name part is a skill asked for).
  for (const m of text.matchAll(TEAM))
    if (!INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const line of splitLines(text)) {
    for (const s of sentences(text, line.start, line.end)) {
      const opening = text.slice(s.start, Math.min(s.end, s.start + 200));
      const lead = opening.replace(/^(?:At|Join|The|Our|the|our)[ \t]{1,3}/, "");
      const offset = s.start + (opening.length - lead.length);
      const aboutCompany = subjects.has(offset) || subjects.has(s.start) || IDENTITY.test(opening);
      if (aboutCompany && !HIRES.test(text.slice(s.start, s.end))) spans.push(s);
    }
  }
  return merge(spans);
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
