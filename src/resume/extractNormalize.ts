/** Text clean-up shared by the PDF, DOCX and TXT extractors. */

// Lone UTF-16 surrogates (possible in strings from broken PDF fonts).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Horizontal whitespace of every kind becomes a plain space.
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Control characters (C0 except \n, DEL, C1), soft hyphen, zero-width space, word joiner, BOM,
// and private-use code points (icon-font glyphs such as phone or e-mail pictograms in PDFs).
const STRIP = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF\uE000-\uF8FF]/g;

/**
 * NFC, `\r\n`/`\r`/U+2028/U+2029 → `\n`, all spaces → one space, control characters removed,
 * lines trimmed, at most one blank line in a row, no leading/trailing blank lines.
 */
export function normalizeResumeText(raw: string): string {
  return raw
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(SPACES, " ")
    .replace(STRIP, "")
    .replace(/ {2,}/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Number of non-whitespace characters. */
export function meaningfulLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/**
 * Cuts `text` to at most `maxChars` UTF-16 units, preferring the last line break or space in the
 * final 10% so words are not split, and never splitting a surrogate pair.
 */
export function capText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let end = maxChars;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const window = text.slice(Math.floor(end * 0.9), end);
  const breakAt = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
  if (breakAt > 0) end = Math.floor(end * 0.9) + breakAt;
  return { text: text.slice(0, end).trimEnd(), truncated: true };
}
