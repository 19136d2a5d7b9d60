/** Kept apart from notes.ts so that the notes form (a client component) does not load zod for a number. */
export const NOTES_MAX_LENGTH = 5000;
