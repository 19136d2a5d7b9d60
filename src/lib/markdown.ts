/** Markdown control characters in user text are escaped so exports render as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, "\\$1");
}

/**
 * A heading at `level` (text already escaped). The PDF renders h1–h3, so a
 * deeper one (a section nested inside a bigger export) becomes a bold line.
 */
export function markdownHeading(level: number, text: string): string {
  return level <= 3 ? `${"#".repeat(Math.max(1, level))} ${text}` : `**${text}**`;
}

/** An export as a feature writes it; the route sends it as Markdown or PDF (lib/exportResponse.ts). */
export type MarkdownDocument = { markdown: string; title: string; filename: string };
