/**
 * A form post as a plain object of its text fields (framework fields like
 * $ACTION_… and files dropped). NUL characters are removed: no one types
 * them, and Postgres refuses them in text columns.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$") && typeof value === "string") out[key] = value.replaceAll("\u0000", "");
  }
  return out;
}
