import { firstAtOrAfter, lastAtOrBefore } from "./scan";
import { skillTaxonomy, type SkillEntry } from "./taxonomy";

/**
 * Finds taxonomy skills in free text with exact character offsets.
 *
 * Speed: instead of running ~1,500 regexes over the whole text, every surface
 * form is indexed by its first alphanumeric run ("node" for "Node.js", "net"
 * for ".NET", "c" for "C++"); the text is scanned word by word and only the
 * forms indexed under that word (or the word minus a plural/verb ending) are
 * tried, each as a sticky regex at that position.
 */

export type SkillMatch = {
  skill: SkillEntry;
  start: number;
  end: number;
  text: string;
  implied: boolean;
  /** Read by a `resumeOnly` form ("account managers"): in a job ad it names people unless it names the role asked for. */
  resumeOnly?: boolean;
};

type Form = {
  skill: SkillEntry;
  /** Compiled on first use: most forms are never tried on a given text. */
  regex?: RegExp;
  source: string;
  flags: string;
  prefixLength: number;
  /** Lower-cased first alphanumeric run of the form: the index key. */
  anchor: string;
  /** Case-sensitive form of a `contextual` skill: needs technical context ("listed": another skill next to it; "related": a related one). */
  guarded: boolean | "listed" | "related";
  /** A family name ("stm32*"): tried on every word that starts with its anchor. */
  family: boolean;
  /** Shows the skill in a resume, but names people or something else in a job ad ("account manager"). */
  resumeOnly: boolean;
  /** The form read with a coordination after its first word ("unit and integration tests"), tried only where one follows. */
  coordinated?: { source: string; regex?: RegExp; needs: string };
  /** For "a ~ b": the first word of "b", which must occur shortly after "a" for the regex to be worth trying. */
  needs?: string;
};

const ENDINGS = ["ing", "es", "ed", "s", "d"];

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A space of a form: spaces or hyphens ("test-driven"), or a line wrap ("machine\nlearning"), but not
 * a new list item ("leadership\n- Experience with…" is not "leadership experience").
 */
const SPACE = "(?:[ \\t\\-]{1,4}(?:\\r?\\n[ \\t]{0,3})?|\\r?\\n[ \\t]{0,3})";

/** The regex body of a literal form: spaces also match hyphens or a line wrap, hyphens are optional, slashes may have spaces. */
function literalBody(form: string): string {
  let body = "";
  for (const ch of form) {
    if (ch === " ") body += SPACE;
    else if (ch === "-") body += "[ \\t\\-]?";
    else if (ch === "/") body += "\\s*/\\s*";
    else body += escapeChar(ch);
  }
  return body;
}

const INFLECTION = "(?:s|es|ed|d|ing)?";
/** The first run of letters and digits of a form part, lower-cased ("tests" in "tests", "end" in "end-to-end"). */
const firstWord = (part: string) => (/[a-z0-9]+/i.exec(part)?.[0] ?? "").toLowerCase();
/** How far after a mention's start the next word of a gap or coordinated form is looked for. */
const NEEDS_WINDOW = 160;
/**
 * "negotiate ~ agreements": up to four words between the parts ("Negotiate
 * customer and vendor agreements", "Manage a $400k monthly budget"), on one
 * line. Every run is bounded, so a try costs a bounded number of steps.
 */
const GAP = "(?:[ \\t,]{1,3}[A-Za-z0-9$€£%&'’/+()–-]{1,25}(?:\\.[0-9][A-Za-z0-9%]{0,6})?){0,4}[ \\t,]{1,3}";
/** One or two words of a coordination ("integration" in "unit and integration tests", "credit card" in "cash and credit card drops"). */
const ITEM = "[A-Za-z0-9][A-Za-z0-9+#/-]{0,24}(?:[ \\t]{1,3}[A-Za-z0-9][A-Za-z0-9+#/-]{0,24})?";
/** ", B and C " or " and B " between the first word of a form and the rest: "Windows and Linux logs", "onboarding, activation and win-back journeys". */
const COORDINATION = `(?:[ \\t]{0,3},[ \\t]{0,3}${ITEM}){0,2}[ \\t]{0,3},?[ \\t]{1,3}(?:and/or|and|or|&)[ \\t]{1,3}${ITEM}[ \\t]{1,3}`;

/**
 * A form's regex. Besides the literal form:
 * - `a ~ b` reads "a", up to four words, then "b" (a verb and its object);
 * - a form of several words also reads with a coordination after its first
 *   word ("unit and integration tests" holds "unit tests"). Those two kinds
 *   of match report only their first word as the mention (the rest is read
 *   by a lookahead and captured as its reach), so the words in between stay
 *   free for their own skills ("integration tests").
 */
function compileForm(skill: SkillEntry, surface: string, caseSensitive: boolean): Form | undefined {
  // "stm32*": a family name, any model suffix ("STM32L4", "nRF52840").
  const family = surface.endsWith("*");
  const form = family ? surface.slice(0, -1) : surface;
  const anchor = /[A-Za-z0-9]+/.exec(form);
  if (!anchor) return undefined;
  const singleLetter = /^[A-Za-z]$/.test(form);
  // Inflect the last word ("microservices", "mentored") for lower-case-insensitive word forms.
  const inflect = !caseSensitive && /[a-z]$/i.test(form) && form.length >= 3;
  const left = form.startsWith(".") ? "(?<![A-Za-z0-9_.])" : singleLetter ? "(?<![A-Za-z0-9_.\\-&'’/])" : "(?<![A-Za-z0-9_.@])";
  const right = singleLetter ? "(?![A-Za-z0-9_+#])(?![&'’\\-.][A-Za-z0-9])" : "(?![A-Za-z0-9_+#])";
  const suffix = family ? "[A-Za-z0-9]{0,16}" : inflect ? INFLECTION : "";
  let source: string;
  let coordinated: Form["coordinated"];
  let needs: string | undefined;
  const parts = form.split(" ~ ");
  if (parts.length > 1 && !caseSensitive && !family) {
    const inflected = (part: string) => literalBody(part) + (/[a-z]$/i.test(part) && part.length >= 3 ? INFLECTION : "");
    const rest = parts
      .slice(1)
      .map((part) => GAP + inflected(part))
      .join("");
    source = `${left}${inflected(parts[0]!)}(?=(${rest}${right}))`;
    needs = firstWord(parts[parts.length - 1]!);
  } else {
    source = `${left}${literalBody(form)}${suffix}${right}`;
    const space = form.indexOf(" ");
    const first = space > 0 ? form.slice(0, space) : "";
    if (!caseSensitive && !family && /^[a-z0-9][a-z0-9/&+.'-]+$/i.test(first)) {
      coordinated = {
        source: `${left}${literalBody(first)}(?=(${COORDINATION}${literalBody(form.slice(space + 1))}${suffix}${right}))`,
        needs: firstWord(form.slice(space + 1)),
      };
    }
  }
  const resumeOnly = (skill.resumeOnly ?? []).includes(surface.toLowerCase());
  return {
    skill,
    family,
    source,
    flags: caseSensitive ? "y" : "iy",
    prefixLength: anchor.index,
    anchor: anchor[0].toLowerCase(),
    guarded: caseSensitive && skill.contextual ? (skill.contextual === true ? true : skill.contextual) : false,
    resumeOnly,
    ...(coordinated ? { coordinated } : {}),
    ...(needs ? { needs } : {}),
  };
}

let index: Map<string, Form[]> | undefined;
/** Family forms ("stm32*"), by the first two letters of their anchor: a word looks up one short list. */
let families = new Map<string, Form[]>();

function formIndex(): Map<string, Form[]> {
  if (index) return index;
  const built = new Map<string, Form[]>();
  const familyForms: Form[] = [];
  for (const skill of skillTaxonomy) {
    const exact = new Set(skill.caseSensitive ?? []);
    const insensitive = new Set([...(exact.has(skill.canonical) ? [] : [skill.canonical]), ...skill.aliases].map((f) => f.toLowerCase()));
    const surfaces: [string, boolean][] = [
      ...[...insensitive].map((f): [string, boolean] => [f, false]),
      ...[...exact].map((f): [string, boolean] => [f, true]),
    ];
    for (const [surface, caseSensitive] of surfaces) {
      const form = compileForm(skill, surface, caseSensitive);
      if (!form) continue;
      if (form.family) {
        familyForms.push(form);
        continue;
      }
      const list = built.get(form.anchor) ?? [];
      list.push(form);
      built.set(form.anchor, list);
    }
  }
  families = new Map();
  for (const form of familyForms) {
    const list = families.get(form.anchor.slice(0, 2)) ?? [];
    list.push(form);
    families.set(form.anchor.slice(0, 2), list);
  }
  index = built;
  return built;
}

/**
 * Spans the skill matcher must ignore: URLs and e-mail addresses ("github.com/jane/react-app").
 * Each pattern may start only where its leading run starts (the lookbehinds)
 * and bounds the e-mail local part, so one 60 KB word costs one attempt, not
 * one per character (the unanchored `[\w.+-]+@` was quadratic).
 */
const MASKS = [
  /\b(?:https?:\/\/|www\.)[^\s,;)]+/gi,
  /(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g,
  /(?<![\w-])[\w-]+\.(?:com|io|dev|org|me|app|co)\/[^\s,;)]*/gi,
];

export function maskedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of MASKS) for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Is `r` inside one of `spans`? `spans` sorted by start, `maxEnd[i]` the largest end among spans[0..i]. */
function insideAny(r: { start: number; end: number }, spans: { start: number; end: number }[], maxEnd: number[]): boolean {
  const i = lastAtOrBefore(spans, r.start);
  return i >= 0 && maxEnd[i]! >= r.end;
}

const TECH_CONTEXT = new Set(
  (
    "language languages programming developer developers development engineer engineers engineering framework frameworks library libraries " +
    "code codebase codebases sdk stack service services microservice microservices backend back-end frontend front-end app apps application " +
    "applications component components hooks api apis server servers scripts scripting script modules packages tooling experience proficient " +
    "proficiency expertise written charts functions native jobs pipelines pipeline cluster clusters queries notebooks web mobile ui platform " +
    "data projects project tests testing skills front advanced intermediate strong expert basic solid working knowledge tool tools software " +
    "system systems reports reporting dashboards certified certification"
  ).split(" "),
);
const CONTEXT_BEFORE = new Set(["in", "using", "with", "via"]);
/** "Go to market", "React quickly", "Excel at", "Spring 2021": ordinary English, never the skill. */
const NEGATIVE_AFTER = /^\s*(?:to|ahead|live|through|back|beyond|over|out|up|at|quickly|swiftly|promptly|(?:19|20)\d{2}|'\d{2})\b/i;
const NEGATIVE_BEFORE = /\b(?:to|will|can|let's|lets|must|should|would|could|and then)\s*$/i;

/** Start offset of every line of `text` (sorted), so the line around any offset is a binary search. */
function lineStarts(text: string): { start: number }[] {
  const starts = [{ start: 0 }];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push({ start: i + 1 });
  return starts;
}

type Context = { text: string; lines: { start: number }[]; byStart: Raw[]; byEnd: Raw[]; byEndKeys: { start: number }[] };

/** Start of the line holding `start` and end of the line holding `end` (a mention may span a line break). */
function lineBounds(ctx: Context, start: number, end: number): { lineStart: number; lineEnd: number } {
  const lineStart = ctx.lines[lastAtOrBefore(ctx.lines, start)]!.start;
  const next = ctx.lines[lastAtOrBefore(ctx.lines, end) + 1];
  return { lineStart, lineEnd: next ? next.start - 1 : ctx.text.length };
}

/** Characters looked at around a mention for its context words (the nearest 3 words fit easily). */
const WORD_WINDOW = 120;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z-]/.test(ch);

/** The n words before and after a mention on its line, read within WORD_WINDOW characters each side. */
function wordsAround(text: string, start: number, end: number, n: number, lineStart: number, lineEnd: number): { before: string[]; after: string[] } {
  let from = Math.max(lineStart, start - WORD_WINDOW);
  let to = Math.min(lineEnd, end + WORD_WINDOW);
  // A word cut by the window is not a word of the text: leave it out.
  if (from > lineStart && isWordChar(text[from - 1])) while (from < start && isWordChar(text[from])) from++;
  if (to < lineEnd && isWordChar(text[to])) while (to > end && isWordChar(text[to - 1])) to--;
  const before = (
    text
      .slice(from, start)
      .toLowerCase()
      .match(/[a-z][a-z\-]*/g) ?? []
  ).slice(-n);
  const after = (
    text
      .slice(end, to)
      .toLowerCase()
      .match(/[a-z][a-z\-]*/g) ?? []
  ).slice(0, n);
  return { before, after };
}

const isSpace = (ch: string) => /\s/.test(ch);

/** Only whitespace and at most one bullet marker between the line start and `at` (/^\s*(?:[-*•…]\s*)?$/, scanned backwards). */
function onlyBulletBefore(text: string, lineStart: number, at: number): boolean {
  let i = at;
  while (i > lineStart && isSpace(text[i - 1]!)) i--;
  if (i > lineStart && "-*•●▪◦·–".includes(text[i - 1]!)) i--;
  while (i > lineStart && isSpace(text[i - 1]!)) i--;
  return i === lineStart;
}

/** Only whitespace and . , ; between `at` and the line end. */
function onlyPunctuationAfter(text: string, at: number, lineEnd: number): boolean {
  let i = at;
  while (i < lineEnd && (isSpace(text[i]!) || ".,;".includes(text[i]!))) i++;
  return i === lineEnd;
}

/**
 * A guarded match ("Go", "React", "Spark") counts only with technical context
 * (or on a credentials line, "Certifications: …"):
 * not followed by "to"/"ahead"… nor preceded by "to"/"will"…, and either
 * another skill is listed on the same line within 40 characters, the word just
 * before is "in"/"using"/"with"…, or a technical word is within 3 words.
 * Every check looks at a bounded window, so thousands of mentions on one
 * line stay linear. A `listed` form (a product named like a common word)
 * needs a neighbouring skill or "in"/"using"/"with" before it; a `related`
 * form (a short name of several fields) a related skill within 40 characters.
 */
function hasTechContext(ctx: Context, match: Raw): boolean {
  const { text } = ctx;
  // In a list of skills ("ADDIE or SAM to scope", "Gong, Outreach or Salesloft") the name is a skill whatever follows.
  if (inList(ctx, match)) return true;
  const { lineStart, lineEnd } = lineBounds(ctx, match.start, match.end);
  // On a credentials line ("Designation: RPA (BOMI International)", "Certifications: CCRP, CITI GCP") a name is a credential.
  if (CREDENTIAL_LINE.test(text.slice(lineStart, Math.min(match.start, lineStart + 40)))) return true;
  // A short name of several fields ("SD", "CPM", "ATS") needs a related skill next to it: "SD through DD and CDs", "CPSM or CPM".
  if (match.form.guarded === "related") return hasNeighbour(ctx, match, lineStart, lineEnd, (o) => relatedSense(match.form.skill, o.form.skill));
  const after = text.slice(match.end, match.end + 20);
  const before = text.slice(Math.max(0, match.start - 20), match.start);
  if (NEGATIVE_AFTER.test(after) || /^-to\b/i.test(after) || NEGATIVE_BEFORE.test(before)) return false;
  // A list item that is just the name ("- R", "• Go") is a skill list entry.
  if (onlyBulletBefore(text, lineStart, match.start) && onlyPunctuationAfter(text, match.end, lineEnd)) return true;
  if (hasNeighbour(ctx, match, lineStart, lineEnd)) return true;
  const around = wordsAround(text, match.start, match.end, 3, lineStart, lineEnd);
  const previous = around.before[around.before.length - 1];
  if (previous && CONTEXT_BEFORE.has(previous)) return true;
  // A product name that is also a common word ("Adaptive", "Indeed") needs a list or "in/using/with".
  if (match.form.guarded === "listed") return false;
  return [...around.before, ...around.after].some((w) => TECH_CONTEXT.has(w));
}

const LIST_LINK = /^[ \t]{0,2}(?:,|\/|or|and|&|through|thru|to)[ \t]{0,2}(?:(?:or|and)[ \t]{1,2})?$/i;
/** A resume line that lists credentials: "Certifications:", "Designation:", "License:", "Credentials:". */
const CREDENTIAL_LINE = /^[ \t]{0,4}(?:certifications?|certificates?|designations?|licen[cs]es?|licensure|credentials?)[ \t]{0,2}:/i;

/** Is `match` joined to the next or previous mention of an unambiguous skill by a comma, slash, "or" or "and"? */
function inList(ctx: Context, match: Raw): boolean {
  const next = ctx.byStart[firstAtOrAfter(ctx.byStart, match.end)];
  if (next && !next.form.guarded && next.start - match.end <= 8 && LIST_LINK.test(ctx.text.slice(match.end, next.start))) return true;
  const before = firstAtOrAfter(ctx.byEndKeys, match.start - 8);
  for (let i = before; i < ctx.byEnd.length && ctx.byEnd[i]!.end <= match.start; i++) {
    const other = ctx.byEnd[i]!;
    if (other !== match && !other.form.guarded && LIST_LINK.test(ctx.text.slice(other.end, match.start))) return true;
  }
  return false;
}

/** Another mention on the same line, 0–40 characters after the end or before the start of `match`. */
function hasNeighbour(ctx: Context, match: Raw, lineStart: number, lineEnd: number, accept: (o: Raw) => boolean = () => true): boolean {
  const sameLine = (o: Raw) => o !== match && o.start >= lineStart && o.end <= lineEnd && accept(o);
  for (let i = firstAtOrAfter(ctx.byStart, match.end); i < ctx.byStart.length && ctx.byStart[i]!.start <= match.end + 40; i++) {
    if (sameLine(ctx.byStart[i]!)) return true;
  }
  // byEnd holds { start: end } keys: mentions ending 0–40 characters before the start.
  for (let i = firstAtOrAfter(ctx.byEndKeys, match.start - 40); i < ctx.byEnd.length && ctx.byEnd[i]!.end <= match.start; i++) {
    if (sameLine(ctx.byEnd[i]!)) return true;
  }
  return false;
}

/** Does ", …" or " and|or|& …" follow the word ending at `at` (skipping the rest of a hyphenated first word)? A bounded scan. */
function coordinationFollows(text: string, at: number): boolean {
  let i = at;
  for (let n = 0; n < 24 && i < text.length && /[A-Za-z0-9/&+.'-]/.test(text[i]!); n++) i++;
  while (i < text.length && i - at < 30 && (text[i] === " " || text[i] === "\t")) i++;
  const next = text.slice(i, i + 4).toLowerCase();
  return next.startsWith(",") || next.startsWith("&") || /^(?:and|or)\b/.test(next);
}

/** A mention; `reach` is where the words read for it end (past `end` for "negotiate ~ agreements" and coordinated forms). */
type Raw = { form: Form; start: number; end: number; reach: number };

/**
 * Every skill mention in `text`, with exact offsets; overlapping mentions keep
 * the longest. With `implied` (default) also the skills implied by a mention,
 * at the same offsets: use it for the resume (evidence), not for the job ad
 * (an ad naming BigQuery does not ask for all of Google Cloud). With `job`
 * (a job ad), a mention read by a form that names people or something else in
 * an ad ("account managers", "forecasted occupancy"; see `resumeOnly`) is
 * marked `resumeOnly` and stands alone: other forms of the same words and the
 * shorter forms inside it are dropped, and the caller decides (keywords.ts
 * keeps "as an account manager", the role asked for).
 */
export function findSkills(text: string, options: { implied?: boolean; job?: boolean } = {}): SkillMatch[] {
  const forms = formIndex();
  const raw: Raw[] = [];
  // For the cheap "is the next word of the form nearby?" check; a bounded slice each time, never a scan to the end.
  const lower = text.toLowerCase();
  const nearby = (at: number, word: string) => lower.slice(at, at + NEEDS_WINDOW).includes(word);
  for (const word of text.matchAll(/[A-Za-z0-9]+/g)) {
    const lowerWord = word[0].toLowerCase();
    const keys = [lowerWord];
    for (const ending of ENDINGS) {
      const key = lowerWord.slice(0, -ending.length);
      if (lowerWord.length > ending.length + 1 && lowerWord.endsWith(ending) && !keys.includes(key)) keys.push(key);
    }
    const candidates: Form[] = [];
    for (const key of keys) for (const form of forms.get(key) ?? []) candidates.push(form);
    for (const form of families.get(lowerWord.slice(0, 2)) ?? []) if (lowerWord.startsWith(form.anchor)) candidates.push(form);
    for (const form of candidates) {
      const at = word.index - form.prefixLength;
      if (at < 0) continue;
      if (form.needs && !nearby(at, form.needs)) continue;
      form.regex ??= new RegExp(form.source, form.flags);
      form.regex.lastIndex = at;
      let m = form.regex.exec(text);
      if (!m && form.coordinated && coordinationFollows(text, word.index + word[0].length) && nearby(at, form.coordinated.needs)) {
        form.coordinated.regex ??= new RegExp(form.coordinated.source, form.flags);
        form.coordinated.regex.lastIndex = at;
        m = form.coordinated.regex.exec(text);
      }
      if (!m) continue;
      const end = at + m[0].length;
      raw.push({ form, start: at, end, reach: end + (m[1]?.length ?? 0) });
    }
  }
  const masked = maskedSpans(text).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const span of masked) maxEnd.push(Math.max(span.end, maxEnd[maxEnd.length - 1] ?? -1));
  const unmasked = raw.filter((r) => !insideAny(r, masked, maxEnd));
  const byStart = [...unmasked].sort((a, b) => a.start - b.start);
  const byEnd = [...unmasked].sort((a, b) => a.end - b.end);
  const ctx: Context = { text, lines: lineStarts(text), byStart, byEnd, byEndKeys: byEnd.map((r) => ({ start: r.end })) };
  const accepted = unmasked.filter((r) => !r.form.guarded || hasTechContext(ctx, r));
  // Resume-only forms win over the shorter forms inside them ("patient navigators" is not "navigators") and, in a
  // job ad, over other forms of the same words ("forecasted" is also "forecast" + "ed").
  let kept = disambiguate(text, longestOnly(accepted));
  if (options.job) {
    const people = new Set(kept.filter((r) => r.form.resumeOnly).map((r) => `${r.start}:${r.end}`));
    kept = kept.filter((r) => r.form.resumeOnly || !people.has(`${r.start}:${r.end}`));
  }
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SkillMatch[] = [];
  const seen = new Set<string>();
  for (const r of kept) {
    const key = `${r.form.skill.canonical}@${r.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      skill: r.form.skill,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      implied: false,
      ...(r.form.resumeOnly ? { resumeOnly: true } : {}),
    });
  }
  return options.implied === false ? out : withImplied(out);
}

/**
 * Longest match wins: drops a mention inside a longer mention ("CI" in
 * "CI/CD", "AWS" in "AWS Lambda"), i.e. one contained in another with a
 * different span, and among mentions of one start those that read fewer
 * words ("Negotiation" under "negotiate ~ agreements"), unless the shorter
 * one is the more specific skill ("CAN bus" in "CAN and CAN FD
 * communication", which it implies) or, under a form that reads past its
 * end, a name ("HubSpot" in "HubSpot or Salesforce administration"). A mention that reads past its end
 * (`reach`) only wins over mentions of its own start: the words it reads in
 * between keep their own skills. A sweep by start: O(n log n), not a
 * pairwise comparison.
 */
function longestOnly(mentions: Raw[]): Raw[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.reach - a.reach);
  const dropped = new Set<Raw>();
  let maxEndBefore = -1; // largest end among mentions starting strictly earlier
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.start === sorted[i]!.start) j++;
    const widest = sorted[i]!; // the longest of this start (sorted by reach, descending)
    let groupEnd = -1;
    for (let k = i; k < j; k++) {
      const r = sorted[k]!;
      const narrower =
        r.reach < widest.reach &&
        !(r.end === widest.end && r.form.skill.implies?.includes(widest.form.skill.canonical)) &&
        // A name ("HubSpot" in "HubSpot or Salesforce administration") stays; a general word ("negotiate") goes.
        (widest.reach === widest.end || r.form.skill.category === "practice" || r.form.skill.category === "soft");
      if (maxEndBefore >= r.end || narrower) dropped.add(r);
      else groupEnd = Math.max(groupEnd, r.end);
    }
    maxEndBefore = Math.max(maxEndBefore, groupEnd);
    i = j;
  }
  return mentions.filter((r) => !dropped.has(r));
}

const byName = new Map(skillTaxonomy.map((s) => [s.canonical, s]));

/** How far around a name with several meanings its neighbours are read (a few list items either side). */
const SENSE_WINDOW = 120;

/** Everything a skill implies, transitively ("Benchling" → electronic lab notebook → laboratory research); computed once per skill. */
const closures = new Map<string, Set<string>>();
function closure(skill: SkillEntry): Set<string> {
  let out = closures.get(skill.canonical);
  if (out) return out;
  out = new Set<string>();
  const queue = [...(skill.implies ?? [])];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (out.has(name)) continue;
    out.add(name);
    queue.push(...(byName.get(name)?.implies ?? []));
  }
  closures.set(skill.canonical, out);
  return out;
}

/** Are two skills of one kind: the same, one implies the other, both imply a common skill, or both are credentials (or soft skills)? */
function relatedSense(a: SkillEntry, b: SkillEntry): boolean {
  if (a.canonical === b.canonical) return true;
  if (a.category === b.category && (a.category === "certification" || a.category === "soft")) return true;
  const ofA = closure(a);
  const ofB = closure(b);
  if (ofA.has(b.canonical) || ofB.has(a.canonical)) return true;
  for (const k of ofA) if (ofB.has(k)) return true;
  return false;
}

/**
 * One name, several skills ("ATS": applicant tracking systems or automatic
 * transfer switches; "Oracle": the database or the ERP; "transformers"): the
 * meanings related to the other mentions near it on its line ("generators,
 * UPS, ATS", "Oracle or a comparable ERP") are kept, the others dropped; with
 * no such evidence every meaning stays. Each ambiguous name reads a bounded
 * window of neighbours, so the pass stays linear.
 */
function disambiguate(text: string, mentions: Raw[]): Raw[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const dropped = new Set<Raw>();
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i]!;
    let j = i;
    while (j < sorted.length && sorted[j]!.start === first.start && sorted[j]!.end === first.end) j++;
    const senses = sorted.slice(i, j);
    if (new Set(senses.map((r) => r.form.skill.canonical)).size > 1) {
      const scores = senses.map(() => 0);
      const from = firstAtOrAfter(sorted, first.start - SENSE_WINDOW);
      for (let k = from; k < sorted.length && sorted[k]!.start <= first.end + SENSE_WINDOW; k++) {
        const other = sorted[k]!;
        if (k >= i && k < j) continue;
        const between = other.start < first.start ? text.slice(other.end, first.start) : text.slice(first.end, other.start);
        if (between.includes("\n")) continue;
        senses.forEach((sense, n) => {
          if (relatedSense(sense.form.skill, other.form.skill)) scores[n]!++;
        });
      }
      const best = Math.max(...scores);
      if (best > 0) senses.forEach((sense, n) => scores[n]! < best && dropped.add(sense));
    }
    i = j;
  }
  return dropped.size === 0 ? mentions : mentions.filter((r) => !dropped.has(r));
}

const compounds = skillTaxonomy.filter((s) => s.composedOf && s.composedOf.length > 0);

/**
 * Adds what the mentions imply, transitively ("Data Loader" → Salesforce →
 * CRM), at the implying mention's offsets; then each compound skill whose
 * parts are all shown ("Embedded C": C and embedded systems), at the first
 * mention of its last-shown part.
 */
function withImplied(matches: SkillMatch[]): SkillMatch[] {
  const extra: SkillMatch[] = [];
  for (const m of matches) {
    if (!m.skill.implies?.length) continue;
    const seen = new Set([m.skill.canonical]);
    const queue = [...(m.skill.implies ?? [])];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const implied = byName.get(name);
      if (!implied) continue;
      extra.push({ ...m, skill: implied, implied: true });
      queue.push(...(implied.implies ?? []));
    }
  }
  const all = [...matches, ...extra];
  const first = new Map<string, SkillMatch>();
  for (const m of all) {
    const seen = first.get(m.skill.canonical);
    if (!seen || m.start < seen.start) first.set(m.skill.canonical, m);
  }
  for (const c of compounds) {
    if (first.has(c.canonical)) continue;
    const parts = c.composedOf!.map((name) => first.get(name));
    if (parts.some((p) => !p)) continue;
    const last = parts.reduce((a, b) => (b!.start > a!.start ? b : a))!;
    all.push({ ...last, skill: c, implied: true });
  }
  return all.sort((a, b) => a.start - b.start || Number(a.implied) - Number(b.implied));
}
