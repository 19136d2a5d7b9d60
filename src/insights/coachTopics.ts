import { findSkills } from "@/resume/skillMatcher";
import { getSkill, type SkillCategory } from "@/resume/taxonomy";
import { questionBank, type BankQuestion, type KeyPoint } from "./questionBank";
import { questionTerms } from "./rubric";
import { phraseFinder, stems, tokenize, type Token } from "./text";

/**
 * What a coach message is about (pure, no model): the skills it names, the
 * question-bank question it is closest to, and what it wants to design or
 * describe.
 *
 * - Skills: the job's own skills found in the message by word stems (so
 *   "kafka" counts for Kafka), then every taxonomy skill the resume matcher
 *   finds (its case and context rules apply, so "React" needs tech context).
 * - Bank: every bank question is indexed by cues: its topic and skills
 *   (weight 3), the words of its slug after the role prefix (2), its topic's
 *   words, its key points' concept phrases and its own content words (1);
 *   everyday words are not cues. A cue found in the message adds its weight ×
 *   ln(1 + questions / questions using that cue), so a word many questions
 *   share ("api", "react") counts for little and a rare one ("idempotency",
 *   "teammate") for a lot. The best question counts when it scores at least
 *   MIN_BANK_SCORE with a topic or skill cue, or with two cues (one weak word
 *   such as "thanks" is a coincidence).
 * - Subject: the words after a design verb ("design a payment ledger" → "the
 *   payment ledger") or after "describe", "explain", "about"… ("describe my
 *   shift handover to…" → "your shift handover"), up to the next function or
 *   everyday word or punctuation, at most three words. One word after
 *   "about"/"explain" gives way to a skill or bank topic ("about caching").
 * Linear in the message: one tokenizer pass, the (linear) skill matcher, and
 * one look-up per cue in a stem index of the message.
 */

export type TopicSkill = { name: string; category: SkillCategory | null; inJob: boolean };

export type CoachTopic = {
  /** What replies call the topic: the subject, a job skill, a skill the bank question tests, or the bank topic. */
  label: string;
  skills: TopicSkill[];
  bank: { question: BankQuestion; score: number } | null;
  /** What the user wants to design or describe, as a reply says it ("the payment ledger", "your shift handover"). */
  subject: string | null;
  /** Whether the subject followed a design verb (design replies ask about invariants, retries, reads and writes). */
  design: boolean;
};

/** Below this a bank match is a coincidence (one concept word used by a single question scores about 5). */
export const MIN_BANK_SCORE = 5;

/** A cue phrase (as stems) and, for each question using it, its strongest role there. */
type Cue = { stems: string[]; weights: Map<number, number> };

/** Everyday words (as stems) that say nothing about a topic on their own. */
const COMMON = new Set(
  stems(
    "a an the and or but if so of to in on at by for with from into about as is are was were be been being do does did " +
      "i me my we our you your they it its this that these those what which who when where why how would could should can will " +
      "use used using make made get got go went work worked one two first then next new good best way time need want know think " +
      "help tell explain describe answer question questions interview interviews example thing things data system systems " +
      "experience background role job skill skills career myself yourself it this that them everything something basics",
  ),
);

/** Whether a phrase is one everyday word ("where", "data"): too vague to ask about on its own. */
export function isEverydayWord(phrase: string): boolean {
  const s = stems(phrase);
  return s.length === 1 && COMMON.has(s[0]!);
}

/** How many bank questions use a phrase as a cue: a phrase few questions share names a concept more precisely. */
export function bankFrequency(phrase: string): number {
  return cueByKey().get(stems(phrase).join(" "))?.weights.size ?? 0;
}

/** Role weights: what a question is about (topic, skills, slug) outweighs what a good answer mentions. */
const WEIGHT = { topic: 3, skill: 3, slug: 2, topicWord: 1, concept: 1, questionWord: 1 } as const;

let bankIndex: Map<string, Cue> | undefined;

/** The bank's cues, built once: each distinct phrase (by stems) with its weight in each question that uses it. */
function cueByKey(): Map<string, Cue> {
  if (bankIndex) return bankIndex;
  const byKey = new Map<string, Cue>();
  const add = (phrase: string, weight: number, q: number) => {
    const s = stems(phrase);
    if (s.length === 0 || (s.length === 1 && (COMMON.has(s[0]!) || s[0]!.length < 3))) return;
    const k = s.join(" ");
    const cue = byKey.get(k) ?? { stems: s, weights: new Map<number, number>() };
    cue.weights.set(q, Math.max(cue.weights.get(q) ?? 0, weight));
    byKey.set(k, cue);
  };
  questionBank.forEach((question, q) => {
    add(question.topic, WEIGHT.topic, q);
    for (const skill of question.skills) add(skill, WEIGHT.skill, q);
    // The slug after its role prefix names what the question tests ("be-sql-indexes-basics").
    for (const word of question.id.split("-").slice(1)) add(word, WEIGHT.slug, q);
    for (const word of stems(question.topic)) add(word, WEIGHT.topicWord, q);
    for (const point of hintablePoints(question)) for (const group of point.concepts) for (const phrase of group) add(phrase, WEIGHT.concept, q);
    for (const term of questionTerms(question.question)) add(term, WEIGHT.questionWord, q);
  });
  bankIndex = byKey;
  return bankIndex;
}

/** Key points a coach may hint at: the shared STAR points are asked about by the STAR rules instead. */
export function hintablePoints(question: BankQuestion): KeyPoint[] {
  return question.keyPoints.filter((p) => !p.star);
}

/** Finds already-stemmed phrases, word for word, in the tokens: positions indexed by stem once. */
function stemFinder(tokens: Token[]): (phrase: string[]) => boolean {
  const byStem = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = byStem.get(t.stem);
    if (list) list.push(i);
    else byStem.set(t.stem, [i]);
  });
  return (phrase) => {
    const starts = byStem.get(phrase[0]!);
    if (!starts) return false;
    if (phrase.length === 1) return true;
    // Stop at the first hit: a message of one repeated word is still one pass per cue.
    return starts.some((i) => phrase.every((s, w) => tokens[i + w]?.stem === s));
  };
}

function bestBankQuestion(tokens: Token[], jobSkills: Set<string>): { question: BankQuestion; score: number } | null {
  const total = questionBank.length;
  const find = stemFinder(tokens);
  const hits = new Map<number, { score: number; cues: number; strong: boolean }>();
  for (const cue of cueByKey().values()) {
    if (!find(cue.stems)) continue;
    const rarity = Math.log(1 + total / cue.weights.size);
    for (const [q, weight] of cue.weights) {
      const hit = hits.get(q) ?? { score: 0, cues: 0, strong: false };
      hits.set(q, { score: hit.score + weight * rarity, cues: hit.cues + 1, strong: hit.strong || weight >= WEIGHT.skill });
    }
  }
  let best: { question: BankQuestion; score: number } | null = null;
  for (const [q, { score, cues: count, strong }] of hits) {
    // One weak cue is a coincidence ("thanks" in a question about feedback); a topic or skill, or two cues, is a match.
    if (!strong && count < 2) continue;
    const question = questionBank[q]!;
    // Ties go to a question testing one of the job's skills, then to bank order.
    const bonus = question.skills.some((s) => jobSkills.has(s)) ? 0.01 : 0;
    if (!best || score + bonus > best.score + 1e-9) best = { question, score: score + bonus };
  }
  return best && best.score >= MIN_BANK_SCORE ? best : null;
}

const DESIGN_VERBS = new Set(stems("design build architect implement scale structure model"));
/** Words after which the next few words name what the user is talking about. */
const SUBJECT_LEADS = new Set(stems("describe explain about discuss handle approach improve"));
const DETERMINERS = new Set(stems("a an the my our your this that their his her some"));
/** Where a subject ends: function words that start a new phrase. */
const SUBJECT_STOPS = new Set(
  stems(
    "for with in on at to of and or but so as that which who when where while if using from by than is are was were be would should could can will do does did i me we you it",
  ),
);

/**
 * "design a payment ledger" → "the payment ledger"; "describe my shift
 * handover to …" → "your shift handover"; "explain Kubernetes deployments" →
 * "Kubernetes deployments" (as the reply will say it).
 */
function findSubject(text: string, tokens: Token[]): { phrase: string; words: number; design: boolean } | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    const lead = tokens[i]!.stem;
    const design = DESIGN_VERBS.has(lead);
    if (!design && !SUBJECT_LEADS.has(lead)) continue;
    let j = i + 1;
    const determiner = DETERMINERS.has(tokens[j]!.stem) && adjacent(text, tokens[i]!, tokens[j]!) ? tokens[j++]!.stem : null;
    const words: string[] = [];
    for (let k = j; k < tokens.length && words.length < 3; k++) {
      const token = tokens[k]!;
      if (!adjacent(text, tokens[k - 1]!, token) || SUBJECT_STOPS.has(token.stem) || DETERMINERS.has(token.stem) || COMMON.has(token.stem)) break;
      words.push(text.slice(token.start, token.end));
    }
    if (words.length === 0) continue;
    const article = determiner === "my" || determiner === "our" ? "your " : determiner || design ? "the " : "";
    return { phrase: `${article}${words.join(" ")}`, words: words.length, design };
  }
  return null;
}

/** Two tokens separated only by spaces (no comma, question mark or line end between them). */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) if (text[k] !== " ") return false;
  return true;
}

/** The topic of one message, or null when it names none. */
export function recogniseTopic(message: string, jobSkills: readonly string[]): CoachTopic | null {
  const tokens = tokenize(message);
  const find = phraseFinder(tokens);
  const jobSet = new Set(jobSkills.map((s) => s.toLowerCase()));
  const skills: TopicSkill[] = [];
  const seen = new Set<string>();
  const addSkill = (name: string, category: SkillCategory | null) => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    skills.push({ name, category, inJob: jobSet.has(name.toLowerCase()) });
  };
  for (const skill of jobSkills) if (find(skill, 0)) addSkill(skill, getSkill(skill)?.category ?? null);
  for (const match of findSkills(message, { implied: false })) addSkill(match.skill.canonical, match.skill.category);
  const bank = bestBankQuestion(tokens, jobSet);
  const found = findSubject(message, tokens);
  // One word after "about"/"explain" says less than the skill or bank topic it usually is ("about caching").
  const subject = found && (found.design || found.words > 1 || (!bank && skills.length === 0)) ? found : null;
  if (!bank && skills.length === 0 && !subject) return null;
  const inBank = bank ? skills.find((s) => bank.question.skills.includes(s.name.toLowerCase())) : undefined;
  const label = subject?.phrase ?? skills.find((s) => s.inJob)?.name ?? inBank?.name ?? bank?.question.topic ?? skills[0]!.name;
  return { label, skills, bank, subject: subject?.phrase ?? null, design: subject?.design ?? false };
}

/**
 * The phrases of a bank question's hintable concept groups that a text
 * mentions (by stems), by group: what the user said or asked about.
 */
export function mentionedPhrases(question: BankQuestion, text: string): Map<string[], string[]> {
  const find = phraseFinder(tokenize(text));
  const mentioned = new Map<string[], string[]>();
  for (const point of hintablePoints(question)) {
    for (const group of point.concepts) {
      const said = group.filter((p) => find(p, 1));
      if (said.length > 0) mentioned.set(group, said);
    }
  }
  return mentioned;
}
