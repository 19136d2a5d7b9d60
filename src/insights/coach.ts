import type { PhaseId } from "@/progress/journey";
import { answerSignals } from "./rubric";
import { wordCount } from "./text";

/**
 * The offline coach: scripted Socratic questions, chosen by documented rules
 * (not an AI model). It asks rather than tells:
 * 1. a reply to a coach question under SHORT_REPLY_WORDS words → ask for more of the user's own detail;
 * 2. a story missing a STAR element (situation, task, action, result,
 *    reflection; the same cues as the answer rubric) → ask for the first missing one;
 * 3. otherwise → the opening question of the current journey phase, about the
 *    job's first skill without evidence (or its first skill).
 */
export type CoachContext = {
  phase: PhaseId;
  focusSkill: string | null;
  lastUserMessage: string | null;
  /** Whether the message answers an earlier coach question (a first message just opens the conversation). */
  answeringCoach: boolean;
  jobTitle: string | null;
};

export const SHORT_REPLY_WORDS = 15;

const STAR_QUESTIONS: Record<string, string> = {
  situation: "Set the scene for me: where were you working, and what was going on that made this matter?",
  task: "What exactly were you responsible for in that situation?",
  action: "What did you do yourself, step by step? Use “I”, not “we”.",
  result: "What was the result? Can you put a number on it: time saved, errors reduced, users affected?",
  reflection: "Looking back, what would you do differently, and what did it teach you?",
};

function opening(ctx: CoachContext): string {
  const skill = ctx.focusSkill;
  const role = ctx.jobTitle ?? "this role";
  switch (ctx.phase) {
    case "role":
      return `Before we practise: which two or three things do you think matter most to the people hiring for ${role}, and what in the job description makes you think so?`;
    case "stories":
      return skill
        ? `Let's build a story. Think of a time you used ${skill} on something that mattered. What was the situation?`
        : "Let's build a story. Think of a piece of work you're proud of. What was the situation?";
    case "practise":
      return skill
        ? `Imagine the interviewer asks about ${skill}. How would you explain what problem it solves, in two sentences?`
        : "Which technical topic from the job description would you least like to be asked about, and why?";
    case "mock":
      return "You're ready for a mock interview. Which question are you most worried about, and what would your first sentence be?";
    case "review":
      return "Look back at your last interview. Which answer would you change first, and what would you say instead?";
  }
}

export function coachQuestion(ctx: CoachContext): { text: string; rule: "elaborate" | "star" | "phase" } {
  const message = ctx.lastUserMessage?.trim();
  if (message && ctx.answeringCoach) {
    if (wordCount(message) < SHORT_REPLY_WORDS) {
      return { text: "Tell me more, in your own words: what happened, and what was your part in it?", rule: "elaborate" };
    }
    const signals = answerSignals(message);
    const missing = signals.starElements.find((e) => !signals.starFound.includes(e));
    if (missing && signals.starFound.length > 0) return { text: STAR_QUESTIONS[missing]!, rule: "star" };
  }
  return { text: opening(ctx), rule: "phase" };
}
