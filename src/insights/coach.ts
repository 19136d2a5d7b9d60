import type { PhaseId } from "@/progress/journey";
import { getSkill } from "@/resume/taxonomy";
import { readIntent, type CoachIntent } from "./coachIntent";
import {
  completeStoryHint,
  designQuestions,
  ELABORATE,
  phaseOpening,
  practiseQuestions,
  skillQuestions,
  starQuestions,
  storyHints,
  subjectQuestions,
  technicalHints,
  worryQuestions,
} from "./coachReplies";
import { bankFrequency, hintablePoints, isEverydayWord, mentionedPhrases, recogniseTopic, type CoachTopic, type TopicSkill } from "./coachTopics";
import { STAR_ELEMENTS } from "./signals";
import { wordCount } from "./text";

/**
 * The offline coach: Socratic questions chosen by documented rules — the
 * insights engine, not an AI model. It reads the user's latest message (its
 * first MAX_READ_CHARS characters) for its intent (coachIntent.ts: worry,
 * story, practise, help, greeting, other) and its topic (coachTopics.ts: the
 * job's skills, the skills taxonomy, the question bank, a design subject),
 * then asks rather than tells. Rules, in order:
 *
 * 1. worry ("I'm nervous…") → `worry`: a question that makes the worry
 *    concrete, naming the topic if the message has one.
 * 2. a story → the STAR rules. A story told over consecutive messages is read
 *    as one (at most MAX_STORY_MESSAGES). A reply to a coach question under
 *    SHORT_REPLY_WORDS words with no topic → `elaborate` (more of the user's
 *    own detail); a story missing a STAR part (situation, task, action,
 *    result, reflection; the rubric's story cues) → `star`, the first missing
 *    part, naming the story's topic; a complete story → `topic`, the concept
 *    an interviewer would dig into next.
 * 3. what to practise, naming no topic → `phase`: the journey phase's next
 *    step for the job's skill with the least evidence, then its other skills.
 * 4. a question, or any message with a topic → `topic`, about THAT topic:
 *    for a design ("design a payment ledger") what must never happen to it;
 *    then one concept per key point of the closest bank question — first the
 *    ones the question itself touches, by another of their names ("in order"
 *    → "partition key"), then those the user has not mentioned — named, never
 *    answered (no model answer is shown); then retries, reads and writes,
 *    correctness and scope of a design, "walk me through" for something to
 *    describe, and questions about each skill by its taxonomy category. A
 *    reply that names no topic, or the same bank question, continues the
 *    conversation's latest topic. A short reply with no topic → `elaborate`.
 * 5. greetings and anything else → `phase`: the journey phase's opening
 *    question (about the job's skill with the least evidence).
 *
 * It never repeats itself: each rule offers its questions in order, the first
 * one not among the coach's earlier replies in the given history is chosen,
 * and when a rule runs out the phase questions, then questions about each of
 * the job's skills, follow; as a last resort the phase opening is numbered.
 * The history is the conversation's latest messages; `earlierReplies` holds
 * every reply the coach gave in the conversation, so none is repeated however
 * long it grows.
 */
export type CoachContext = {
  phase: PhaseId;
  focusSkill: string | null;
  lastUserMessage: string | null;
  /** Whether the message answers an earlier coach question (a first message just opens the conversation). */
  answeringCoach: boolean;
  jobTitle: string | null;
  /** The job's skills, in the skills inventory's order (gaps first). */
  jobSkills?: string[];
  /** The conversation so far, oldest first; may end with the latest message itself. */
  history?: { role: "user" | "coach"; content: string }[];
  /** Every earlier reply of the coach in this conversation, also those older than `history`. */
  earlierReplies?: string[];
};

export type CoachRule = "worry" | "star" | "elaborate" | "topic" | "phase";

export type CoachReply = { text: string; rule: CoachRule; intent: CoachIntent | null; topic: string | null };

export const SHORT_REPLY_WORDS = 15;
/** Characters of each message the coach reads: twice what the coach form accepts, so one reply's work stays small. */
export const MAX_READ_CHARS = 4_000;
/** A concept phrase used by at most this many bank questions is specific enough to ask about. */
const SPECIFIC_CUE = 3;
/** A story is read over at most this many consecutive messages. */
const MAX_STORY_MESSAGES = 4;
/** Job skills the coach cycles through for practice and phase questions. */
const MAX_SKILLS = 6;

type Candidates = { rule: CoachRule; texts: string[] };
/** What the user has said (answers, stories, earlier messages) and what they are asking now. */
type Said = { statements: string; asked: string | null };

const normalise = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** A skill as it reads mid-sentence: soft skills and practices in lower case unless they carry capitals inside ("HL7", "ICD-10"). */
function skillName(skill: TopicSkill): string {
  const lower = skill.category === "soft" || skill.category === "practice" || skill.category === "certification";
  return lower && !/[A-Z0-9]/.test(skill.name.slice(1)) ? skill.name.toLowerCase() : skill.name;
}

/** A bank topic mid-sentence: "Conflict" → "conflict", but "React performance", "SQL" and "API design" keep their capitals. */
function bankTopicName(topic: string): string {
  const first = topic.split(" ", 1)[0]!;
  const named = getSkill(first) ?? getSkill(topic);
  if (/[A-Z0-9]/.test(first.slice(1)) || (named && !["soft", "practice"].includes(named.category))) return topic;
  return topic.charAt(0).toLowerCase() + topic.slice(1);
}

/** What a reply calls the topic. */
function topicName(topic: CoachTopic): string {
  if (topic.subject) return topic.subject;
  const skill = topic.skills.find((s) => s.name === topic.label);
  return skill ? skillName(skill) : bankTopicName(topic.label);
}

/** A topic name without its article, for "your story about …". */
const bare = (name: string) => name.replace(/^(?:the|your) /, "");

/** A concept group's most specific name: its first phrase few bank questions share (else its rarest), never an everyday word. */
function groupName(phrases: readonly string[]): string | undefined {
  const named = phrases.filter((p) => !isEverydayWord(p));
  if (named.length === 0) return undefined;
  return named.find((p) => bankFrequency(p) <= SPECIFIC_CUE) ?? named.reduce((a, b) => (bankFrequency(b) < bankFrequency(a) ? b : a));
}

/**
 * The concepts to ask about, one per key point of the bank question: first
 * those the user's question touches, by another of their names ("in order" →
 * "partition key"); then the points the user has not mentioned, in bank order.
 * Groups the user's statements already mention are skipped.
 */
function bankHints(topic: CoachTopic, statements: string, asked: string | null): string[] {
  if (!topic.bank) return [];
  const question = topic.bank.question;
  const stated = mentionedPhrases(question, statements);
  const inQuestion = asked ? mentionedPhrases(question, asked) : new Map<string[], string[]>();
  const first: string[] = [];
  const rest: string[] = [];
  for (const point of hintablePoints(question)) {
    const touched = point.concepts.find((g) => inQuestion.has(g));
    const touchedName = touched && groupName(touched.filter((p) => !inQuestion.get(touched)!.includes(p)));
    if (touchedName) {
      first.push(touchedName);
      continue;
    }
    const names = point.concepts.filter((g) => !stated.has(g)).map((g) => groupName(g) ?? g[0]!);
    // The longest name is the most specific.
    if (names.length > 0) rest.push(names.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return [...first, ...rest];
}

/** Questions about one topic, most specific first; hints not yet used in earlier replies lead. */
function topicQuestions(topic: CoachTopic, said: Said, earlier: readonly string[], opts: { completeStory?: boolean } = {}): string[] {
  const name = topicName(topic);
  const behavioural = topic.bank && topic.bank.question.kind !== "technical";
  const hints = bankHints(topic, said.statements, said.asked);
  const used = (hint: string) => earlier.some((reply) => reply.includes(hint.toLowerCase()));
  const fresh = hints.filter((h) => !used(h));
  const phrase = (hint: string, round: number, k: number) => {
    const variants = behavioural ? storyHints(bare(name), hint) : technicalHints(name, hint);
    return variants[(k + round + earlier.length) % variants.length]!;
  };
  const design = topic.design ? designQuestions(name) : [];
  const out: string[] = [];
  if (opts.completeStory && fresh[0]) out.push(completeStoryHint(bare(name), fresh[0]));
  out.push(...design.slice(0, 1));
  out.push(...fresh.map((h, k) => phrase(h, 0, k)));
  if (topic.subject && !topic.design) out.push(...subjectQuestions(name));
  out.push(...design.slice(1));
  for (const skill of topic.skills) out.push(...skillQuestions(skillName(skill), skill.category));
  for (let round = 1; round < 4; round++) out.push(...hints.map((h, k) => phrase(h, round, k)));
  return out;
}

function phaseQuestions(ctx: CoachContext, role: string): string[] {
  return [
    phaseOpening(ctx.phase, ctx.focusSkill, role),
    ...jobSkillsInOrder(ctx)
      .slice(1)
      .map((s) => phaseOpening(ctx.phase, s, role)),
    ...(["role", "stories", "practise", "mock", "review"] as const).filter((p) => p !== ctx.phase).map((p) => phaseOpening(p, ctx.focusSkill, role)),
  ];
}

const sameBankQuestion = (a: CoachTopic, b: CoachTopic) => Boolean(a.bank && b.bank && a.bank.question.id === b.bank.question.id);

/**
 * The topic of the latest earlier message that has one; when that message
 * only continued an earlier one (same bank question), the earlier one's
 * wording ("the payment ledger") is kept.
 */
function latestTopic(messages: readonly string[], jobSkills: readonly string[]): CoachTopic | null {
  let found: CoachTopic | null = null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const topic = recogniseTopic(messages[i]!, jobSkills);
    if (!topic) continue;
    if (!found) found = topic;
    else if (!sameBankQuestion(found, topic)) break;
    else if (topic.subject) return topic;
    if (found.subject) break;
  }
  return found;
}

/** The job's skills, the one with the least evidence first. */
function jobSkillsInOrder(ctx: CoachContext): string[] {
  return [...new Set([ctx.focusSkill, ...(ctx.jobSkills ?? [])].filter((s): s is string => Boolean(s)))].slice(0, MAX_SKILLS);
}

function practiseFor(ctx: CoachContext, role: string): string[] {
  return jobSkillsInOrder(ctx).flatMap((s) => practiseQuestions(ctx.phase, s, role));
}

/** Questions about each of the job's skills, by taxonomy category: what is left when every other question was asked. */
function jobSkillQuestions(ctx: CoachContext): string[] {
  return jobSkillsInOrder(ctx).flatMap((name) => {
    const category = getSkill(name)?.category ?? null;
    return skillQuestions(skillName({ name, category, inJob: true }), category);
  });
}

export function coachQuestion(ctx: CoachContext): CoachReply {
  const role = ctx.jobTitle ?? "this role";
  const latest = ctx.lastUserMessage?.trim() ?? "";
  const message = latest.slice(0, MAX_READ_CHARS);
  const history = ctx.history ?? [];
  const last = history.at(-1);
  const before = last && last.role === "user" && last.content.trim() === latest ? history.slice(0, -1) : history;
  const earlier = [...new Set([...(ctx.earlierReplies ?? []), ...before.filter((m) => m.role === "coach").map((m) => m.content)].map(normalise))];
  const earlierUser = before.filter((m) => m.role === "user").map((m) => m.content.slice(0, MAX_READ_CHARS));
  const jobSkills = ctx.jobSkills ?? [];

  const plan: Candidates[] = [];
  let intent: CoachIntent | null = null;
  let topic: CoachTopic | null = null;
  if (message) {
    const reading = readIntent(message);
    intent = reading.intent;
    // A story told over several messages is read as one: the latest and the story messages just before it.
    const storyParts = [message];
    if (intent === "story") {
      for (let i = earlierUser.length - 1; i >= 0 && storyParts.length < MAX_STORY_MESSAGES && readIntent(earlierUser[i]!).intent === "story"; i--) {
        storyParts.unshift(earlierUser[i]!);
      }
    }
    const storyText = storyParts.join("\n");
    const own = recogniseTopic(storyText, jobSkills);
    // A reply continues the conversation's latest topic when it names none, or names the same bank question.
    const carried = ctx.answeringCoach ? latestTopic(earlierUser.slice(0, earlierUser.length - storyParts.length + 1), jobSkills) : null;
    topic = own && carried && sameBankQuestion(own, carried) && !own.subject ? carried : (own ?? carried);
    const asking = intent === "help" || intent === "practise";
    const said: Said = { statements: [...earlierUser, ...(asking ? [] : [message])].join("\n"), asked: asking ? message : null };
    const aboutTopic = (opts?: { completeStory?: boolean }): Candidates => ({ rule: "topic", texts: topic ? topicQuestions(topic, said, earlier, opts) : [] });
    const short = ctx.answeringCoach && wordCount(message) < SHORT_REPLY_WORDS;

    if (intent === "worry") {
      plan.push({ rule: "worry", texts: worryQuestions(own ? topicName(own) : null, role) }, aboutTopic());
    } else if (intent === "story") {
      const starFound = storyParts.length > 1 ? readIntent(storyText).starFound : reading.starFound;
      const missing = STAR_ELEMENTS.filter((e) => !starFound.includes(e));
      const about = own ? bare(topicName(own)) : null;
      if (short && !own) plan.push({ rule: "elaborate", texts: ELABORATE });
      if (missing.length > 0) plan.push({ rule: "star", texts: missing.flatMap((e) => starQuestions(e, about)) });
      plan.push(aboutTopic({ completeStory: missing.length === 0 }));
    } else if (intent === "practise" && !own) {
      plan.push({ rule: "phase", texts: practiseFor(ctx, role) });
    } else if (topic && intent !== "greeting") {
      plan.push(aboutTopic());
    } else if (short && intent !== "greeting") {
      plan.push({ rule: "elaborate", texts: ELABORATE });
    }
  }
  plan.push(
    { rule: "phase", texts: phaseQuestions(ctx, role) },
    { rule: "phase", texts: practiseFor(ctx, role) },
    { rule: "topic", texts: jobSkillQuestions(ctx) },
  );
  const topicLabel = topic?.label ?? null;

  const seen = new Set(earlier);
  for (const { rule, texts } of plan) {
    const text = texts.find((t) => !seen.has(normalise(t)));
    if (text) return { text, rule, intent, topic: topicLabel };
  }
  // Every question already asked: the phase's opening, numbered so it is still a new reply.
  const opening = phaseOpening(ctx.phase, ctx.focusSkill, role);
  for (let n = earlier.length + 1; ; n++) {
    const text = `Let's try another angle (${n}). ${opening}`;
    if (!seen.has(normalise(text))) return { text, rule: "phase", intent, topic: topicLabel };
  }
}
