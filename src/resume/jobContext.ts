import { classifyJobLines } from "./jobLines";
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
 * - An organisation or product named anywhere: a capitalised name followed by
 *   an organisation word ("Ruby Valley Hospital", "Excel Academy", "Scala
 *   Mutual Insurance Group") or a product/programme word ("the Tableau
 *   Rewards program", "the Lean Start programme", "the SmileBook app",
 *   "Kaizen Week"), unless the whole name is a skill ("Google Analytics",
 *   "Salesforce app"); and the first two words of a longer employer name
 *   ("Kotlin Bay" of "Kotlin Bay Outdoor": "the Kotlin Bay Dealer Portal").
 * - What the employer offers: the lines under a benefits heading ("Benefits",
 *   "Perks", "What we offer", "Why Swift") and sentences that open like one
 *   ("Benefits: …", "We offer a company truck, …").
 * - Boilerplate and values (prose only, never a bullet or a requirement
 *   line): equal-opportunity and legal sentences ("… is an equal opportunity
 *   employer", "participates in E-Verify", "drug-free workplace"), and what
 *   the employer values ("We value kindness…", "Our culture prizes…",
 *   "Safety and integrity are our core values", "We look for curious,
 *   collaborative people…") when they name no hard skill.
 * - What the business and its customers do (prose only, not addressed to
 *   the candidate): sentences about "our customers/clients/patients/members…"
 *   or people who "use our product" ("Our customers track their loads in
 *   SAP", "3,000 landlords use our product alongside Yardi").
 * Every pattern starts only at the start of a word and reads a bounded
 * number of words, so the whole pass is linear in the ad's length.
 */

export type Span = { start: number; end: number };

const WORD_CHARS = "\\w&'’.-";
/** A capitalised name of one to six words ("St. Brigid Regional Medical Center", "Oak & Ember Coffee Roasters"). */
const NAME = `[A-Z][${WORD_CHARS}]{0,40}(?:[ \\t]{1,3}(?:(?:&|and|of|for|de)[ \\t]{1,3})?[A-Z0-9][${WORD_CHARS}]{0,40}){0,5}`;
const LEAD = new RegExp(`^(?:(?:At|Join)[ \\t]{1,3})?(${NAME})`);
const LEGAL = new RegExp(`(?<![${WORD_CHARS}])(${NAME})[ \\t]{1,3}(?:Inc|LLC|LLP|Ltd|Corp|Corporation|PC|GmbH|plc|PLLC)\\b\\.?`, "g");
/** Words that end a team's name ("Revenue Operations team", "IT department", "Clinical Excellence Unit"). */
const TEAM_WORD = `(?:[Tt]eam|[Gg]roup(?![ \\t]{1,3}polic)|[Ss]quad|[Pp]od|[Dd]epartment|[Oo]rg|[Oo]rgani[sz]ation|[Pp]ractice[ \\t]{1,3}[Gg]roup|[Cc]ent(?:er|re)|[Oo]ffice|[Dd]ivision|[Gg]uild|[Cc]hapter|[Tt]ribe|[Ll]ab|[Ss]tudio|[Uu]nit|[Dd]esk|[Cc]ommittee)s?\\b`;
const TEAM = new RegExp(`(?<![${WORD_CHARS}])${NAME}[ \\t]{1,3}${TEAM_WORD}`, "g");
/** A sentence opening with a named team: "Our Data Platform team maintains…" (the name captured). */
const TEAM_OPENING = new RegExp(`^(?:Our|The)[ \\t]{1,3}(${NAME})[ \\t]{1,3}${TEAM_WORD}`);
/** A name followed by an organisation word: "Ruby Valley Hospital", "Excel Academy", "Six Sigma Builders". */
const ORGANISATION = new RegExp(
  `(?<![${WORD_CHARS}])(${NAME})[ \\t]{1,3}(?:Group|Clinic|Hospital|Partners|Bank|Academy|Institute|Foundation|Schools?|Pharmacy|Dental|Builders|Roasters|Outfitters|Logistics|Analytics|Ventures|Capital|Holdings|Insurance|Mutual|Health[ \\t]{1,3}Plan|Food[ \\t]{1,3}Bank|Charter[ \\t]{1,3}Schools)\\b`,
  "g",
);
/** A name followed by a product or programme word: "the Tableau Rewards program", "the SmileBook app", "Kaizen Week". */
const PRODUCT = new RegExp(`(?<![${WORD_CHARS}])(${NAME})[ \\t]{1,3}(?:app|apps|portal|Portal|program|programme|Program|Programme|Rewards|Week)\\b`, "g");
/** Headings of what the employer offers or values: "Benefits", "Perks", "What we offer", "Why Swift", "Our values" (not "About us": what the business does names the domain of the work). */
const OFFER_HEADING =
  /^(?:benefits|perks|what we offer|we offer|what(?:'|’)?s in it for you|our offer|compensation|why (?!you\b)[A-Za-z]|our (?:values|culture)|life at|equal (?:employment )?opportunit|eeo\b)/i;
/** A sentence that opens like a benefits list: "Benefits: …", "Perks include …", "We offer a company truck, …". */
const OFFER_SENTENCE =
  /^(?:(?:benefits|perks)(?:[ \t]{1,3}(?:include|are))?[ \t]{0,3}[:\s]|we[ \t]{1,3}(?:also[ \t]{1,3})?(?:offer|provide)[ \t]|you(?:'|’)?ll[ \t]{1,3}(?:get|enjoy|receive)[ \t]|what we offer)/i;
/** Equal-opportunity and legal boilerplate. */
const BOILERPLATE =
  /\b(?:equal[ \t](?:employment[ \t])?opportunit(?:y|ies)|equal[ \t]housing|e-verify|discriminat|without[ \t]regard[ \t]to|m\/f\/d\/v|drug-free|tobacco-free|encouraged[ \t]to[ \t]apply|affirmative[ \t]action[ \t]employer)/i;
/** What the employer values: "We value kindness…", "Our culture prizes…", "… are our core values", "We look for curious people…". */
const VALUES =
  /^(?:we[ \t]{1,3}(?:value|believe|prize|celebrate|care[ \t]about|hire[ \t]for|look[ \t]for|want|are[ \t]proud|are[ \t]committed|(?:'|’)re[ \t](?:proud|committed))\b|our[ \t]{1,3}(?:culture|values|core[ \t]values|mission|vision)\b)|\b(?:our[ \t](?:core[ \t])?values|everything[ \t]we[ \t]do)\b/i;
/** Sentences whose subject is the employer's culture or values: "Our culture prizes…", "Safety and integrity are our core values". */
const OUR_VALUES = /^our[ \t]{1,3}(?:culture|values|core[ \t]values|mission|vision)\b|\b(?:are[ \t]our[ \t](?:core[ \t])?values|everything[ \t]we[ \t]do)\b/i;
/** The business and its customers: "our customers track…", "our patients message…", "landlords use our product…". */
const CUSTOMERS =
  /\b(?:our|their)[ \t]{1,3}(?:[A-Za-z-]{1,20}[ \t]{1,3})?(?:customers|clients|users|members|patients|guests|residents|donors|dealers|policyholders|scholars|families|investors|subscribers|shoppers|merchants|tenants)\b|\buses?[ \t]{1,3}our[ \t]{1,3}(?:product|platform|app|software|tools?)\b/i;
/** Words that address the candidate: such a sentence is the work, not the business. */
const ADDRESSED = /\b(?:you|your|you(?:'|’)ll|will|candidate)\b/i;
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
  // "Kotlin Bay" of "Kotlin Bay Outdoor": the short form names the employer too ("the Kotlin Bay Dealer Portal").
  for (const name of [...names]) {
    const short = /^[A-Z][\w'’-]{1,30}[ \t][A-Z][\w'’-]{1,30}(?=[ \t][A-Z])/.exec(name);
    if (short) add(short[0]);
  }
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
  for (const pattern of [ORGANISATION, PRODUCT])
    for (const m of text.matchAll(pattern)) if (!namesSkill(m[0]) && !namesSkill(m[1]!)) spans.push({ start: m.index, end: m.index + m[0].length });
  let inOpening = true; // still in the ad's opening prose (before its first heading or bullet)
  let offers = false; // inside a benefits section
  let offerBullets = false; // …that has had a bullet
  for (const line of classifyJobLines(text)) {
    const words = line.text.split(/\s+/, 8).length;
    if (!line.bullet && words <= 6 && !/[.;]$/.test(line.text) && OFFER_HEADING.test(line.text)) {
      offers = true;
      offerBullets = false;
      spans.push({ start: line.start, end: line.end });
      continue;
    }
    if (line.heading || line.bullet) inOpening = false;
    if (offers && (line.heading || (!line.bullet && offerBullets))) offers = false;
    if (offers) {
      offerBullets ||= line.bullet;
      spans.push({ start: line.start, end: line.end });
      continue;
    }
    for (const s of sentences(text, line.start, line.end)) {
      const opening = text.slice(s.start, Math.min(s.end, s.start + 200));
      const lead = opening.replace(/^(?:At|Join|The|Our|the|our)[ \t]{1,3}/, "");
      const offset = s.start + (opening.length - lead.length);
      const aboutCompany = subjects.has(offset) || subjects.has(s.start) || IDENTITY.test(opening);
      const sentence = text.slice(s.start, s.end);
      if (aboutCompany && !HIRES.test(sentence)) spans.push(s);
      else if (OFFER_SENTENCE.test(opening)) spans.push(s);
      else if (
        !line.bullet &&
        (describesEmployer(sentence, opening) || (inOpening && !HIRES.test(sentence) && !ADDRESSED.test(sentence) && teamSubject(opening)))
      )
        spans.push(s);
    }
  }
  return merge(spans);
}

/** Does a whole name read as a skill ("Google Analytics", "Salesforce")? */
function namesSkill(name: string): boolean {
  return findSkills(name, { implied: false }).some((m) => m.start === 0 && m.end >= name.length - 1);
}

/** Does a team named after no skill open the sentence ("Our Data Platform team maintains…", not "Our SRE team keeps…")? */
function teamSubject(opening: string): boolean {
  const team = TEAM_OPENING.exec(opening);
  return team !== null && findSkills(team[1]!, { implied: false }).length === 0;
}

/** A prose sentence of boilerplate, values, or what the business and its customers do (see the module comment). */
function describesEmployer(sentence: string, opening: string): boolean {
  if (BOILERPLATE.test(sentence) || OUR_VALUES.test(opening)) return true;
  if (VALUES.test(opening) && !HIRES.test(sentence)) return !findSkills(sentence, { implied: false }).some((m) => m.skill.category !== "soft");
  return CUSTOMERS.test(sentence) && !ADDRESSED.test(sentence) && !HIRES.test(sentence);
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
