import { gradeAnswerInstructions } from "@/features/questions/prompts/gradeAnswer";

/**
 * Grading a spoken answer uses the typed-answer grader's rules, plus what a
 * transcript is: speech, with fillers and recognition slips that are not the
 * candidate's knowledge. Delivery is measured separately from the audio.
 */
export const gradeSpokenAnswerInstructions = [
  gradeAnswerInstructions,
  "The answer is a transcript of speech. Judge its content only: ignore filler words, repetitions and obvious speech-recognition errors; pace and voice are assessed separately.",
].join("\n");
