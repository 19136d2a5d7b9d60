import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { isZipMagic } from "./extractZip";

/**
 * Content sniffing for resume uploads. Decides from the bytes, never from the file name or the
 * browser's MIME type. `sniffResumeType` needs only the first {@link RESUME_SNIFF_BYTES} bytes;
 * a "docx" answer from a prefix is provisional until extraction has read the whole file's
 * central directory (a ZIP without Word parts is then refused as not a Word document).
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

/** How much of `[Content_Types].xml` the sniff inflates at most. */
const CONTENT_TYPES_MAX_CHARS = 64 * 1024;
/** The prefix is fed in slices this small, so one slice cannot inflate to more than ~1 MB. */
const SNIFF_SLICE_BYTES = 1024;

/**
 * A prefix has no central directory, so this reads the local file headers in order, as a
 * stream (fflate's Unzip), and inflates what the prefix holds of `[Content_Types].xml`.
 */
function sniffDocx(head: Uint8Array): "docx" | null {
  let verdict: "docx" | null | undefined;
  let hasWordPart = false;

  const readContentTypes = (file: UnzipFile) => {
    let xml = "";
    const decoder = new TextDecoder();
    file.ondata = (error, data, final) => {
      if (error || verdict !== undefined) return;
      xml += decoder.decode(data, { stream: !final });
      if (WORD_MAIN_CONTENT_TYPE.test(xml)) verdict = "docx";
      else if (OTHER_OOXML_CONTENT_TYPE.test(xml)) verdict = null;
      else if (xml.length > CONTENT_TYPES_MAX_CHARS) file.terminate();
    };
    file.start();
  };

  const unzip = new Unzip((file) => {
    if (verdict !== undefined) return;
    if (file.name === "[Content_Types].xml") readContentTypes(file);
    if (file.name.startsWith("word/")) hasWordPart = true;
    if (/^(xl|ppt|visio)\//.test(file.name)) verdict = null;
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < head.length && verdict === undefined; at += SNIFF_SLICE_BYTES) {
      unzip.push(head.subarray(at, at + SNIFF_SLICE_BYTES));
    }
  } catch {
    // Damaged data inside the prefix: judge by what was seen before it.
  }
  return verdict !== undefined ? verdict : hasWordPart ? "docx" : null;
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

export function hasDocxParts(names: readonly string[]): boolean {
  return names.includes("[Content_Types].xml") && names.includes("word/document.xml");
}
