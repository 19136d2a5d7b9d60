import { z } from "zod";

/** Notes a user keeps on an interview (recorded or live). */
export const NOTES_MAX_LENGTH = 5000;

export const notesSchema = z.object({
  kind: z.enum(["recorded", "live"]),
  id: z.string(),
  notes: z.string().max(NOTES_MAX_LENGTH, `Notes can be at most ${NOTES_MAX_LENGTH} characters.`),
});
