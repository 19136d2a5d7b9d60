import type { SkillMatch } from "./skillMatcher";
import { getSkill } from "./taxonomy";

/**
 * "A or B" in a job ad is one requirement met by either, not two.
 *
 * Skill mentions (sorted, non-overlapping) are grouped when only a short
 * link separates them on one line:
 * - "Go or Python", "Splunk, QRadar or Sentinel", "AWS and/or GCP": the "or"
 *   pair, plus earlier comma-linked mentions of a category of the pair ("Java,
 *   Python or JavaScript"; but "SQL, Tableau or Looker" groups only the tools);
 * - "Excel/Google Sheets": a slash between two substitutes (skills that imply
 *   a common kind, here spreadsheets) is an "or"; "HTML/CSS" asks for both;
 * - the kind of thing both stand for joins the group, so that any of that
 *   kind meets it: before them ("an RTOS such as FreeRTOS or Zephyr",
 *   "SIEM (Splunk or QRadar)", "an ATS like Greenhouse") or after them when
 *   every alternative implies it ("Epic or Cerner electronic health records");
 * - "NetSuite or another cloud ERP", "SAP IBP, APO or a similar planning
 *   system": the named ones and any other of that kind;
 * - "Security+, CySA+, GCIH or equivalent": a list closed by "or
 *   equivalent/similar" is a list of alternatives;
 * - "our SIEM (Microsoft Sentinel)", "CI/CD for ML (GitHub Actions, Cloud
 *   Build)": examples in parentheses of a kind they all imply.
 * Links are read from slices of at most MAX_LINK characters, so every regex
 * here runs on a bounded string.
 */

export type AlternativeGroup = {
  /** The alternatives, in the ad's order. */
  members: SkillMatch[];
  /** The kind of thing the alternatives are examples of, when the ad names it. */
  category?: SkillMatch;
};

const MAX_LINK = 40;

/**
 * "A or B", "A, or B", "A (its body) or B" ("CCRP (SOCRA) or CCRC"), "A) or B" (the first alternative ends a list in
 * parentheses: "liquid handlers (Hamilton, Tecan) or plate readers") and "A or working knowledge of B".
 */
const OR_LINK =
  /^\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3}|\)\s{0,3})?,?\s{0,3}(?:or|and\/or|nor)\s{1,3}(?:(?:an?|the|in|on|with)\s{1,3})?(?:(?:(?:working|strong|solid|good|deep|basic|some|hands-on|proven)\s{1,3})?(?:knowledge|understanding|experience|familiarity|background|proficiency)\s{1,3}(?:of|with|in)\s{1,3})?$/i;
const SLASH_LINK = /^\s{0,2}\/\s{0,2}$/;
/** "or another cloud", "or a similar": the next mention is the kind the ones before are examples of. */
const OTHER_LINK =
  /^\s{0,3},?\s{0,3}or\s{1,3}(?:an?other|any other|other|any|a similar|similar|an equivalent|equivalent|a comparable|comparable)\s{1,3}(?:(?!(?:and|or|nor)\s)[A-Za-z-]{1,20}\s{1,3}){0,2}$/i;
/** "…, GCIH or equivalent": closes a comma list of alternatives. */
const OR_EQUIVALENT = /^\s{0,3},?\s{0,3}or\s{1,3}(?:an?\s{1,3})?(?:equivalent|similar|comparable|related|other|another)\b/i;
const COMMA_LINK = /^\s{0,3},\s{0,3}$/;
/** Between a kind and its examples: "such as", "like", "e.g.", "(" — up to two words before it ("an RTOS platform such as"). */
const EXAMPLE_LINK =
  /^\s{0,3}(?:(?!(?:and|or|nor)\s)[A-Za-z-]{1,20}\s{1,3}){0,2}(?:,\s{0,3})?(?:such as|like|e\.g\.,?|including|for example,?|for instance,?|especially|preferably|ideally)\s{1,3}\(?\s{0,3}$/i;
const PAREN_LINK = /^\s{0,3}(?:(?!(?:and|or|nor)\s)[A-Za-z-]{1,20}\s{1,3}){0,2}\(\s{0,3}(?:(?:e\.g\.|ideally|preferably|such as|like)\s{0,3},?\s{0,3})?$/i;
const AFTER_LINK = /^\s{1,3}$/;
/** "capacity expansion modeling in PLEXOS or similar": a kind, then one example of it closed by "or similar". */
const IN_LINK = /^\s{1,3}(?:in|with|using|via)\s{1,3}$/i;
/** "…; AU or CIC also considered": alternatives added to the one named before them. */
const ALSO_ACCEPTED = /^\s{0,3}(?:are\s{1,3}|is\s{1,3})?(?:also|equally)\s{1,3}(?:considered|accepted|acceptable|welcome|fine)\b/i;
/** Between an alternative and the ones "also considered": a clause of its own ("CPCU designation or progress toward it; "). */
const ALSO_GAP = /^[^\n]{0,50}[;,][ \t]{0,3}$/;

/** Do `a` and `b` stand for the same kind of thing (both imply one skill, neither being it)? "Jenkins" and "GitLab CI": CI/CD. */
function substitutes(a: SkillMatch, b: SkillMatch): boolean {
  const kinds = new Set(getSkill(a.skill.canonical)?.implies ?? []);
  return (getSkill(b.skill.canonical)?.implies ?? []).some((k) => kinds.has(k) && k !== a.skill.canonical && k !== b.skill.canonical);
}

/** Is the gap between `a` and `b` an "or"? */
function orLink(text: string, a: SkillMatch, b: SkillMatch): boolean {
  const gap = link(text, a, b);
  return gap !== undefined && (OR_LINK.test(gap) || (SLASH_LINK.test(gap) && substitutes(a, b)));
}

function link(text: string, a: SkillMatch, b: SkillMatch): string | undefined {
  if (b.start < a.end || b.start - a.end > MAX_LINK) return undefined;
  const between = text.slice(a.end, b.start);
  return between.includes("\n") ? undefined : between;
}

const implies = (member: SkillMatch, kind: string) => member.skill.canonical === kind || (getSkill(member.skill.canonical)?.implies ?? []).includes(kind);

/** First index of the comma-linked run ending at `last`, going back over mentions of `kinds` not yet grouped. */
function commaRunStart(text: string, mentions: SkillMatch[], last: number, grouped: Set<number>, kinds?: Set<string>): number {
  let first = last;
  while (first > 0 && !grouped.has(first - 1)) {
    const back = link(text, mentions[first - 1]!, mentions[first]!);
    if (back === undefined || !COMMA_LINK.test(back) || (kinds && !kinds.has(mentions[first - 1]!.skill.category))) break;
    first--;
  }
  return first;
}

const isName = (m: SkillMatch) => m.skill.category !== "practice" && m.skill.category !== "soft";

/**
 * Groups of alternatives among `mentions` (sorted by start). Mentions not in a group are left out.
 * Of several mentions of the same words ("HubSpot" is also the start of "HubSpot … administration")
 * only one, a named tool if any, takes part in grouping.
 */
export function groupAlternatives(text: string, all: SkillMatch[]): AlternativeGroup[] {
  const mentions: SkillMatch[] = [];
  for (const m of all) {
    const last = mentions[mentions.length - 1];
    if (last && last.start === m.start && last.end === m.end) {
      if (!isName(last) && isName(m)) mentions[mentions.length - 1] = m;
      continue;
    }
    mentions.push(m);
  }
  const groups: AlternativeGroup[] = [];
  const grouped = new Set<number>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const gap = link(text, mentions[i]!, mentions[i + 1]!);
    if (gap !== undefined && OTHER_LINK.test(gap) && !grouped.has(i)) {
      // "NetSuite or another cloud ERP": the ones named, then the kind.
      const first = commaRunStart(text, mentions, i, grouped);
      const members = mentions.slice(first, i + 1);
      for (let k = first; k <= i + 1; k++) grouped.add(k);
      groups.push({ members, category: mentions[i + 1]! });
      i++;
      continue;
    }
    if (!orLink(text, mentions[i]!, mentions[i + 1]!)) continue;
    // Start of the group: back over commas while the category is one of the "or" pair's.
    const kinds = new Set([mentions[i]!.skill.category, mentions[i + 1]!.skill.category]);
    const first = commaRunStart(text, mentions, i, grouped, kinds);
    // End of the group: on over further "or" links ("A or B or C").
    let last = i + 1;
    while (last + 1 < mentions.length && orLink(text, mentions[last]!, mentions[last + 1]!)) last++;
    const members = mentions.slice(first, last + 1);
    // "Dagger/Hilt or Dagger": one skill named twice is no choice (and the chain is not read again).
    if (new Set(members.map((m) => m.skill.canonical)).size < 2) {
      i = last;
      continue;
    }
    for (let k = first; k <= last; k++) grouped.add(k);
    groups.push({ members, category: categoryOf(text, mentions, first, last, grouped) });
    i = last;
  }
  // "Security+, CySA+, GCIH or equivalent": a comma list closed by "or equivalent"; with the kind they are examples
  // of when it comes first ("a CMMS (Maximo, Corrigo or similar)", "modeling in PLEXOS or similar").
  for (let last = 0; last < mentions.length; last++) {
    if (grouped.has(last) || !OR_EQUIVALENT.test(text.slice(mentions[last]!.end, mentions[last]!.end + MAX_LINK))) continue;
    const first = commaRunStart(text, mentions, last, grouped);
    const members = mentions.slice(first, last + 1);
    const kind = first > 0 && !grouped.has(first - 1) ? mentions[first - 1]! : undefined;
    const gap = kind ? link(text, kind, mentions[first]!) : undefined;
    const ofKind =
      kind &&
      gap !== undefined &&
      (PAREN_LINK.test(gap) || EXAMPLE_LINK.test(gap) || IN_LINK.test(gap)) &&
      members.every((m) => m.skill.canonical !== kind.skill.canonical && implies(m, kind.skill.canonical));
    if (!ofKind && new Set(members.map((m) => m.skill.canonical)).size < 2) continue;
    for (let k = first; k <= last; k++) grouped.add(k);
    if (ofKind) grouped.add(first - 1);
    groups.push(ofKind ? { members, category: kind } : { members });
  }
  // Examples in parentheses of a kind they all imply: "our SIEM (Microsoft Sentinel)", "CI/CD for ML (GitHub Actions, Cloud Build)".
  for (let i = 1; i < mentions.length; i++) {
    if (grouped.has(i) || !/\(\s{0,2}$/.test(text.slice(Math.max(0, mentions[i]!.start - 3), mentions[i]!.start))) continue;
    let last = i;
    while (last + 1 < mentions.length && !grouped.has(last + 1) && COMMA_LINK.test(link(text, mentions[last]!, mentions[last + 1]!) ?? "x")) last++;
    if (!/^\s{0,2}\)/.test(text.slice(mentions[last]!.end, mentions[last]!.end + 4))) continue;
    const members = mentions.slice(i, last + 1);
    for (const k of [i - 1, i - 2]) {
      if (k < 0 || grouped.has(k)) continue;
      const kind = mentions[k]!;
      if (mentions[i]!.start - kind.end > MAX_LINK || !PAREN_LINK.test(text.slice(kind.end, mentions[i]!.start))) continue;
      if (!members.every((m) => m.skill.canonical !== kind.skill.canonical && implies(m, kind.skill.canonical))) continue;
      for (let g = i; g <= last; g++) grouped.add(g);
      grouped.add(k);
      groups.push({ members, category: kind });
      break;
    }
    i = last;
  }
  // A single example of a named kind: "an RTOS such as FreeRTOS", "an ATS like Greenhouse".
  for (let i = 1; i < mentions.length; i++) {
    if (grouped.has(i) || grouped.has(i - 1)) continue;
    const gap = link(text, mentions[i - 1]!, mentions[i]!);
    if (gap === undefined || !EXAMPLE_LINK.test(gap)) continue;
    grouped.add(i - 1);
    grouped.add(i);
    groups.push({ members: [mentions[i]!], category: mentions[i - 1]! });
  }
  // "CPCU designation or progress toward it; AU or CIC also considered": the earlier name is one more alternative.
  const indexOf = new Map(mentions.map((m, i) => [m, i]));
  for (const g of groups) {
    const last = g.members[g.members.length - 1]!;
    if (g.category || !ALSO_ACCEPTED.test(text.slice(last.end, last.end + MAX_LINK))) continue;
    const at = indexOf.get(g.members[0]!) ?? -1;
    const before = at > 0 && !grouped.has(at - 1) ? mentions[at - 1]! : undefined;
    if (!before || g.members[0]!.start - before.end > 60) continue;
    const gap = text.slice(before.end, g.members[0]!.start);
    if (!ALSO_GAP.test(gap)) continue;
    grouped.add(at - 1);
    g.members.unshift(before);
  }
  return groups;
}

function categoryOf(text: string, mentions: SkillMatch[], first: number, last: number, grouped: Set<number>): SkillMatch | undefined {
  const before = first > 0 && !grouped.has(first - 1) ? mentions[first - 1]! : undefined;
  if (before) {
    const gap = link(text, before, mentions[first]!);
    // "Bilingual in Spanish or Hmong": a soft skill named with its examples after "in".
    const soft =
      before.skill.category === "soft" &&
      gap !== undefined &&
      IN_LINK.test(gap) &&
      mentions.slice(first, last + 1).every((m) => implies(m, before.skill.canonical));
    if (gap !== undefined && (EXAMPLE_LINK.test(gap) || PAREN_LINK.test(gap) || soft)) {
      grouped.add(first - 1);
      return before;
    }
  }
  const after = last + 1 < mentions.length ? mentions[last + 1]! : undefined;
  if (after) {
    const gap = link(text, mentions[last]!, after);
    const members = mentions.slice(first, last + 1);
    if (gap !== undefined && AFTER_LINK.test(gap) && members.every((m) => implies(m, after.skill.canonical))) {
      grouped.add(last + 1);
      return after;
    }
  }
  return undefined;
}
