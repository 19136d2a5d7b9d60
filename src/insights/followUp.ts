import type { BankQuestion } from "./questionBank";
import { gradeAnswer } from "./rubric";
import { wordCount } from "./text";

/**
 * The insights engine's follow-up to a spoken answer: about one key point the
 * answer missed (or only partly covered) — never one it covered. An answer
 * too short to judge is asked to go on. Explainable: the follow-up names the
 * key point it comes from.
 */
export type FollowUp = { text: string; keyPoint: string | null };

export function chooseFollowUp(question: BankQuestion, transcript: string): FollowUp | null {
  if (wordCount(transcript) < 8) {
    return { text: "Could you say a little more about that? Take your time.", keyPoint: null };
  }
  const graded = gradeAnswer(question, transcript);
  const missed = graded.missed[0]?.point ?? graded.partial[0]?.point;
  if (!missed) return null;
  const point = missed.charAt(0).toLowerCase() + missed.slice(1);
  return { text: `A follow-up on that: strong answers here also cover this point — ${point}. How would you add it?`, keyPoint: missed };
}
