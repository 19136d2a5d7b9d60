import { verbForm } from "./clauses";
import { sentenceAround, sentences } from "./text";

/**
 * Structure and specificity cues of an answer, shared by the rubric, the
 * live-interview analysis and the offline coach. All are plain patterns
 * without nested quantifiers (linear in the text).
 */
export type StarElement = "situation" | "task" | "action" | "result" | "reflection";
export const STAR_ELEMENTS: StarElement[] = ["situation", "task", "action", "result", "reflection"];

const EXAMPLE_CUES =
  /\b(for example|for instance|e\.g\.|such as|in my last|at my previous|in one project|we had|last year|in production|on one|in a previous|at my last)\b/gi;
const NUMBER =
  /\b\d+(?:[.,]\d+)?\s*(?:%|ms|s|seconds?|minutes?|hours?|days?|weeks?|months?|x|k|m|gb|mb|kb|tb|rps|qps|users?|requests?|people|engineers?|rows?)?(?=\W|$)/gi;
/** Figures said in words count when they measure something ("two weeks", "three engineers", "half the time"). */
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a hundred|thousand|a thousand|million|a million|half|a dozen|dozens of|hundreds of|thousands of) (?:of )?(?:the )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|people|engineers?|developers?|customers?|clients?|users?|teams?|times|percent|tickets?|incidents?|services?|servers?|rows?|requests?|accounts?|releases?|reports?|bugs?|tests?|pages?|screens?|stores?|sites?|wards?|depots?)\b/gi;
const CONNECTORS =
  /\b(because|so that|therefore|however|instead|trade-?offs?|first|then|finally|otherwise|which means|as a result|on the other hand|depends on|since|unless|whereas|while|but)\b/gi;

/** Where a story is set: time, place, team. */
const SITUATION =
  /\b(when I (?:was|joined|worked|started|moved)|while I was|at (?:my|our|a|an|the) (?:previous|last|current|former|first|old|second) (?:job|company|role|employer|team|workplace|startup)|(?:at|in|for) (?:a|an) (?:\w+ )?(?:company|startup|firm|agency|bank|hospital|store|shop|school|clinic|consultancy|scale-up|retailer|charity|studio)|in my (?:previous|last|current|former|first|second|old) (?:role|job|team|company|position|year|month|week|job)|(?:last|this|that|one) (?:year|month|week|spring|summer|autumn|fall|winter|quarter|sprint|friday|monday)|(?:a|one|two|three|four|five|six|few|couple of|several) (?:years?|months?|weeks?) ago|about (?:a|one|two|three|\d+) (?:years?|months?) ago|we had|we were|our (?:\w+ )?(?:team|company|product|app|service|system|startup|code|pipeline|database|platform|site|website) (?:was|were|had|kept|took|used|ran|planned|relied|depended|needed)|the situation|the context|there was an?|during (?:an?|my|our) |I was (?:the|one of|an?|on|working|leading|part of)|when (?:our|my|a|an|the) \w+ (?:asked|came|started|decided|joined|launched|announced))/i;
/** What the speaker had to do. */
const TASK =
  /\b(my (?:goal|task|job|responsibility|role|aim|brief|mandate|part|concern|first instinct) (?:was|were)|I was (?:responsible|asked|tasked|assigned|expected|supposed|in charge|the (?:lead|owner|only|one))|I (?:needed|had|wanted) to|we (?:needed|had) to|the (?:goal|task|challenge|problem|deadline) was|it was my (?:job|responsibility|mistake)|I (?:volunteered|took it on|took on|owned)|(?:was|were) asked to|asked me to|I had to|it was clearly my|my job was|I had (?:only |just )?(?:a|one|two|three|four|five|six|ten|\d+) (?:days?|weeks?|hours?|months?)|(?:the|a) deadline (?:was|of)|I (?:needed|wanted|had) (?:the|a|to))\b/i;
/** What happened in the end. */
const RESULT =
  /\b(as a result|result(?:ed)? in|which (?:led|meant)|led to|in the end|eventually|ended up|the outcome|afterwards|after that|by the end|within (?:a|two|three|four|five|six|\d+) (?:days?|weeks?|months?)|reduced|increased|improved|cut|saved|shipped|delivered|launched|released|finished|completed|signed|renewed|approved|adopted|dropped|fell|rose|grew|halved|doubled|on time|on schedule|went (?:from|down|up)|came down|resolved|solved|recovered|stopped|passed|retained|agreed|accepted|thanked|left (?:happy|satisfied)|(?:was|were) (?:happy|satisfied|pleased)|\d+\s*%|\d+ percent|the (?:feature|release|project|fix|change|tool|migration) (?:shipped|went live|launched|worked))\b/i;
/** What the speaker took from it. */
const REFLECTION =
  /\b(I (?:learned|learnt|realised|realized|took away|now)|what I (?:learned|learnt|took|changed)|lessons?|taught me|showed me|reminded me|next time|in hindsight|looking back|since then|from then on|I would (?:now|do)|I'd do|now I|these days I|takeaway|it made me|what I do now|I (?:always|now) (?:try|make|ask|start|write|check)|(?:it|this|that) (?:taught|showed|reminded) me)\b/i;
const MEASURE =
  /\b(\d+(?:[.,]\d+)?\s*(?:%|percent)|\d+(?:[.,]\d+)?\s*(?:x|times|hours?|minutes?|days?|weeks?|months?|seconds?|ms|people|users?|customers?|tickets?|incidents?|accounts?|orders?|teams?|engineers?)|halved|doubled|tripled|(?:from|to) \d+)\b/i;

const PATTERNS: Record<Exclude<StarElement, "action">, RegExp> = { situation: SITUATION, task: TASK, result: RESULT, reflection: REFLECTION };

/** "I asked", "I then wrote", "I quickly set up": the speaker's own actions (first person + a past-tense verb). */
const FIRST_PERSON_PAST = /\bI (?:\w+ly |then |also |first |finally |immediately |personally )?(\w+)/gi;
/** Verbs whose past tense is their base form ("I set up", "I put"). */
const SAME_PAST = new Set(["set", "put", "cut", "let", "hit", "read", "split", "shut", "cost", "spread", "quit"]);

function actionAt(text: string): { index: number; length: number } | undefined {
  for (const m of text.matchAll(FIRST_PERSON_PAST)) {
    const verb = m[1]!.toLowerCase();
    if (/^(was|were|had|did|am|is|have|has|do|would|could|should|will|can|might|must|think|guess|feel)$/.test(verb)) continue;
    const form = verbForm(verb);
    if ((form === "finite" && !verb.endsWith("s")) || SAME_PAST.has(verb)) return { index: m.index, length: m[0].length };
  }
  return undefined;
}

export type StarMatch = { element: StarElement; quote: string };

/** The STAR elements a story shows, each with the sentence that shows it. */
export function findStar(text: string): StarMatch[] {
  const found: StarMatch[] = [];
  for (const element of STAR_ELEMENTS) {
    const hit =
      element === "action"
        ? actionAt(text)
        : (() => {
            const m = PATTERNS[element].exec(text);
            return m ? { index: m.index, length: m[0].length } : undefined;
          })();
    if (hit) found.push({ element, quote: sentenceAround(text, hit.index, hit.index + hit.length) });
  }
  return found;
}

/** A measurable result: a figure with a unit, or "halved"/"doubled". */
export function hasMeasure(text: string): boolean {
  NUMBER_WORDS.lastIndex = 0;
  return MEASURE.test(text) || NUMBER_WORDS.test(text);
}

const WORD = /[A-Za-z][A-Za-z0-9+#.]*[A-Za-z0-9+#]|[A-Za-z]/g;

/**
 * Named things: words with a capital or a digit inside a sentence (not its
 * first word): tools, products, people, places ("DOMPurify", "Postgres",
 * "Priya", "p99"). Distinct, lower-cased.
 */
function namedThings(answer: string): number {
  const names = new Set<string>();
  for (const m of answer.matchAll(WORD)) {
    const word = m[0];
    if (word === "I" || word.length < 2 || !/[A-Z0-9]/.test(word)) continue;
    let k = m.index - 1;
    while (k >= 0 && (answer[k] === " " || answer[k] === "(" || answer[k] === '"' || answer[k] === "'" || answer[k] === "“")) k--;
    if (k < 0 || ".!?\n:".includes(answer[k]!)) continue;
    names.add(word.toLowerCase());
  }
  return names.size;
}

/** Structure and specificity cues of an answer (shared with the live-interview analysis and the coach). */
export function answerSignals(answer: string) {
  return {
    names: namedThings(answer),
    numbers: (answer.match(NUMBER)?.length ?? 0) + (answer.match(NUMBER_WORDS)?.length ?? 0),
    examples: answer.match(EXAMPLE_CUES)?.length ?? 0,
    connectors: answer.match(CONNECTORS)?.length ?? 0,
    starFound: findStar(answer).map((s) => s.element),
    starElements: [...STAR_ELEMENTS],
    sentences: sentences(answer).length,
  };
}
