import { tokenize, type Token } from "./text";

/**
 * Which words of an answer are said in a clause rather than listed.
 *
 * A key point counts only when the answer says something about it: its words
 * must stand in a clause (a verb, an auxiliary or a subject nearby), not in a
 * bare list of terms. Without a part-of-speech tagger this is a heuristic, so
 * the cues are deliberately plain and documented:
 *
 * - a unit is a sentence, or a part of one separated by ";", "|", "•", "·" or
 *   " / " (how buzzword lists are usually written);
 * - a verb cue is an auxiliary or modal ("is", "can", "won't", "I'd"), a
 *   subject pronoun ("I", "we", "it"), a verb that is never a noun ("comes",
 *   "wrote"), "to" or a modal + a verb ("to avoid", "will infer"), a plural
 *   subject + a verb ("events fire"), a verb followed by a determiner or a
 *   particle ("uses the", "stored in"), a "term: value" pair ("Missing token:
 *   401"), or a unit that opens with a verb ("Use parameterised queries");
 * - a word is anchored (said in a clause) when its unit has a verb cue; in an
 *   enumeration (three or more short comma-separated items) only when a cue is
 *   at most ANCHOR_WINDOW words away. A unit with no cue is a fragment: it
 *   adds no coverage, no length, no sentences and no figures.
 *
 * Everything here is one pass over the tokens (linear in the text).
 */
export const ANCHOR_WINDOW = 4;

export type ClauseToken = Token & { raw: string; unit: number; anchored: boolean; cue: boolean };
export type Unit = { start: number; end: number; text: string; clause: boolean; words: number; afterNewline: boolean };
export type ClauseAnalysis = {
  tokens: ClauseToken[];
  units: Unit[];
  /** Words in clause units. */
  clauseWords: number;
  /** All words. */
  words: number;
  /** The clause units' text, one per line (what structure, figures and length are read from). */
  clauseText: string;
};

const AUX = new Set(
  "is are was were be been being am has have had do does did can could will would should must may might shall cannot isn aren wasn weren doesn don didn hasn haven hadn won wouldn shouldn couldn mustn needn".split(
    " ",
  ),
);
const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
/** What follows a verb but rarely a noun in a list: determiners, pronouns, prepositions. */
const AFTER_VERB = new Set(
  "the a an this that these those it them its their our your my his her each every all both some any no only up down out off back into to from with on in at by for over through away about whether how what when where why which who me us him within across between under onto via against without inside outside before after during until around behind beyond toward towards".split(
    " ",
  ),
);
/** After an "-s" word only these mark a verb ("uses the"); a preposition follows plural nouns too ("retries with backoff"). */
const DETERMINERS = new Set(
  "the a an this that these those it them its their our your my his her each every all both some any no only me us him whether how what when where why which who one two three four five several many few more less".split(
    " ",
  ),
);
const BASE_FOLLOWERS = new Set([...DETERMINERS, "to", "into", "up", "down", "out", "off", "back", "away", "through"]);
const PAST_FOLLOWERS = new Set([...AFTER_VERB, ...DETERMINERS]);
/** Words that open a noun phrase: "the component shows", "a clinic manager called". */
const NP_OPENERS = new Set("the a an its this that our their my your his her each every".split(" "));
/** Words that may open a sentence before an imperative ("Then use …"). */
const OPENERS = new Set("then also so and first second third next finally just always never instead otherwise ideally simply".split(" "));
/** A base-form verb right after these continues a clause ("then match the rows", "and push content down"). */
const COORDINATORS = new Set("then and or so also first just never always".split(" "));
/** Contractions that mark a verb after an apostrophe ("I'm", "we're", "they've", "we'll", "I'd", "can't"). */
const CONTRACTED = new Set(["m", "re", "ve", "ll", "d", "t"]);
const S_AFTER = new Set(["it", "that", "there", "what", "who", "he", "she", "let", "here", "where"]);

const BASE_VERBS = new Set(
  (
    "acknowledge aggregate align allocate animate announce annotate arise assert assess authenticate backfill batch benchmark bill broadcast bump bundle buy calm celebrate centre center charge classify click coach compose compress coordinate crash " +
    "decode decrypt dedupe deduplicate degrade demo deny dequeue descope diagnose disagree dispatch double download draft emit enqueue evict expire explore facilitate file free hang halve host hydrate infer inherit inline instrument interview invoke iterate " +
    "jump label lint mask mentor minify mitigate mock model mount narrow navigate observe onboard overlap pack page paint partition patch permit persuade pilot pin plug post preload prefetch prescribe provision prototype prune " +
    "rank reassure rebase reconcile redact refresh refund reload rename renew replicate reproduce research resize restrict revert revoke reward salt scan scope scroll sell shadow shard shift shrink shuffle sound spawn spike stack stall stub study sum sync tag tap thank throttle tick trace transpile trap triage tune tweak type unblock unmount unsubscribe subscribe upsert widen win " +
    "accept access achieve act adapt add address adjust adopt affect agree aim alert allow analyse analyze answer apologise apologize appear apply approve argue arrange arrive ask assign assume attach audit automate avoid " +
    "become begin believe block book break bring build cache calculate call cancel capture carry catch cause change charge check choose clarify clean clear close collect combine come commit communicate compare compile complain complete compute configure confirm connect consider consume contain continue control convert convince copy cost count cover create cut " +
    "deal debug decide declare decrease define delay delete deliver depend deploy describe design detect determine develop disable discover discuss display divide do document drive drop " +
    "enable encode encourage encrypt end enforce ensure enter escalate escape estimate evaluate exceed execute exist expect explain expose extend extract " +
    "fail fall feel fetch fill filter find finish fire fit fix flag focus follow force forget form forward gather generate get give go grow guarantee guess " +
    "handle happen hash hear help hide hire hit hold identify ignore implement import improve include increase index inform insert inspect install integrate introduce investigate invite involve isolate join keep kill know " +
    "land launch lead learn leave let limit link list listen live load lock log look lose lower maintain make manage map match matter mean measure meet mention merge migrate miss monitor move " +
    "need negotiate notice notify obtain occur offer open optimise optimize order own pair parse pass pay perform persist pick place plan point poll prefer prepare present prevent print prioritise prioritize process produce promise propose protect prove provide publish pull push put " +
    "query queue raise reach read realise realize receive recommend record recover reduce refactor refer refuse register reject release rely remain remember remove render repeat replace reply report request require reserve reset resolve respond restart restore retry return reuse review rewrite roll rotate route run " +
    "save say scale schedule search see seem select send separate serve set share ship show sign simplify sit skip slow solve sort speak spend split start stay stop store stream submit succeed suggest support switch " +
    "take talk teach tell test think throw track trade train transfer translate treat trigger trust try turn understand unlock update upgrade upload use validate verify wait walk want warn watch work worry wrap write"
  ).split(" "),
);
const IRREGULAR_PAST = new Set(
  (
    "began begun bought brought built came caught chose chosen did done drew drawn drove driven fell fallen felt found forgot forgotten gave given got gotten grew grown heard held kept knew known laid led left lost made meant met paid ran " +
    "rewrote rewritten said sat saw seen sent shown sold spent spoke spoken stood stuck taught told took taken thought threw thrown understood went gone won wrote written broke broken became fought sought"
  ).split(" "),
);

/** Verbs that are (almost) never nouns: any form of them is a verb wherever it stands ("Isolation comes from…", "ACID stands for…"). */
const VERB_ONLY = new Set(
  (
    "accept allow apply arrive assume avoid become belong bring choose come consist contain decide depend describe ensure exist expect explain follow get give go guarantee happen help " +
    "ignore imply include involve keep know lack leave let lose make mean need occur prevent protect provide reduce rely remain remove replace require say seem send show solve stand stay take tell tend think try want"
  ).split(" "),
);

/** The lemma of a finite or base form, when it is one of VERB_ONLY. */
function verbOnly(word: string): boolean {
  if (VERB_ONLY.has(word)) return true;
  if (word.endsWith("ies")) return VERB_ONLY.has(`${word.slice(0, -3)}y`);
  if (word.endsWith("es") && VERB_ONLY.has(word.slice(0, -2))) return true;
  return word.endsWith("s") && VERB_ONLY.has(word.slice(0, -1));
}

type VerbForm = "base" | "finite" | "ing";

/** Words in -ise/-ize/-ify that are not verbs. */
const NOT_VERBS = new Set(
  "expertise enterprise premise noise wise otherwise likewise clockwise franchise merchandise precise concise paradise treatise promise exercise".split(" "),
);

/** "-ise", "-ize", "-ify" words are verbs (minimise, prioritize, classify). */
function isSuffixVerb(word: string): boolean {
  return word.length > 5 && !NOT_VERBS.has(word) && (word.endsWith("ise") || word.endsWith("ize") || word.endsWith("ify"));
}

function isBase(word: string): boolean {
  return BASE_VERBS.has(word) || isSuffixVerb(word);
}

const FORM_CACHE = new Map<string, VerbForm | null>();
const FORM_CACHE_LIMIT = 20_000;

/** Whether a lower-case word is a form of a common verb: base ("use"), finite ("uses", "used", "wrote") or -ing. */
export function verbForm(word: string): VerbForm | null {
  const cached = FORM_CACHE.get(word);
  if (cached !== undefined) return cached;
  const form = computeVerbForm(word);
  if (FORM_CACHE.size >= FORM_CACHE_LIMIT) FORM_CACHE.clear();
  if (word.length <= 40) FORM_CACHE.set(word, form);
  return form;
}

function computeVerbForm(word: string): VerbForm | null {
  if (isBase(word)) return "base";
  if (IRREGULAR_PAST.has(word)) return "finite";
  const n = word.length;
  if (n > 3 && word.endsWith("s")) {
    if (isBase(word.slice(0, -1))) return "finite";
    if (word.endsWith("es") && isBase(word.slice(0, -2))) return "finite";
    if (word.endsWith("ies") && isBase(`${word.slice(0, -3)}y`)) return "finite";
  }
  if (n > 3 && word.endsWith("ed")) {
    const stem = word.slice(0, -2);
    if (isBase(stem) || isBase(`${stem}e`) || isBase(word.slice(0, -1))) return "finite";
    if (word.endsWith("ied") && isBase(`${word.slice(0, -3)}y`)) return "finite";
    if (stem.length > 2 && stem.at(-1) === stem.at(-2) && isBase(stem.slice(0, -1))) return "finite";
  }
  if (n > 4 && word.endsWith("ing")) {
    const stem = word.slice(0, -3);
    if (isBase(stem) || isBase(`${stem}e`)) return "ing";
    if (stem.length > 2 && stem.at(-1) === stem.at(-2) && isBase(stem.slice(0, -1))) return "ing";
  }
  return null;
}

const UNIT_BREAK = /[\n;|•·]|(?<=[.!?])\s|\s\/\s/g;

/** Unit boundaries (character offsets where a new unit starts). */
function unitStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(UNIT_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

const APOSTROPHES = new Set(["'", "’"]);

export function analyseClauses(text: string): ClauseAnalysis {
  const starts = unitStarts(text);
  const tokens: ClauseToken[] = [];
  let unit = 0;
  for (const token of tokenize(text)) {
    while (unit + 1 < starts.length && starts[unit + 1]! <= token.start) unit++;
    tokens.push({
      stem: token.stem,
      start: token.start,
      end: token.end,
      raw: text.slice(token.start, token.end).toLowerCase(),
      unit,
      anchored: false,
      cue: false,
    });
  }

  const { mask: listed, itemLength } = enumerationMask(tokens, text);
  // Verb cues, each decided from the token and its neighbours in the same unit.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = i > 0 && tokens[i - 1]!.unit === t.unit ? tokens[i - 1] : undefined;
    const next = i + 1 < tokens.length && tokens[i + 1]!.unit === t.unit ? tokens[i + 1] : undefined;
    const afterApostrophe = t.start > 0 && APOSTROPHES.has(text[t.start - 1]!);
    if (afterApostrophe) {
      // "Let's Encrypt" is a name in a list, not a suggestion.
      const name = t.raw === "s" && prev?.raw === "let" && next?.raw === "encrypt";
      t.cue = !name && (CONTRACTED.has(t.raw) || (t.raw === "s" && prev !== undefined && S_AFTER.has(prev.raw)));
      continue;
    }
    // "IS NULL", "IF NOT EXISTS", "DO UPDATE": upper-case keywords in a mixed-case unit are code, not English.
    if ((AUX.has(t.raw) || SUBJECTS.has(t.raw)) && isCodeKeyword(t, prev, next, text, starts[t.unit]!, starts[t.unit + 1] ?? text.length)) continue;
    // In a one- or two-word list item ("scale up", "log in") nothing is a clause.
    if (listed[i] && itemLength[i]! <= 2) continue;
    if (AUX.has(t.raw)) {
      t.cue = true;
      continue;
    }
    if (SUBJECTS.has(t.raw)) {
      t.cue = isSubject(t, prev, text);
      continue;
    }
    // "Missing token: 401", "Duplicate email: 409 Conflict": a term and what it maps to.
    if (next && text[t.end] === ":" && isColonRelation(tokens, i, text, starts[t.unit + 1] ?? text.length)) {
      t.cue = true;
      continue;
    }
    const form = verbForm(t.raw);
    if (!form) continue;
    // "render-blocking CSS", "end-to-end": part of a hyphenated compound, not a verb.
    if (text[t.end] === "-" || text[t.start - 1] === "-") continue;
    // "keeping the key", "attaching its listeners": a participle with its object is a clause.
    if (form === "ing") {
      t.cue = next !== undefined && DETERMINERS.has(next.raw);
      continue;
    }
    if (t.raw === "let" && tokens[i + 2]?.raw === "encrypt") continue;
    // Base forms and "-s" forms are often nouns ("index on email", "retries with backoff"): only a determiner
    // or a particle after them marks a verb; after a past form any preposition does ("stored in").
    const follow = form === "base" ? BASE_FOLLOWERS : t.raw.endsWith("s") && !IRREGULAR_PAST.has(t.raw) ? DETERMINERS : PAST_FOLLOWERS;
    // "events fire", "users need": a plural word right before a base-form verb is its subject.
    const pluralSubject =
      prev !== undefined && prev.raw.length > 3 && prev.raw.endsWith("s") && !prev.raw.endsWith("ss") && text.slice(prev.end, t.start) === " ";
    // In an enumeration "Not Found", "plan, apply" and "Go" are names, not verbs.
    if ((verbOnly(t.raw) || IRREGULAR_PAST.has(t.raw)) && !listed[i] && (prev || next)) t.cue = true;
    else if (
      form === "base" &&
      prev &&
      (prev.raw === "to" || AUX.has(prev.raw) || pluralSubject || (COORDINATORS.has(prev.raw) && next !== undefined && text[t.end] !== ","))
    )
      t.cue = true;
    else if (next && next.raw !== "of" && follow.has(next.raw)) t.cue = true;
    else if (form === "finite" && prev && !NP_OPENERS.has(prev.raw) && hasNounPhraseBefore(tokens, i)) t.cue = true;
    else if (form === "base" && isUnitOpening(tokens, i, text)) t.cue = true;
  }

  // Words in an enumeration ("XSS, CSP, escaping, DOMPurify…") need a cue within ANCHOR_WINDOW
  // words; the other words of a unit with a cue are in its clause.
  const unitHasCue = new Set(tokens.filter((t) => t.cue).map((t) => t.unit));
  let lastCue = -Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.unit !== t.unit) lastCue = -Infinity;
    if (t.cue) lastCue = i;
    if (unitHasCue.has(t.unit) && (!listed[i] || i - lastCue <= ANCHOR_WINDOW)) t.anchored = true;
  }
  let nextCue = Infinity;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (i + 1 < tokens.length && tokens[i + 1]!.unit !== t.unit) nextCue = Infinity;
    if (t.cue) nextCue = i;
    if (nextCue - i <= ANCHOR_WINDOW) t.anchored = true;
  }

  const units: Unit[] = [];
  for (let u = 0; u < starts.length; u++) {
    const start = starts[u]!;
    const end = u + 1 < starts.length ? starts[u + 1]! : text.length;
    units.push({ start, end, text: text.slice(start, end).trim(), clause: false, words: 0, afterNewline: start > 0 && text[start - 1] === "\n" });
  }
  for (const t of tokens) {
    const u = units[t.unit]!;
    u.words++;
    if (t.cue) u.clause = true;
  }
  const clauseUnits = units.filter((u) => u.clause && u.text);
  return {
    tokens,
    units: units.filter((u) => u.text),
    // A long enumeration after one verb counts only as far as the verb reaches.
    clauseWords: tokens.filter((t) => t.anchored).length,
    words: tokens.length,
    clauseText: joinUnits(clauseUnits),
  };
}

/**
 * Which tokens stand in an enumeration: three or more comma-separated items in
 * a row, each of at most three words ("XSS, CSP, escaping, DOMPurify"). One
 * pass over the tokens, comma by comma.
 */
function enumerationMask(tokens: ClauseToken[], text: string): { mask: boolean[]; itemLength: number[] } {
  const mask = new Array<boolean>(tokens.length).fill(false);
  const itemLength = new Array<number>(tokens.length).fill(0);
  // Items: runs of tokens between commas (or unit edges).
  const items: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const boundary = !next || next.unit !== tokens[i]!.unit || text.slice(tokens[i]!.end, next.start).includes(",");
    if (boundary) {
      items.push({ from, to: i });
      for (let t = from; t <= i; t++) itemLength[t] = i - from + 1;
      from = i + 1;
    }
  }
  let runStart = 0;
  const flush = (end: number) => {
    if (end - runStart < 3) return;
    for (let j = runStart; j < end; j++) for (let t = items[j]!.from; t <= items[j]!.to; t++) mask[t] = true;
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (itemWords(tokens, item, text) > 3) {
      flush(k);
      runStart = k + 1;
    } else if (k > runStart && tokens[item.from]!.unit !== tokens[items[k - 1]!.to]!.unit) {
      flush(k);
      runStart = k;
    }
  }
  flush(items.length);
  return { mask, itemLength };
}

/**
 * Words of a list item as written: a hyphenated term is one word ("strict-dynamic"),
 * and the list's own "and"/"or" does not count ("nonces and strict-dynamic").
 */
function itemWords(tokens: ClauseToken[], item: { from: number; to: number }, text: string): number {
  let words = 0;
  for (let t = item.from; t <= item.to; t++) {
    const joined = t > item.from && !/\s/.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start));
    if (!joined && tokens[t]!.raw !== "and" && tokens[t]!.raw !== "or") words++;
  }
  return words;
}

const isUpper = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

/** SQL words that make an upper-case "IS" or "IF" code ("IS NOT NULL", "IF EXISTS"). */
const SQL_WORDS = new Set(["null", "not", "distinct", "true", "false", "unknown", "exists", "in", "from"]);

/** An upper-case word next to an SQL word, or next to another upper-case word among lower-case ones ("WHERE x IS NULL"). */
function isCodeKeyword(
  t: ClauseToken,
  prev: ClauseToken | undefined,
  next: ClauseToken | undefined,
  text: string,
  unitStart: number,
  unitEnd: number,
): boolean {
  if (!isUpper(text.slice(t.start, t.end))) return false;
  const upperNeighbours = [prev, next].filter((n): n is ClauseToken => n !== undefined && isUpper(text.slice(n.start, n.end)));
  if (upperNeighbours.length === 0) return false;
  if (upperNeighbours.some((n) => SQL_WORDS.has(n.raw))) return true;
  // A shouted sentence is still a sentence: code keywords sit among lower-case words (a bounded look around).
  return /[a-z]/.test(text.slice(Math.max(unitStart, t.start - 80), Math.min(unitEnd, t.end + 80)));
}

/** "the component shows", "its setState runs", "a graduate on my team needed": a noun phrase opened within three words before. */
function hasNounPhraseBefore(tokens: ClauseToken[], i: number): boolean {
  const unit = tokens[i]!.unit;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (tokens[k]!.unit !== unit) return false;
    if (NP_OPENERS.has(tokens[k]!.raw)) return true;
  }
  return false;
}

/** Clause units rejoined: parts of one sentence stay on one line, so a sentence still counts once. */
function joinUnits(units: Unit[]): string {
  const parts: string[] = [];
  let previousEnd = -1;
  let previousLast = "";
  for (const u of units) {
    const sameSentence = u.start === previousEnd && !u.afterNewline && !".!?".includes(previousLast);
    if (parts.length > 0) parts.push(sameSentence ? " " : "\n");
    parts.push(u.text);
    previousEnd = u.end;
    previousLast = u.text.at(-1) ?? "";
  }
  return parts.join("");
}

/** Words before a Roman numeral "I" ("Type I error", "Phase I"). */
const ROMAN_CONTEXT = new Set("type phase stage tier level class grade part chapter war section appendix step".split(" "));

/** A subject pronoun; not "I/O-bound", "Type I error" or "IT" (the department). */
function isSubject(t: ClauseToken, prev: ClauseToken | undefined, text: string): boolean {
  if (text[t.end] === "/" || text[t.start - 1] === "/" || text[t.end] === "-") return false;
  if (t.raw === "it" && text.slice(t.start, t.end) === "IT") return false;
  if (t.raw !== "i") return true;
  return !(prev && ROMAN_CONTEXT.has(prev.raw));
}

/** "term: value" opening a unit, two to four words before the colon and something after it that is not a list. */
function isColonRelation(tokens: ClauseToken[], i: number, text: string, unitEnd: number): boolean {
  const unit = tokens[i]!.unit;
  let first = i;
  while (first > 0 && tokens[first - 1]!.unit === unit && i - first < 4) first--;
  if (first > 0 && tokens[first - 1]!.unit === unit) return false;
  if (i - first < 1) return false;
  const after = tokens[i + 1];
  if (!after || after.unit !== unit) return false;
  // Only the first colon of a unit gets here (the words before it open the unit), so this scan is once per unit.
  return (text.slice(tokens[i]!.end + 1, unitEnd).match(/,/g)?.length ?? 0) < 2;
}

/** "Use parameterised queries": a base-form verb opening its unit (after "then", "first"…), with two more words before any comma. */
function isUnitOpening(tokens: ClauseToken[], i: number, text: string): boolean {
  const unit = tokens[i]!.unit;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.unit === unit && OPENERS.has(tokens[j]!.raw)) j--;
  if (j >= 0 && tokens[j]!.unit === unit) return false;
  const third = tokens[i + 2];
  if (!third || third.unit !== unit) return false;
  return !text.slice(tokens[i]!.end, third.start).includes(",");
}
