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

export type SkillMatch = { skill: SkillEntry; start: number; end: number; text: string; implied: boolean };

type Form = {
  skill: SkillEntry;
  /** Compiled on first use: most forms are never tried on a given text. */
  regex?: RegExp;
  source: string;
  flags: string;
  prefixLength: number;
  /** Lower-cased first alphanumeric run of the form: the index key. */
  anchor: string;
  /** Case-sensitive form of a `contextual` skill: needs technical context. */
  guarded: boolean;
};

const ENDINGS = ["ing", "es", "ed", "s", "d"];

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}

function compileForm(skill: SkillEntry, form: string, caseSensitive: boolean): Form | undefined {
  const anchor = /[A-Za-z0-9]+/.exec(form);
  if (!anchor) return undefined;
  let body = "";
  for (const ch of form) {
    if (ch === " ") body += "[\\s\\-]+";
    else if (ch === "-") body += "[\\s\\-]?";
    else if (ch === "/") body += "\\s*/\\s*";
    else body += escapeChar(ch);
  }
  const singleLetter = /^[A-Za-z]$/.test(form);
  // Inflect the last word ("microservices", "mentored") for lower-case-insensitive word forms.
  const inflect = !caseSensitive && /[a-z]$/i.test(form) && form.length >= 3;
  const left = form.startsWith(".") ? "(?<![A-Za-z0-9_])" : singleLetter ? "(?<![A-Za-z0-9_.\\-&'’/])" : "(?<![A-Za-z0-9_.@])";
  const right = singleLetter ? "(?![A-Za-z0-9_+#])(?![&'’\\-.][A-Za-z0-9])" : "(?![A-Za-z0-9_+#])";
  const source = `${left}${body}${inflect ? "(?:s|es|ed|d|ing)?" : ""}${right}`;
  return {
    skill,
    source,
    flags: caseSensitive ? "y" : "iy",
    prefixLength: anchor.index,
    anchor: anchor[0].toLowerCase(),
    guarded: caseSensitive && skill.contextual === true,
  };
}

let index: Map<string, Form[]> | undefined;

function formIndex(): Map<string, Form[]> {
  if (index) return index;
  const built = new Map<string, Form[]>();
  for (const skill of skillTaxonomy) {
    const exact = new Set(skill.caseSensitive ?? []);
    const insensitive = new Set([...(exact.has(skill.canonical) ? [] : [skill.canonical]), ...skill.aliases].map((f) => f.toLowerCase()));
    const surfaces: [string, boolean][] = [...[...insensitive].map((f): [string, boolean] => [f, false]), ...[...exact].map((f): [string, boolean] => [f, true])];
    for (const [surface, caseSensitive] of surfaces) {
      const form = compileForm(skill, surface, caseSensitive);
      if (!form) continue;
      const list = built.get(form.anchor) ?? [];
      list.push(form);
      built.set(form.anchor, list);
    }
  }
  index = built;
  return built;
}

/** Spans the skill matcher must ignore: URLs and e-mail addresses ("github.com/jane/react-app"). */
export function maskedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const patterns = [/\b(?:https?:\/\/|www\.)[^\s,;)]+/gi, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, /\b[\w-]+\.(?:com|io|dev|org|me|app|co)\/[^\s,;)]*/gi];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const TECH_CONTEXT = new Set(
  (
    "language languages programming developer developers development engineer engineers engineering framework frameworks library libraries " +
    "code codebase codebases sdk stack service services microservice microservices backend back-end frontend front-end app apps application " +
    "applications component components hooks api apis server servers scripts scripting script modules packages tooling experience proficient " +
    "proficiency expertise written charts functions native jobs pipelines pipeline cluster clusters queries notebooks web mobile ui platform " +
    "data projects project tests testing skills front"
  ).split(" "),
);
const CONTEXT_BEFORE = new Set(["in", "using", "with", "via"]);
/** "Go to market", "React quickly", "Excel at", "Spring 2021": ordinary English, never the skill. */
const NEGATIVE_AFTER = /^\s*(?:to|ahead|live|through|back|beyond|over|out|up|at|quickly|swiftly|promptly|(?:19|20)\d{2}|'\d{2})\b/i;
const NEGATIVE_BEFORE = /\b(?:to|will|can|let's|lets|must|should|would|could|and then)\s*$/i;

function wordsAround(text: string, start: number, end: number, n: number): { before: string[]; after: string[] } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEndRaw = text.indexOf("\n", end);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const before = (text.slice(lineStart, start).toLowerCase().match(/[a-z][a-z\-]*/g) ?? []).slice(-n);
  const after = (text.slice(end, lineEnd).toLowerCase().match(/[a-z][a-z\-]*/g) ?? []).slice(0, n);
  return { before, after };
}

/**
 * A guarded match ("Go", "React", "Spark") counts only with technical context:
 * not followed by "to"/"ahead"… nor preceded by "to"/"will"…, and either
 * another skill is listed on the same line within 40 characters, the word just
 * before is "in"/"using"/"with"…, or a technical word is within 3 words.
 */
function hasTechContext(text: string, match: { start: number; end: number }, neighbours: { start: number; end: number }[]): boolean {
  const after = text.slice(match.end, match.end + 20);
  const before = text.slice(Math.max(0, match.start - 20), match.start);
  if (NEGATIVE_AFTER.test(after) || /^-to\b/i.test(after) || NEGATIVE_BEFORE.test(before)) return false;
  const lineStart = text.lastIndexOf("\n", match.start - 1) + 1;
  const lineEndRaw = text.indexOf("\n", match.end);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  // A list item that is just the name ("- R", "• Go") is a skill list entry.
  if (/^\s*(?:[-*•●▪◦·–]\s*)?$/.test(text.slice(lineStart, match.start)) && /^[\s.,;]*$/.test(text.slice(match.end, lineEnd))) return true;
  for (const other of neighbours) {
    if (other === match || other.start < lineStart || other.end > lineEnd) continue;
    const distance = other.start >= match.end ? other.start - match.end : match.start - other.end;
    if (distance >= 0 && distance <= 40) return true;
  }
  const around = wordsAround(text, match.start, match.end, 3);
  const previous = around.before[around.before.length - 1];
  if (previous && CONTEXT_BEFORE.has(previous)) return true;
  return [...around.before, ...around.after].some((w) => TECH_CONTEXT.has(w));
}

type Raw = { form: Form; start: number; end: number };

/**
 * Every skill mention in `text`, with exact offsets; overlapping mentions keep
 * the longest. With `implied` (default) also the skills implied by a mention,
 * at the same offsets: use it for the resume (evidence), not for the job ad
 * (an ad naming BigQuery does not ask for all of Google Cloud).
 */
export function findSkills(text: string, options: { implied?: boolean } = {}): SkillMatch[] {
  const forms = formIndex();
  const masked = maskedSpans(text);
  const raw: Raw[] = [];
  for (const word of text.matchAll(/[A-Za-z0-9]+/g)) {
    const lower = word[0].toLowerCase();
    const keys = new Set([lower]);
    for (const ending of ENDINGS) if (lower.length > ending.length + 1 && lower.endsWith(ending)) keys.add(lower.slice(0, -ending.length));
    for (const key of keys) {
      for (const form of forms.get(key) ?? []) {
        const at = word.index - form.prefixLength;
        if (at < 0) continue;
        form.regex ??= new RegExp(form.source, form.flags);
        form.regex.lastIndex = at;
        const m = form.regex.exec(text);
        if (!m) continue;
        raw.push({ form, start: at, end: at + m[0].length });
      }
    }
  }
  const unmasked = raw.filter((r) => !masked.some((s) => r.start >= s.start && r.end <= s.end));
  const accepted = unmasked.filter((r) => !r.form.guarded || hasTechContext(text, r, unmasked));
  // Longest match wins: drop a mention inside a longer mention ("CI" in "CI/CD", "AWS" in "AWS Lambda").
  const kept = accepted.filter(
    (r) => !accepted.some((o) => o !== r && o.start <= r.start && o.end >= r.end && o.end - o.start > r.end - r.start),
  );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SkillMatch[] = [];
  const seen = new Set<string>();
  for (const r of kept) {
    const key = `${r.form.skill.canonical}@${r.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ skill: r.form.skill, start: r.start, end: r.end, text: text.slice(r.start, r.end), implied: false });
  }
  return options.implied === false ? out : withImplied(out);
}

const byName = new Map(skillTaxonomy.map((s) => [s.canonical, s]));

function withImplied(matches: SkillMatch[]): SkillMatch[] {
  const extra: SkillMatch[] = [];
  for (const m of matches) {
    for (const name of m.skill.implies ?? []) {
      const implied = byName.get(name);
      if (implied) extra.push({ ...m, skill: implied, implied: true });
    }
  }
  return [...matches, ...extra].sort((a, b) => a.start - b.start || Number(a.implied) - Number(b.implied));
}
