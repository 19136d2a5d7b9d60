import { constants as zlibConstants, inflateRawSync } from "node:zlib";
import { isZipMagic, localHeaderNames, readZipDirectory } from "./extractZip";

/**
 * Content sniffing for resume uploads. Decides from the bytes, never from the file name or the
 * browser's MIME type. `sniffResumeType` needs only the first {@link RESUME_SNIFF_BYTES} bytes;
 * a "docx" answer from a prefix is provisional until {@link confirmDocx} (or extraction, which
 * runs the same check) has seen the whole file.
 */

export type ResumeFileType = "pdf" | "docx" | "txt";

/** How many leading bytes `sniffResumeType` looks at. */
export const RESUME_SNIFF_BYTES = 4096;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Word main-part content types: .docx, .docm, .dotx, .dotm. */
const WORD_MAIN_CONTENT_TYPE = /application\/vnd\.(openxmlformats-officedocument\.wordprocessingml|ms-word)\.[a-z.]*main\+xml/i;
const OTHER_OOXML_CONTENT_TYPE = /(spreadsheetml|presentationml|ms-excel|ms-powerpoint|ms-visio)[a-z.]*\.main\+xml/i;

/** Text-format magics that are valid UTF-8 but not plain text (RTF, PostScript). */
const TEXT_LIKE_BINARY_FORMATS = ["{\\rtf", "%!PS"];

function sniffDocx(head: Uint8Array): "docx" | null {
  const headers = localHeaderNames(head);
  let hasWordPart = false;
  for (const header of headers) {
    if (header.name === "[Content_Types].xml" && header.method === 8) {
      // The content-types part is small; read what the prefix holds of it (bounded).
      try {
        const xml = inflateRawSync(head.subarray(header.dataStart, header.dataStart + (header.compressedSize || head.length)), {
          finishFlush: zlibConstants.Z_SYNC_FLUSH,
          maxOutputLength: 64 * 1024,
        }).toString("utf8");
        if (WORD_MAIN_CONTENT_TYPE.test(xml)) return "docx";
        if (OTHER_OOXML_CONTENT_TYPE.test(xml)) return null;
      } catch {
        // Truncated or oversized in the prefix: fall back to part names.
      }
    }
    if (header.name.startsWith("word/")) hasWordPart = true;
    if (/^(xl|ppt|visio)\//.test(header.name)) return null;
  }
  return hasWordPart ? "docx" : null;
}

function looksLikeUtf8Text(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  let text: string;
  try {
    // stream: true tolerates a multi-byte character cut at the end of the prefix.
    text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  if (TEXT_LIKE_BINARY_FORMATS.some((magic) => text.startsWith(magic))) return false;
  let unprintable = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const c = ch.codePointAt(0)!;
    const isControl = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f);
    if (isControl || c === 0xfffd) unprintable++;
  }
  return unprintable <= total * 0.01;
}

/**
 * The resume type of a file from its first bytes (pass at least {@link RESUME_SNIFF_BYTES}, or the
 * whole file if smaller): PDF by its `%PDF-` header, DOCX by a ZIP whose parts include `word/`
 * (or whose `[Content_Types].xml` declares a Word main part), TXT for valid UTF-8 without NUL bytes
 * and (almost) without control characters. Everything else is `null`: executables, images, other
 * ZIPs (xlsx, pptx, plain archives), old OLE `.doc` files, RTF, UTF-16 text.
 * An empty file sniffs as "txt" so that extraction can say it is empty.
 */
export function sniffResumeType(head: Uint8Array): ResumeFileType | null {
  const prefix = head.subarray(0, RESUME_SNIFF_BYTES);
  if (startsWith(prefix, PDF_MAGIC)) return "pdf";
  if (isZipMagic(prefix)) return sniffDocx(prefix);
  return looksLikeUtf8Text(prefix) ? "txt" : null;
}

/**
 * Whole-file check for a sniffed "docx": a readable ZIP central directory listing both
 * `[Content_Types].xml` and `word/document.xml`. Sizes are not judged here (extraction does that).
 */
export function confirmDocx(bytes: Uint8Array): boolean {
  const directory = readZipDirectory(bytes, { maxEntries: 0xffff, maxExpandedBytes: Number.POSITIVE_INFINITY });
  if (!directory.ok) return false;
  return hasDocxParts(directory.entries.map((e) => e.name));
}

export function hasDocxParts(names: readonly string[]): boolean {
  return names.includes("[Content_Types].xml") && names.includes("word/document.xml");
}
