import mammoth from "mammoth";
import { hasDocxParts } from "./sniff";
import { readZipDirectory, verifyEntrySize } from "./extractZip";

/** DOCX text extraction: ZIP limits first (central directory, then bounded inflate), then mammoth. */

export type DocxReadResult =
  | { ok: true; text: string }
  | { ok: false; code: "ENCRYPTED" | "CORRUPT" | "TOO_LARGE_EXPANDED" | "UNSUPPORTED" | "TIMEOUT"; reason: DocxRefusal };

export type DocxRefusal =
  | "ole-encrypted"
  | "ole-doc"
  | "not-zip"
  | "corrupt"
  | "too-many-entries"
  | "too-large"
  | "zip-encrypted"
  | "not-word"
  | "timeout";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// A password-protected .docx is an OLE file with an "EncryptedPackage" stream (name in UTF-16LE).
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** The subset of mammoth's document tree that text rendering needs. */
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

/**
 * Like mammoth's raw-text conversion (one line per paragraph), but also keeps soft line breaks
 * (`<w:br/>`), which `extractRawText` drops, gluing the words on either side together.
 */
function renderText(element: MammothElement): string {
  switch (element.type) {
    case "text":
      return element.value ?? "";
    case "tab":
      return "\t";
    case "break":
      return "\n";
    case "paragraph":
      return (element.children ?? []).map(renderText).join("") + "\n";
    case "image":
    case "note":
    case "comment":
    case "noteReference":
    case "commentReference":
      return "";
    default:
      return (element.children ?? []).map(renderText).join("");
  }
}

async function mammothText(buffer: Buffer): Promise<string> {
  let rendered: string | undefined;
  await mammoth.convertToHtml(
    { buffer },
    {
      // The documented (if "unstable") hook hands over the parsed document; render its text and give
      // mammoth an empty body back, so no HTML is generated and no image is ever read.
      transformDocument: (document: MammothElement) => {
        rendered = renderText(document);
        return { ...document, children: [] };
      },
    },
  );
  if (rendered !== undefined) return rendered;
  // Fallback should the hook ever stop being called: paragraphs end in "\n\n" there.
  const raw = await mammoth.extractRawText({ buffer });
  return raw.value.replace(/\n\n/g, "\n");
}

export async function readDocxText(
  bytes: Uint8Array,
  options: { maxEntries: number; maxExpandedBytes: number; signal: AbortSignal },
): Promise<DocxReadResult> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
    return encrypted ? { ok: false, code: "ENCRYPTED", reason: "ole-encrypted" } : { ok: false, code: "UNSUPPORTED", reason: "ole-doc" };
  }

  const directory = readZipDirectory(bytes, { maxEntries: options.maxEntries, maxExpandedBytes: options.maxExpandedBytes });
  if (!directory.ok) {
    switch (directory.reason) {
      case "not-zip":
        return { ok: false, code: "CORRUPT", reason: "not-zip" };
      case "corrupt":
        return { ok: false, code: "CORRUPT", reason: "corrupt" };
      case "encrypted":
        return { ok: false, code: "ENCRYPTED", reason: "zip-encrypted" };
      case "too-many-entries":
        return { ok: false, code: "TOO_LARGE_EXPANDED", reason: "too-many-entries" };
      case "zip64":
      case "too-large":
        return { ok: false, code: "TOO_LARGE_EXPANDED", reason: "too-large" };
    }
  }
  if (!hasDocxParts(directory.entries.map((e) => e.name))) return { ok: false, code: "UNSUPPORTED", reason: "not-word" };

  // Headers can lie: inflate every part with an output cap equal to its declared size before
  // mammoth (JSZip) inflates anything without a cap.
  for (const entry of directory.entries) {
    if (options.signal.aborted) return { ok: false, code: "TIMEOUT", reason: "timeout" };
    const check = verifyEntrySize(bytes, entry);
    if (!check.ok) {
      return check.reason === "too-large"
        ? { ok: false, code: "TOO_LARGE_EXPANDED", reason: "too-large" }
        : { ok: false, code: "CORRUPT", reason: "corrupt" };
    }
  }

  try {
    const text = await mammothText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { ok: true, text };
  } catch {
    if (options.signal.aborted) return { ok: false, code: "TIMEOUT", reason: "timeout" };
    return { ok: false, code: "CORRUPT", reason: "corrupt" };
  }
}
