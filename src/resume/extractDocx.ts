import mammoth from "mammoth";
import { hasDocxParts } from "./sniff";
import { openZip, type ZipArchive } from "./extractZip";

/**
 * DOCX text extraction: the ZIP is read once (central directory limits, then every part inflated
 * with its declared size as a cap), and mammoth converts the parts already inflated.
 */

export type DocxReadResult =
  { ok: true; text: string } | { ok: false; code: "ENCRYPTED" | "CORRUPT" | "TOO_LARGE_EXPANDED" | "UNSUPPORTED" | "TIMEOUT"; reason: DocxRefusal };

export type DocxRefusal = "ole-encrypted" | "ole-doc" | "not-zip" | "corrupt" | "too-many-entries" | "too-large" | "zip-encrypted" | "not-word" | "timeout";

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

/**
 * The zip object mammoth's `openZip` uses internally (mammoth/lib/zipfile.js). mammoth accepts one
 * ready-made as `{ file }` (mammoth/lib/unzip.js), which lets it read the parts inflated and checked
 * here instead of unzipping the document a second time with JSZip. Not in mammoth's typings; if a
 * mammoth release stopped accepting it, every DOCX would fail to convert (the extraction tests
 * would fail), never silently fall back to an unchecked unzip.
 */
interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}
type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/** Parts mammoth reads for text (XML and relationships); kept from the checking pass. */
const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name);

class ZipPartError extends Error {
  constructor(readonly reason: "corrupt" | "too-large") {
    super(`DOCX part could not be read: ${reason}`);
  }
}

function mammothZip(archive: ZipArchive, inflated: Map<string, Uint8Array>): MammothZip {
  const names = new Set(archive.names);
  return {
    exists: (name) => names.has(name),
    async read(name, encoding) {
      let bytes = inflated.get(name);
      if (!bytes) {
        // Only parts mammoth never needs for text (images) were not kept; read them on demand.
        const part = await archive.read(name);
        if (!part.ok) throw new ZipPartError(part.reason);
        bytes = part.bytes;
      }
      if (encoding === "base64") return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
    write() {
      throw new Error("read-only DOCX");
    },
    toArrayBuffer: () => Promise.reject(new Error("read-only DOCX")),
  };
}

async function mammothText(file: MammothZip): Promise<string> {
  const input = { file } as unknown as MammothInput;
  let rendered: string | undefined;
  await mammoth.convertToHtml(input, {
    // The documented (if "unstable") hook hands over the parsed document; render its text and give
    // mammoth an empty body back, so no HTML is generated and no image is ever read.
    transformDocument: (document: MammothElement) => {
      rendered = renderText(document);
      return { ...document, children: [] };
    },
  });
  if (rendered !== undefined) return rendered;
  // Fallback should the hook ever stop being called: paragraphs end in "\n\n" there.
  const raw = await mammoth.extractRawText(input);
  return raw.value.replace(/\n\n/g, "\n");
}

export async function readDocxText(bytes: Uint8Array, options: { maxEntries: number; maxExpandedBytes: number; signal: AbortSignal }): Promise<DocxReadResult> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
    return encrypted ? { ok: false, code: "ENCRYPTED", reason: "ole-encrypted" } : { ok: false, code: "UNSUPPORTED", reason: "ole-doc" };
  }

  const opened = await openZip(bytes, { maxEntries: options.maxEntries, maxExpandedBytes: options.maxExpandedBytes });
  if (!opened.ok) {
    switch (opened.reason) {
      case "not-zip":
        return { ok: false, code: "CORRUPT", reason: "not-zip" };
      case "corrupt":
        return { ok: false, code: "CORRUPT", reason: "corrupt" };
      case "encrypted":
        return { ok: false, code: "ENCRYPTED", reason: "zip-encrypted" };
      case "too-many-entries":
        return { ok: false, code: "TOO_LARGE_EXPANDED", reason: "too-many-entries" };
      case "too-large":
        return { ok: false, code: "TOO_LARGE_EXPANDED", reason: "too-large" };
    }
  }
  const { archive } = opened;
  if (!hasDocxParts(archive.names)) return { ok: false, code: "UNSUPPORTED", reason: "not-word" };

  // Headers can lie: every part is inflated (once) under its declared size before mammoth sees any.
  const inflated = new Map<string, Uint8Array>();
  for (const name of archive.names) {
    if (options.signal.aborted) return { ok: false, code: "TIMEOUT", reason: "timeout" };
    const part = await archive.read(name);
    if (!part.ok) return partFailure(part.reason);
    if (isTextPart(name)) inflated.set(name, part.bytes);
  }

  try {
    const text = await mammothText(mammothZip(archive, inflated));
    return { ok: true, text };
  } catch (error) {
    if (options.signal.aborted) return { ok: false, code: "TIMEOUT", reason: "timeout" };
    if (error instanceof ZipPartError) return partFailure(error.reason);
    return { ok: false, code: "CORRUPT", reason: "corrupt" };
  }
}

function partFailure(reason: "corrupt" | "too-large"): DocxReadResult {
  return reason === "too-large" ? { ok: false, code: "TOO_LARGE_EXPANDED", reason: "too-large" } : { ok: false, code: "CORRUPT", reason: "corrupt" };
}
