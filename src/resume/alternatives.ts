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
 * - the kind of thing both stand for joins the group, so that any of that
 *   kind meets it: before them ("an RTOS such as FreeRTOS or Zephyr",
 *   "SIEM (Splunk or QRadar)", "an ATS like Greenhouse") or after them when
 *   every alternative implies it ("Epic or Cerner electronic health records").
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

const OR_LINK = /^\s{0,3},?\s{0,3}(?:or|and\/or|nor)\s{1,3}(?:(?:an?|the|in|on|with)\s{1,3})?$/i;
const COMMA_LINK = /^\s{0,3},\s{0,3}$/;
/** Between a kind and its examples: "such as", "like", "e.g.", "(" — up to two words before it ("an RTOS platform such as"). */
const EXAMPLE_LINK =
  /^\s{0,3}(?:(?!(?:and|or|nor)\s)[A-Za-z-]{1,20}\s{1,3}){0,2}(?:,\s{0,3})?(?:such as|like|e\.g\.,?|including|for example,?|for instance,?|especially|preferably|ideally)\s{1,3}\(?\s{0,3}$/i;
const PAREN_LINK = /^\s{0,3}(?:(?!(?:and|or|nor)\s)[A-Za-z-]{1,20}\s{1,3}){0,2}\(\s{0,3}(?:(?:e\.g\.|ideally|preferably|such as|like)\s{0,3},?\s{0,3})?$/i;
const AFTER_LINK = /^\s{1,3}$/;

function link(text: string, a: SkillMatch, b: SkillMatch): string | undefined {
  if (b.start < a.end || b.start - a.end > MAX_LINK) return undefined;
  const between = text.slice(a.end, b.start);
  return between.includes("\n") ? undefined : between;
}

const implies = (member: SkillMatch, kind: string) => member.skill.canonical === kind || (getSkill(member.skill.canonical)?.implies ?? []).includes(kind);

/** Groups of alternatives among `mentions` (sorted by start, non-overlapping). Mentions not in a group are left out. */
export function groupAlternatives(text: string, mentions: SkillMatch[]): AlternativeGroup[] {
  const groups: AlternativeGroup[] = [];
  const grouped = new Set<number>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const gap = link(text, mentions[i]!, mentions[i + 1]!);
    if (gap === undefined || !OR_LINK.test(gap)) continue;
    // Start of the group: back over commas while the category is one of the "or" pair's.
    let first = i;
    const kinds = new Set([mentions[i]!.skill.category, mentions[i + 1]!.skill.category]);
    while (first > 0 && !grouped.has(first - 1)) {
      const back = link(text, mentions[first - 1]!, mentions[first]!);
      if (back === undefined || !COMMA_LINK.test(back) || !kinds.has(mentions[first - 1]!.skill.category)) break;
      first--;
    }
    // End of the group: on over further "or" links ("A or B or C").
    let last = i + 1;
    while (last + 1 < mentions.length) {
      const next = link(text, mentions[last]!, mentions[last + 1]!);
      if (next === undefined || !OR_LINK.test(next)) break;
      last++;
    }
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
  // A single example of a named kind: "an RTOS such as FreeRTOS", "an ATS like Greenhouse".
  for (let i = 1; i < mentions.length; i++) {
    if (grouped.has(i) || grouped.has(i - 1)) continue;
    const gap = link(text, mentions[i - 1]!, mentions[i]!);
    if (gap === undefined || !EXAMPLE_LINK.test(gap)) continue;
    grouped.add(i - 1);
    grouped.add(i);
    groups.push({ members: [mentions[i]!], category: mentions[i - 1]! });
  }
  return groups;
}

function categoryOf(text: string, mentions: SkillMatch[], first: number, last: number, grouped: Set<number>): SkillMatch | undefined {
  const before = first > 0 && !grouped.has(first - 1) ? mentions[first - 1]! : undefined;
  if (before) {
    const gap = link(text, before, mentions[first]!);
    if (gap !== undefined && (EXAMPLE_LINK.test(gap) || PAREN_LINK.test(gap))) {
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
