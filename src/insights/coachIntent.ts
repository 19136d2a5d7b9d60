import { findStar, type StarElement } from "./signals";
import { phraseFinder, tokenize } from "./text";

/**
 * What a coach message wants (pure, by cue words; no model). Checked in this
 * order, the first that applies wins:
 * 1. worry — a feeling word ("nervous", "anxious", "scared", "my mind goes blank");
 * 2. story — two or more STAR parts (the rubric's story cues), or one in a
 *    message that is not a question;
 * 3. practise — a "what/where/which … should I …" question about practising,
 *    starting, focusing or preparing;
 * 4. help — any other question: a "?" or an opening question word
 *    ("how would I design…", "explain…", "can you help me with…");
 * 5. greeting — "hi", "hello", "thanks" and friends;
 * 6. other.
 * Cues are matched on word stems ("worried" = "worry"), one pass per cue.
 */
export type CoachIntent = "worry" | "story" | "practise" | "help" | "greeting" | "other";

/** Feelings; not "stress", "panic" or "freeze" alone, which are also technical words ("stress test", a Go panic). */
const WORRY = [
  "nervous",
  "nerves",
  "anxious",
  "anxiety",
  "worried",
  "worry",
  "worrying",
  "scared",
  "afraid",
  "fear",
  "frightened",
  "terrified",
  "stressed out",
  "i'm stressed",
  "feel stressed",
  "feeling stressed",
  "so stressed",
  "i panic",
  "panicking",
  "dread",
  "dreading",
  "overwhelmed",
  "i freeze",
  "freeze up",
  "go blank",
  "goes blank",
  "blank out",
  "imposter",
  "impostor",
  "not good enough",
  "not ready",
  "intimidated",
];
const PRACTISE_WORDS = [
  "practise",
  "practice",
  "practising",
  "practicing",
  "focus",
  "work on",
  "study",
  "prepare",
  "preparing",
  "start",
  "begin",
  "next",
  "improve",
  "revise",
];
const PRACTISE_ASKS = [
  "what should",
  "where should",
  "what do i",
  "where do i",
  "what to",
  "where to",
  "which should",
  "what would you",
  "help me",
  "what can i",
  "what next",
  "what's next",
  "whats next",
];
const QUESTION_OPENERS = new Set([
  "how",
  "what",
  "what's",
  "whats",
  "why",
  "which",
  "when",
  "where",
  "who",
  "should",
  "can",
  "could",
  "would",
  "is",
  "are",
  "do",
  "does",
  "explain",
  "help",
  "tell",
  "any",
  "give",
]);
const GREETINGS = new Set(["hi", "hello", "hey", "hiya", "morning", "evening", "afternoon", "thanks", "thank", "cheers", "yo"]);

export type IntentReading = { intent: CoachIntent; starFound: StarElement[] };

export function readIntent(message: string): IntentReading {
  const tokens = tokenize(message);
  const find = phraseFinder(tokens);
  const has = (phrases: readonly string[]) => phrases.some((p) => find(p, 0));
  const starFound = findStar(message).map((s) => s.element);
  const firstWord =
    message
      .trimStart()
      .split(/\s/, 1)[0]
      ?.toLowerCase()
      .replace(/[^a-z']/g, "") ?? "";
  const isQuestion = message.includes("?") || QUESTION_OPENERS.has(firstWord);

  if (has(WORRY)) return { intent: "worry", starFound };
  if (starFound.length >= 2 || (starFound.length === 1 && !isQuestion)) return { intent: "story", starFound };
  if (has(PRACTISE_WORDS) && has(PRACTISE_ASKS)) return { intent: "practise", starFound };
  if (isQuestion) return { intent: "help", starFound };
  if (GREETINGS.has(firstWord)) return { intent: "greeting", starFound };
  return { intent: "other", starFound };
}
