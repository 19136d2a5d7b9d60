import type { Readable } from "node:stream";
import yauzl, { type Entry } from "yauzl";

/**
 * Defensive ZIP reading for DOCX uploads, on yauzl. The central directory is read once and judged
 * (entry count, sum of declared sizes, compression ratio, encryption, unsafe or duplicate names)
 * before anything is inflated; each entry then inflates as a stream that yauzl stops as soon as it produces more
 * than the size the directory declared, so a lying header cannot expand past the limits either.
 */

export interface ZipLimits {
  maxEntries: number;
  maxExpandedBytes: number;
  /** Largest compression ratio allowed for a part over 1 MiB (default {@link MAX_RATIO}). */
  maxRatio?: number;
}

export type ZipRefusal = "not-zip" | "corrupt" | "too-many-entries" | "too-large" | "encrypted";

export type EntryRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "corrupt" | "too-large" };

export interface ZipArchive {
  /** Entry names in central-directory order (unique: duplicates are refused). */
  names: readonly string[];
  /** Inflates one entry, never past its declared size. Unknown names read as corrupt. */
  read(name: string): Promise<EntryRead>;
}

export type ZipOpenResult = { ok: true; archive: ZipArchive } | { ok: false; reason: ZipRefusal };

export function isZipMagic(bytes: Uint8Array): boolean {
  // Local file header, or an empty archive's end record.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * Compression ratio limit: a part declaring more than MAX_RATIO times its compressed size is
 * refused once it declares over RATIO_GRACE_BYTES. Zeros compress about 1000:1; a resume's XML
 * 5–35:1 (35:1 measured on one resume repeated twenty times); 100:1 is also Apache POI's limit for
 * OOXML. Declared sizes are enforced while inflating, so checking them covers what a part can
 * actually produce.
 */
const MAX_RATIO = 100;
const RATIO_GRACE_BYTES = 1024 * 1024;

/** yauzl's wording when an entry inflates past its declared `uncompressedSize` (validateEntrySizes). */
const OVERSIZED_ENTRY = /^too many bytes in the stream/;

async function inflateEntry(open: () => Promise<Readable>, declaredSize: number): Promise<EntryRead> {
  let stream: Readable;
  try {
    stream = await open();
  } catch {
    // Unsupported compression method, bad local header, out-of-bounds data.
    return { ok: false, reason: "corrupt" };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // yauzl already refuses this; kept so the cap never depends on one library option.
      if (size > declaredSize) {
        stream.destroy();
        return { ok: false, reason: "too-large" };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error && OVERSIZED_ENTRY.test(error.message) ? "too-large" : "corrupt" };
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

/**
 * Reads the central directory of `bytes`. Refuses, before inflating anything: more than
 * `maxEntries` entries, declared sizes adding up to more than `maxExpandedBytes`, a part
 * compressed more than {@link MAX_RATIO}:1, encrypted entries, and names that are absolute,
 * contain `..` or backslashes, or appear twice (two readers could disagree on which copy is the
 * document).
 */
export async function openZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipOpenResult> {
  if (!isZipMagic(bytes)) return { ok: false, reason: "not-zip" };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  if (zipfile.entryCount > limits.maxEntries) return { ok: false, reason: "too-many-entries" };

  const entries = new Map<string, Entry>();
  let total = 0;
  try {
    for await (const entry of zipfile.eachEntry()) {
      if (entry.isEncrypted()) return { ok: false, reason: "encrypted" };
      if (entries.has(entry.fileName)) return { ok: false, reason: "corrupt" };
      total += entry.uncompressedSize;
      if (total > limits.maxExpandedBytes) return { ok: false, reason: "too-large" };
      if (entry.uncompressedSize > RATIO_GRACE_BYTES && entry.uncompressedSize > entry.compressedSize * (limits.maxRatio ?? MAX_RATIO)) {
        return { ok: false, reason: "too-large" };
      }
      entries.set(entry.fileName, entry);
    }
  } catch {
    // Unsafe file names, strong encryption, stored entries whose sizes disagree, bad records.
    return { ok: false, reason: "corrupt" };
  }

  return {
    ok: true,
    archive: {
      names: [...entries.keys()],
      read(name) {
        const entry = entries.get(name);
        if (!entry) return Promise.resolve({ ok: false, reason: "corrupt" });
        return inflateEntry(() => zipfile.openReadStreamPromise(entry), entry.uncompressedSize);
      },
    },
  };
}
