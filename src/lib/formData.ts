import { z } from "zod";

/**
 * A form post as a plain object of its text fields (framework fields like
 * $ACTION_… and files dropped). NUL characters are removed: no one types
 * them, and Postgres refuses them in text columns. Line breaks become "\n":
 * browsers submit textareas with CRLF but count a line break as one
 * character against `maxLength`, so the server counts the way the page does.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$") && typeof value === "string") out[key] = value.replaceAll("\u0000", "").replaceAll("\r\n", "\n");
  }
  return out;
}

/** The form of a button that acts on one record: its id (ownership is checked by the query, never trusted). */
export const recordIdSchema = z.object({ id: z.string().trim().min(1, "Missing record id.") });
