/** Markdown control characters in user text are escaped so exports render as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, "\\$1");
}
