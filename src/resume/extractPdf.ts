import { getResolvedPDFJS } from "unpdf";

/** PDF text extraction with pdf.js (the serverless build bundled in unpdf). */

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
type TextContentItem = Awaited<ReturnType<PdfPage["getTextContent"]>>["items"][number];

export type PdfReadResult =
  | { ok: true; text: string; pageCount: number; stoppedEarly: boolean }
  | { ok: false; code: "ENCRYPTED" | "CORRUPT" | "TIMEOUT"; pageCount?: undefined }
  | { ok: false; code: "TOO_MANY_PAGES"; pageCount: number };

/**
 * Rebuilds lines from pdf.js text items in content order: a line break on `hasEOL` or when the
 * baseline moves by more than half the font size, a blank line when the gap is over ~2 lines,
 * and a space between items on one line that are visibly apart.
 */
export function textFromItems(items: readonly TextContentItem[]): string {
  let out = "";
  let lastY: number | undefined;
  let lastEndX: number | undefined;
  let atLineStart = true;
  let lastChar = "";
  for (const item of items) {
    if (!("str" in item)) continue; // marked-content markers
    const transform = item.transform as number[];
    const x = transform[4] ?? 0;
    const y = transform[5] ?? 0;
    const size = Math.hypot(transform[2] ?? 0, transform[3] ?? 0) || Math.hypot(transform[0] ?? 0, transform[1] ?? 0) || 10;
    if (item.str !== "") {
      if (lastY !== undefined) {
        const dy = lastY - y;
        if (Math.abs(dy) > size * 0.5) {
          if (!atLineStart) out += "\n";
          if (dy > size * 2.2) out += "\n";
        } else if (!atLineStart && lastEndX !== undefined && x - lastEndX > size * 0.15 && !/\s/.test(lastChar) && !/^\s/.test(item.str)) {
          out += " ";
        }
      }
      out += item.str;
      // The last character, kept here: testing `out` itself (/\s$/) rescanned the whole text per item.
      lastChar = item.str[item.str.length - 1]!;
      lastY = y;
      lastEndX = x + item.width;
      atLineStart = false;
    }
    if (item.hasEOL && !atLineStart) {
      out += "\n";
      atLineStart = true;
    }
  }
  return out;
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String((error as { name: unknown }).name) : "";
}

/**
 * Reads the text of up to `maxPages` pages. Refuses documents with more pages before reading any text,
 * and stops reading pages once `maxRawChars` characters have been collected.
 */
export async function readPdfText(bytes: Uint8Array, options: { maxPages: number; maxRawChars: number; signal: AbortSignal }): Promise<PdfReadResult> {
  const { getDocument } = await getResolvedPDFJS();
  if (options.signal.aborted) return { ok: false, code: "TIMEOUT" };
  const loadingTask = getDocument({
    // pdf.js transfers (detaches) the buffer it is given, so hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const onAbort = () => void loadingTask.destroy().catch(() => {});
  options.signal.addEventListener("abort", onAbort, { once: true });

  try {
    let doc: PdfDocument;
    try {
      doc = await loadingTask.promise;
    } catch (error) {
      if (options.signal.aborted) return { ok: false, code: "TIMEOUT" };
      return { ok: false, code: errorName(error) === "PasswordException" ? "ENCRYPTED" : "CORRUPT" };
    }
    const pageCount = doc.numPages;
    if (pageCount > options.maxPages) return { ok: false, code: "TOO_MANY_PAGES", pageCount };

    const pages: string[] = [];
    let rawChars = 0;
    let failedPages = 0;
    let stoppedEarly = false;
    for (let n = 1; n <= pageCount; n++) {
      if (options.signal.aborted) return { ok: false, code: "TIMEOUT" };
      if (rawChars > options.maxRawChars) {
        stoppedEarly = true;
        break;
      }
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const text = textFromItems(content.items);
        page.cleanup();
        pages.push(text);
        rawChars += text.length;
      } catch (error) {
        if (options.signal.aborted) return { ok: false, code: "TIMEOUT" };
        if (errorName(error) === "PasswordException") return { ok: false, code: "ENCRYPTED" };
        failedPages++; // one broken page should not sink the others
      }
    }
    if (pageCount > 0 && failedPages === pageCount) return { ok: false, code: "CORRUPT" };
    return { ok: true, text: pages.join("\n"), pageCount, stoppedEarly };
  } finally {
    options.signal.removeEventListener("abort", onAbort);
    await loadingTask.destroy().catch(() => {});
  }
}
