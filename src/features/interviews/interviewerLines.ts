import { INTERVIEWER_NAME } from "@/features/liveInterviews/prompts/interviewer";

/** What the conversational interviewer says for a turn: the question, with the greeting before the first one. */
export function interviewerLine(question: string, greetName: string | null): string {
  return greetName ? `${greeting(greetName)}${question}` : question;
}

export function greeting(name: string): string {
  return `Hello ${name}, I'm ${INTERVIEWER_NAME}, and I'll be your interviewer today. Let's begin. `;
}

export const WELCOME_BACK = "Welcome back. Let's continue. ";

export const CLOSING = "That's the end of the interview. Thank you! Your feedback appears below as each answer is analysed.";
