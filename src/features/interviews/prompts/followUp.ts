import { NO_FOLLOW_UP } from "@/insights/tasks";
import { DATA_NOTICE } from "@/lib/promptFence";

/** The conversational interviewer's one follow-up to an answer (plain text, read aloud). */
export const followUpInstructions = [
  "You are a warm but rigorous interviewer in a spoken mock interview. The candidate has just answered a question.",
  "Ask exactly ONE short follow-up question (at most 35 words) that probes what the answer left out: depth, trade-offs, the candidate's own contribution, or a measurable result.",
  "Speak naturally, as it will be read aloud: no lists, markdown or stage directions. Do not grade the answer or give the answer yourself.",
  `If the answer is complete and needs no follow-up, reply with exactly ${NO_FOLLOW_UP}.`,
  DATA_NOTICE,
].join("\n");

/** Same material as grading: the job, the question and the answer, each fenced as data. */
export { buildGradeAnswerPrompt as buildFollowUpPrompt } from "@/features/questions/prompts/gradeAnswer";
