import { findPhrase, tokenize } from "@/insights/text";
import { groupAlternatives, type AlternativeGroup } from "./alternatives";
import { employerSpans, type Span } from "./jobContext";
import { classifyJobLines, type JobLine } from "./jobLines";
import { extractPhrases } from "./phrases";
import { firstAtOrAfter, lastAtOrBefore } from "./scan";
import { findSkills, type SkillMatch } from "./skillMatcher";
import type { SkillCategory } from "./taxonomy";
import { evidenceAt, type Evidence } from "./types";

/**
 * Job keywords: taxonomy skills named in the job title/description plus the
 * ad's characteristic multi-word phrases. Only the job text produces keywords;
 * the resume is only ever searched for them, so nothing written in a resume
 * can add a keyword or raise its weight.
 */

export type JobKeyword = {
  /** Canonical skill name, "A or B" for alternatives, or the phrase as written (lower-case). */
  term: string;
  kind: "skill" | "phrase";
  category?: SkillCategory;
  /**
   * Skills any of which meets this keyword (canonical names), when the ad
   * offers a choice ("Go or Python") or names a kind by example ("an RTOS
   * such as FreeRTOS": any RTOS). Absent for a single skill or a phrase.
   */
  alternatives?: string[];
  weight: number;
  required: boolean;
  /** Mentions in the title and description. */
  count: number;
  inTitle: boolean;
  /** Offset of the first mention in the description; -1 when only the title names it. */
  firstIndex: number;
};

export type KeywordMatch = {
  found: { keyword: JobKeyword; evidence: Evidence }[];
  missing: JobKeyword[];
  /**
   * The match rate: points of the keywords found over the points of all
   * keywords, where a keyword's points are its weight, doubled when the ad
   * requires it; 0 without keywords. See `matchBreakdown` for its parts.
   */
  matchRate: number;
};

export const MAX_PHRASES = 15;

/** Base weight by category: soft skills are claimed by everyone, so they count less. */
const CATEGORY_WEIGHT: Record<SkillCategory, number> = {
  language: 1,
  framework: 1,
  library: 1,
  database: 1,
  cloud: 1,
  tool: 1,
  certification: 1,
  practice: 0.8,
  soft: 0.5,
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Skill weight = category base × (1 + 0.25 per extra mention, at most +1)
 *   × 1.5 if the job title names it × 1.1 if first mentioned in the first third of the ad.
 */
function skillWeight(category: SkillCategory, count: number, inTitle: boolean, firstPosition: number): number {
  return round(CATEGORY_WEIGHT[category] * (1 + 0.25 * Math.min(count - 1, 4)) * (inTitle ? 1.5 : 1) * (firstPosition < 1 / 3 ? 1.1 : 1));
}

/** A distinct requirement among the ad's skill mentions: one skill, or a group of alternatives. */
type SkillEntryCount = {
  key: string;
  first: SkillMatch;
  alternatives?: string[];
  term: string;
  category: SkillCategory;
  count: number;
  inTitle: boolean;
  required: boolean;
  firstIndex: number;
};

function groupTerm(group: AlternativeGroup): string {
  const names = group.members.map((m) => m.skill.canonical).join(" or ");
  return group.category ? `${group.category.skill.canonical} (${names})` : names;
}

/** The heavier category of a group's members (a group of a language and a tool weighs as a language). */
function groupCategory(group: AlternativeGroup): SkillCategory {
  const all = [...group.members, ...(group.category ? [group.category] : [])].map((m) => m.skill.category);
  return all.reduce((a, b) => (CATEGORY_WEIGHT[b] > CATEGORY_WEIGHT[a] ? b : a));
}

const groupKey = (g: AlternativeGroup) =>
  [...g.members.map((m) => m.skill.canonical), ...(g.category ? [`(${g.category.skill.canonical})`] : [])].sort().join("|");

/**
 * Skills of the title and description as distinct requirements: each skill
 * once, and each "A or B" group once (naming the same group twice counts
 * twice). An alternative the ad also names on its own: when that mention is
 * a requirement and the group is not, or both are ("Go or Python" in the
 * duties, "Python" under requirements) the skill stands alone and the group
 * goes; otherwise the mention counts for the group ("in Vanta" among the
 * duties of a job requiring "a GRC platform (Vanta, Drata or OneTrust)").
 * A kind a group names ("RTOS" in "an RTOS such as FreeRTOS") is not listed
 * again on its own: its other mentions count for the group. Mentions inside
 * `ignored` spans (employer and team names, the employer's description)
 * are left out, and so are those `askedOf` finds are not asked of anyone.
 */
function skillRequirements(title: string, description: string, lineOf: (offset: number) => JobLine | undefined, ignored: Span[]) {
  // The title names the candidate's own role: "Graphic Designer" asks for graphic design (resume-only forms are read there).
  const titleSkills = title ? findSkills(title, { implied: false }) : [];
  const bodyMentions = findSkills(description, { implied: false, job: true }).filter((m) => !insideSpans(m, ignored));
  const bodySkills = askedOf(description, bodyMentions);
  const isRequired = (m: SkillMatch, inTitle: boolean) => inTitle || Boolean(lineOf(m.start)?.required);
  const groups = [
    ...groupAlternatives(title, titleSkills).map((g) => ({ g, inTitle: true })),
    ...groupAlternatives(description, bodySkills).map((g) => ({ g, inTitle: false })),
  ];
  const inGroup = new Set<SkillMatch>();
  for (const { g } of groups) for (const m of [...g.members, ...(g.category ? [g.category] : [])]) inGroup.add(m);
  const singles = [...titleSkills.map((m) => ({ m, inTitle: true })), ...bodySkills.map((m) => ({ m, inTitle: false }))].filter(({ m }) => !inGroup.has(m));
  // A body requirement naming one alternative on its own dissolves the group; the title does not ("CRM Marketing Manager"
  // with "lifecycle, CRM or email marketing" asks for any of them, the title mention counts for the group).
  // A mention on the group's own line ("CPA or EA required (or passing the CPA exam)") is part of that requirement.
  const groupLines = new Set(groups.filter(({ inTitle }) => !inTitle).map(({ g }) => lineOf(g.members[0]!.start)));
  const requiredAlone = new Set(
    singles.filter(({ m, inTitle }) => !inTitle && isRequired(m, inTitle) && !groupLines.has(lineOf(m.start))).map(({ m }) => m.skill.canonical),
  );
  const kept = groups.filter(({ g }) => !g.members.some((m) => requiredAlone.has(m.skill.canonical)));
  const widest = widestGroups(kept.map(({ g }) => g));
  const holder = new Map<string, string>(); // a kept group's member or kind → that group's key
  for (const { g } of kept)
    for (const m of [...g.members, ...(g.category ? [g.category] : [])]) if (!holder.has(m.skill.canonical)) holder.set(m.skill.canonical, groupKey(widest(g)));

  const entries = new Map<string, SkillEntryCount>();
  const note = (key: string, m: SkillMatch, inTitle: boolean, make: () => Pick<SkillEntryCount, "term" | "category" | "alternatives">) => {
    const required = isRequired(m, inTitle);
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, { key, first: m, ...make(), count: 1, inTitle, required, firstIndex: inTitle ? -1 : m.start });
      return;
    }
    entry.count++;
    entry.inTitle ||= inTitle;
    entry.required ||= required;
    if (!inTitle && (entry.firstIndex < 0 || m.start < entry.firstIndex)) entry.firstIndex = m.start;
  };
  for (const { g: mention, inTitle } of kept) {
    const g = widest(mention);
    const alternatives = [...new Set([...g.members.map((m) => m.skill.canonical), ...(g.category ? [g.category.skill.canonical] : [])])];
    note(`any:${groupKey(g)}`, mention.members[0]!, inTitle, () => ({ term: groupTerm(g), category: groupCategory(g), alternatives }));
  }
  for (const { m, inTitle } of singles) {
    const group = requiredAlone.has(m.skill.canonical) && !kindOnly(m.skill.canonical, kept) ? undefined : holder.get(m.skill.canonical);
    if (group) note(`any:${group}`, m, inTitle, () => ({ term: m.skill.canonical, category: m.skill.category }));
    else note(m.skill.canonical, m, inTitle, () => ({ term: m.skill.canonical, category: m.skill.category }));
  }
  // Phrases must not re-read any skill mention, asked or not ("incident response" in "to the incident response team").
  return { entries: [...entries.values()], titleSkills, bodyMentions };
}

/**
 * Words after a skill that make it a team or the people of that trade: "with procurement teams", "to the incident
 * response team", "alongside ML engineers", "report to the Nursing Informatics manager".
 */
const UNIT_WORDS =
  /(?:teams?|groups?|departments?|functions?|orgs?|organi[sz]ations?|units?|leaders?|leadership|partners?|counterparts?|stakeholders?|colleagues|peers|providers?|staff|personnel|professionals?|specialists?|managers?|engineers?|analysts?|experts?|practitioners?|designers?|developers?|scientists?|researchers?|architects?|administrators?|admins?|recruiters?|nurses?|physicians?|clinicians?|accountants?|auditors?|attorneys?|lawyers?|paralegals?|teachers?|coordinators?|technicians?|consultants?|representatives?|reps|executives?|officers?|directors?|leads|owners?|operators?|buyers?|planners?|vendors?|contractors?|suppliers?|forwarders?|brokers?|agencies)\b/
    .source;
/** A word of a coordination before a unit word: not a function word ("integrations with partners" is no coordination). */
const COORDINATED_WORD = "(?!(?:with|for|to|from|of|in|on|at|by|the|our|your|their|a|an|and|or)\\b)[A-Za-z][A-Za-z0-9+#./-]{0,20}";
/** The unit right after the skill: "with procurement teams", "to the incident response team". */
const UNIT_AFTER = new RegExp(`^[ \\t]{1,3}${UNIT_WORDS}`, "i");
/**
 * A coordination ending in people or units, in the plural: "the prospect research and annual giving teams",
 * "iOS, Android and web developers". Read only after words that introduce people ("with", "to", "the", "our"),
 * so "Build trial binders and support attorneys" and "with GA4, Google Tag Manager and the Conversions API" stay skills.
 */
const COORDINATED_UNITS = new RegExp(
  `^(?:[ \\t]{0,3}(?:,|,?[ \\t]{1,3}(?:and|or|&))[ \\t]{1,3}${COORDINATED_WORD}(?:[ \\t]{1,3}${COORDINATED_WORD})?){1,3}[ \\t]{1,3}(?=[a-z]{2,20}s\\b)${UNIT_WORDS}`,
  "i",
);
const PEOPLE_INTRO = /(?:^|[^A-Za-z])(?:with|alongside|to|the|our|their|among|across|between)[ \t]{1,3}(?:[A-Za-z0-9+#./-]{1,20},?[ \t]{1,3}){0,2}$/i;
/** Words before such a phrase that make it a kind of team or role the candidate would be ("in an Agile team", "as a Salesforce admin"). */
const KIND_OF_TEAM_BEFORE =
  /(?:^|[^A-Za-z])(?:a|an|as|in|on|within|into|for|hiring|seeking)[ \t]{1,3}(?:(?:[A-Za-z-]{1,20}[ \t]{1,3}){1,3}(?:or|and)[ \t]{1,3})?$/i;
/** Words before a resume-only form that make it the role asked for: "as an account manager", "hiring a Store Manager" (not "for audited clients"). */
const ROLE_BEFORE =
  /(?:^|[^A-Za-z])(?:(?:a|an|as)[ \t]{1,3}(?:(?:[A-Za-z-]{1,20}[ \t]{1,3}){1,3}(?:or|and)[ \t]{1,3})?|(?:hiring|seeking|in|on|within|into)[ \t]{1,3}(?:an?|the)[ \t]{1,3}(?:[A-Za-z-]{1,20}[ \t]{1,3}){0,2})$/i;
/**
 * A mention of one or two words that ends in people, in the plural: "coach team leads", "work with the charge nurses"
 * (not "intake with hiring managers", a meeting). Such a
 * form names who the candidate works with or leads, never a skill asked (any category, soft skills too).
 */
const PEOPLE_MENTION =
  /(?:^|[ \t-])(?:leads|managers|supervisors|engineers|developers|analysts|nurses|physicians|doctors|attorneys|paralegals|associates|technicians|directors|executives|officers|coordinators|specialists|designers|recruiters)$/i;
/** An abbreviation in parentheses ("ESI", "BCMA", "CAPI"). */
const ABBREVIATION = /^[A-Z][A-Z0-9&/-]{1,7}s?$/;

/**
 * The job ad's skill mentions that are asked of the candidate:
 * - not a mention that ends in people ("coach team leads");
 * - not a skill naming a team or people ("Negotiate with procurement teams",
 *   "hand off to the incident response team", "work with key account
 *   managers", "report to HR leadership"), unless it is a soft skill or the
 *   kind of team or role asked for ("experience in an Agile team", "as an
 *   account manager");
 * - not an abbreviation in parentheses right after the name it abbreviates
 *   ("Emergency Severity Index (ESI)" is not also "ESI", e-discovery).
 * Looks at a bounded window around each mention.
 */
function askedOf(text: string, mentions: SkillMatch[]): SkillMatch[] {
  return mentions.filter((m, i) => {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    if (m.resumeOnly && !ROLE_BEFORE.test(before)) return false;
    if (PEOPLE_MENTION.test(m.text) && !/\s\S+\s/.test(m.text) && !ROLE_BEFORE.test(before)) return false;
    if (m.skill.category !== "soft" && !KIND_OF_TEAM_BEFORE.test(before)) {
      const after = text.slice(m.end, m.end + 120);
      if (UNIT_AFTER.test(after) || (PEOPLE_INTRO.test(before.slice(-40)) && COORDINATED_UNITS.test(after))) return false;
    }
    const previous = mentions[i - 1];
    if (previous && ABBREVIATION.test(m.text) && previous.skill.canonical !== m.skill.canonical && previous.text.includes(" ")) {
      const opens = /^[ \t]{0,2}\([ \t]{0,2}$/.test(text.slice(previous.end, m.start));
      const closes = /^[ \t]{0,2}\)/.test(text.slice(m.end, m.end + 4));
      if (opens && closes && previous.text[0]!.toLowerCase() === m.text[0]!.toLowerCase()) return false;
    }
    return true;
  });
}

/**
 * The widest group that holds all of a group's alternatives, with the same kind: "our WMS (Manhattan)" among the
 * duties and "WMS experience (Manhattan, Blue Yonder or similar)" among the requirements are one requirement.
 * Only distinct groups holding the group's first alternative are compared, at most `MAX_WIDER` of them per skill,
 * and each distinct group is looked at once, so the work stays linear in the number of mentions.
 */
const MAX_WIDER = 16;
function widestGroups(groups: AlternativeGroup[]): (g: AlternativeGroup) => AlternativeGroup {
  const distinct = new Map<string, AlternativeGroup>();
  for (const g of groups) if (!distinct.has(groupKey(g))) distinct.set(groupKey(g), g);
  const byMember = new Map<string, AlternativeGroup[]>();
  for (const g of distinct.values())
    for (const m of g.members) {
      const list = byMember.get(m.skill.canonical) ?? [];
      if (list.length < MAX_WIDER) list.push(g);
      byMember.set(m.skill.canonical, list);
    }
  const cache = new Map<string, AlternativeGroup>();
  return (g) => {
    const key = groupKey(g);
    let best = cache.get(key);
    if (best) return best;
    best = g;
    const kind = g.category?.skill.canonical;
    for (const h of byMember.get(g.members[0]!.skill.canonical) ?? []) {
      if (h.members.length <= best.members.length || (kind !== undefined && h.category?.skill.canonical !== kind)) continue;
      const names = new Set(h.members.map((m) => m.skill.canonical));
      if (g.members.every((m) => names.has(m.skill.canonical))) best = h;
    }
    cache.set(key, best);
    return best;
  };
}

/** Is `name` only ever the kind of some kept group (never one of its alternatives)? */
function kindOnly(name: string, kept: { g: AlternativeGroup }[]): boolean {
  return kept.some(({ g }) => g.category?.skill.canonical === name) && !kept.some(({ g }) => g.members.some((m) => m.skill.canonical === name));
}

/** The parts of `spans` (sorted, disjoint) inside [from, to), relative to `from`. */
function clipped(spans: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let i = Math.max(0, lastAtOrBefore(spans, from)); i < spans.length && spans[i]!.start < to; i++) {
    const s = spans[i]!;
    if (s.end > from) out.push({ start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from });
  }
  return out;
}

/** Is the mention inside one of `spans` (sorted by start, disjoint)? */
function insideSpans(m: Span, spans: Span[]): boolean {
  const i = lastAtOrBefore(spans, m.start);
  return i >= 0 && spans[i]!.end >= m.end;
}

export function extractJobKeywords(jobTitle: string | null, jobDescription: string): JobKeyword[] {
  const title = (jobTitle ?? "").trim();
  const lines = classifyJobLines(jobDescription);

  // Lines are sorted and disjoint: the line of an offset is a binary search.
  const lineOf = (offset: number) => {
    const line = lines[lastAtOrBefore(lines, offset)];
    return line && offset < line.end ? line : undefined;
  };
  const ignored = employerSpans(jobDescription);
  const { entries, titleSkills, bodyMentions } = skillRequirements(title, jobDescription, lineOf, ignored);

  const length = Math.max(1, jobDescription.length);
  const keywords: JobKeyword[] = entries.map(({ term, category, alternatives, count, inTitle, required, firstIndex }) => ({
    term,
    kind: "skill",
    category,
    ...(alternatives ? { alternatives } : {}),
    weight: skillWeight(category, count, inTitle, firstIndex < 0 ? 0 : firstIndex / length),
    required,
    count,
    inTitle,
    firstIndex,
  }));

  // Matches are sorted by start: only those from `from` on are looked at, not all of them for every line.
  const relative = (matches: SkillMatch[], from: number, to: number) => {
    const out: { start: number; end: number }[] = [];
    for (let i = firstAtOrAfter(matches, from); i < matches.length && matches[i]!.start < to; i++) {
      const m = matches[i]!;
      if (m.end <= to) out.push({ start: m.start - from, end: m.end - from });
    }
    return out;
  };
  const sources = [
    ...(title ? [{ text: title, offset: -1, position: 0, inTitle: true, required: true, blocked: relative(titleSkills, 0, title.length) }] : []),
    ...lines
      // A phrase needs words of 3+ letters: other lines ("Go", "- AWS") cannot add one.
      .filter((l) => !l.heading && /[A-Za-z]{3}/.test(l.text))
      .map((l) => ({
        text: l.text,
        offset: l.start,
        position: l.start / length,
        inTitle: false,
        required: l.required,
        blocked: [...relative(bodyMentions, l.start, l.end), ...clipped(ignored, l.start, l.end)],
      })),
  ];
  const phrases = extractPhrases(sources, MAX_PHRASES);
  const topScore = phrases[0]?.score ?? 1;
  for (const p of phrases) {
    keywords.push({
      term: p.surface,
      kind: "phrase",
      // Phrases are context, not hard skills: 0.3–0.8, scaled by their score relative to the best phrase.
      weight: round(0.3 + 0.5 * (p.score / topScore)),
      required: p.required,
      count: p.count,
      inTitle: p.inTitle,
      firstIndex: p.firstIndex,
    });
  }
  // Deterministic order: required first, then weight, then name.
  keywords.sort((a, b) => Number(b.required) - Number(a.required) || b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return keywords;
}

/** A keyword's points in the match rate: its weight, doubled when the ad requires it. */
export const keywordPoints = (k: JobKeyword) => k.weight * (k.required ? 2 : 1);

/** Where the resume shows each keyword (first mention), which ones it lacks, and the match rate. */
export function matchKeywords(keywords: JobKeyword[], resumeText: string): KeywordMatch {
  const firstSkill = new Map<string, SkillMatch>();
  for (const m of findSkills(resumeText)) if (!firstSkill.has(m.skill.canonical)) firstSkill.set(m.skill.canonical, m);
  const tokens = tokenize(resumeText);
  const found: KeywordMatch["found"] = [];
  const missing: JobKeyword[] = [];
  let total = 0;
  let matched = 0;
  for (const keyword of keywords) {
    const share = keywordPoints(keyword);
    total += share;
    const span =
      keyword.kind === "skill" ? earliest((keyword.alternatives ?? [keyword.term]).map((name) => firstSkill.get(name))) : findPhrase(tokens, keyword.term, 1);
    if (span) {
      found.push({ keyword, evidence: evidenceAt(resumeText, span.start, span.end) });
      matched += share;
    } else missing.push(keyword);
  }
  return { found, missing, matchRate: total > 0 ? round(matched / total, 4) : 0 };
}

function earliest(spans: ({ start: number; end: number } | undefined)[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const s of spans) if (s && (!best || s.start < best.start)) best = s;
  return best;
}
