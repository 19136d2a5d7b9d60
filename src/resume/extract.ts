import { readDocxText, type DocxRefusal } from "./extractDocx";
import { capText, meaningfulLength, normalizeResumeText } from "./extractNormalize";
import { readPdfText } from "./extractPdf";
import type { ResumeFileType } from "./sniff";

/**
 * Resume text extraction for PDF, DOCX and TXT. Returns the document's own text (normalised and
 * capped) or a coded refusal with a message fit to show the user. Never invents text, never logs it.
 */

export type ExtractErrorCode = "SCANNED_PDF" | "EMPTY" | "ENCRYPTED" | "CORRUPT" | "TOO_MANY_PAGES" | "TOO_LARGE_EXPANDED" | "TIMEOUT" | "UNSUPPORTED";

export type ExtractResult = { ok: true; text: string; pageCount: number | null; truncated: boolean } | { ok: false; code: ExtractErrorCode; message: string };

export interface ExtractLimits {
  /** PDFs with more pages are refused before any text is read. */
  maxPages: number;
  /** DOCX: refuse when the parts' uncompressed sizes add up to more than this. */
  maxExpandedBytes: number;
  /** DOCX: refuse ZIPs with more parts than this. */
  maxZipEntries: number;
  /** Give up (TIMEOUT) after this long. */
  timeoutMs: number;
  /** Returned text is cut to this many characters (`truncated: true`). */
  maxChars: number;
  /** Fewer non-whitespace characters than this counts as no text (EMPTY, or SCANNED_PDF for a PDF). */
  minChars: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxPages: 10,
  maxExpandedBytes: 20 * 1024 * 1024,
  maxZipEntries: 1000,
  timeoutMs: 10_000,
  maxChars: 60_000,
  minChars: 50,
});

const formatMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const MESSAGES = {
  SCANNED_PDF: "This PDF looks like a scan: it has no selectable text. Export it from your editor as a text PDF, or upload DOCX or TXT.",
  EMPTY: "We couldn't find any text in this file. Check that it's your resume and not an empty document, then upload it again.",
  ENCRYPTED_PDF: "This PDF is password-protected, so we can't read it. Save a copy without a password and upload that instead.",
  ENCRYPTED_DOCX: "This Word document is password-protected, so we can't read it. Save a copy without a password and upload that instead.",
  CORRUPT_PDF: "This PDF appears to be damaged and can't be read. Export it again from your editor and upload the new file.",
  CORRUPT_DOCX: "This Word document appears to be damaged and can't be read. Save it again as .docx and upload the new file.",
  TOO_MANY_PARTS: "This Word document contains too many embedded parts to read safely. Remove embedded files and images, or upload it as a PDF.",
  TIMEOUT: "Reading this file took too long. Try a simpler version, for example a text PDF exported from your editor, or a TXT file.",
  OLD_DOC: "This looks like an older Word (.doc) file, which we can't read. Save it as .docx or PDF and upload it again.",
  NOT_WORD: "This file is a ZIP archive, not a Word document. Upload your resume as PDF, DOCX or TXT.",
  NOT_UTF8: "This text file isn't UTF-8 encoded. Save it as UTF-8 text (or as PDF or DOCX) and upload it again.",
  UNSUPPORTED: "This file type isn't supported. Upload your resume as PDF, DOCX or TXT.",
} as const;

const fail = (code: ExtractErrorCode, message: string): ExtractResult => ({ ok: false, code, message });

function docxFailure(code: Exclude<ExtractErrorCode, "SCANNED_PDF" | "EMPTY" | "TOO_MANY_PAGES">, reason: DocxRefusal, limits: ExtractLimits) {
  switch (code) {
    case "ENCRYPTED":
      return fail(code, MESSAGES.ENCRYPTED_DOCX);
    case "CORRUPT":
      return fail(code, MESSAGES.CORRUPT_DOCX);
    case "TOO_LARGE_EXPANDED":
      return fail(
        code,
        reason === "too-many-entries"
          ? MESSAGES.TOO_MANY_PARTS
          : `This Word document is too large once unpacked (over ${formatMb(limits.maxExpandedBytes)}). Remove large images or embedded files, or upload it as a PDF.`,
      );
    case "TIMEOUT":
      return fail(code, MESSAGES.TIMEOUT);
    case "UNSUPPORTED":
      return fail(code, reason === "ole-doc" ? MESSAGES.OLD_DOC : MESSAGES.NOT_WORD);
  }
}

/** Normalises, checks for meaningful text and caps the length. */
function finish(raw: string, pageCount: number | null, limits: ExtractLimits, isPdf: boolean, alreadyTruncated = false): ExtractResult {
  const text = normalizeResumeText(raw);
  if (meaningfulLength(text) < limits.minChars) {
    // A PDF with pages but (almost) no text layer is nearly always a scan or a picture of text.
    return isPdf ? fail("SCANNED_PDF", MESSAGES.SCANNED_PDF) : fail("EMPTY", MESSAGES.EMPTY);
  }
  const capped = capText(text, limits.maxChars);
  return { ok: true, text: capped.text, pageCount, truncated: capped.truncated || alreadyTruncated };
}

async function extract(bytes: Uint8Array, type: ResumeFileType, limits: ExtractLimits, signal: AbortSignal): Promise<ExtractResult> {
  switch (type) {
    case "pdf": {
      const result = await readPdfText(bytes, { maxPages: limits.maxPages, maxRawChars: limits.maxChars * 4, signal });
      if (result.ok) return finish(result.text, result.pageCount, limits, true, result.stoppedEarly);
      switch (result.code) {
        case "ENCRYPTED":
          return fail("ENCRYPTED", MESSAGES.ENCRYPTED_PDF);
        case "CORRUPT":
          return fail("CORRUPT", MESSAGES.CORRUPT_PDF);
        case "TIMEOUT":
          return fail("TIMEOUT", MESSAGES.TIMEOUT);
        case "TOO_MANY_PAGES":
          return fail(
            "TOO_MANY_PAGES",
            `This PDF has ${result.pageCount} pages, and we read resumes of up to ${limits.maxPages} pages. Upload a shorter version.`,
          );
      }
      break;
    }
    case "docx": {
      const result = await readDocxText(bytes, { maxEntries: limits.maxZipEntries, maxExpandedBytes: limits.maxExpandedBytes, signal });
      return result.ok ? finish(result.text, null, limits, false) : docxFailure(result.code, result.reason, limits);
    }
    case "txt": {
      if (bytes.includes(0)) return fail("UNSUPPORTED", MESSAGES.NOT_UTF8);
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        return fail("UNSUPPORTED", MESSAGES.NOT_UTF8);
      }
      return finish(text, null, limits, false);
    }
  }
  return fail("UNSUPPORTED", MESSAGES.UNSUPPORTED);
}

/**
 * Extracts the text of a resume whose type was sniffed from its bytes (see `sniffResumeType`).
 * PDF: pdf.js via unpdf, one line per text line, `pageCount` set. DOCX: ZIP size/entry limits checked
 * from the central directory (and by bounded inflate) before mammoth runs. TXT: strict UTF-8.
 * `limits` may override any subset of {@link DEFAULT_EXTRACT_LIMITS}.
 */
export async function extractResumeText(
  bytes: Uint8Array,
  type: ResumeFileType,
  limits: Partial<ExtractLimits> = DEFAULT_EXTRACT_LIMITS,
): Promise<ExtractResult> {
  const effective: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
  if (type !== "pdf" && type !== "docx" && type !== "txt") return fail("UNSUPPORTED", MESSAGES.UNSUPPORTED);

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(fail("TIMEOUT", MESSAGES.TIMEOUT));
    }, effective.timeoutMs);
  });
  try {
    const work = extract(bytes, type, effective, controller.signal).catch(() =>
      fail("CORRUPT", type === "pdf" ? MESSAGES.CORRUPT_PDF : type === "docx" ? MESSAGES.CORRUPT_DOCX : MESSAGES.NOT_UTF8),
    );
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
