import { getBankQuestion } from "../../src/insights/questionBank";
import { gradeAnswer, gradeOpenAnswer, UNREFERENCED_LABEL } from "../../src/insights/rubric";
import type { AnswerSet } from "../../tests/fixtures/eval/grading";
import type { Grader } from "./metrics";

/** As the engine grades: bank questions against their key points; others (given only their text) without. */
export const engineGrader: Grader = (set: AnswerSet, answer: string) => {
  const question = set.questionId ? getBankQuestion(set.questionId) : undefined;
  if (set.questionId && !question) throw new Error(`${set.id}: ${set.questionId} is not in the bank`);
  const graded = question ? gradeAnswer(question, answer) : gradeOpenAnswer({ text: set.question ?? "" }, answer);
  return {
    rating: graded.rating,
    ignored: graded.ignored,
    unreferenced: graded.reference === "none" && graded.notes[0]!.startsWith(UNREFERENCED_LABEL),
  };
};
