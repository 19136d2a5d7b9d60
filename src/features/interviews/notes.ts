import { z } from "zod";
import { NOTES_MAX_LENGTH } from "./notesLimit";

/** Notes a user keeps on an interview (recorded or live). */
export { NOTES_MAX_LENGTH };

export const notesSchema = z.object({
  kind: z.enum(["recorded", "live"]),
  id: z.string(),
  notes: z.string().max(NOTES_MAX_LENGTH, `Notes can be at most ${NOTES_MAX_LENGTH} characters.`),
});
