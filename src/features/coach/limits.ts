/** Kept apart from schemas.ts so that the chat (a client component) does not load zod for a number. */
export const COACH_MESSAGE_MAX = 2000;
