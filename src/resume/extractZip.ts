import { inflateRawSync } from "node:zlib";

/**
 * Minimal, defensive ZIP reading for DOCX uploads. Reads only the central directory and local headers,
 * so sizes and entry counts are checked before anything is inflated.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; totalUncompressed: number }
  | { ok: false; reason: "not-zip" | "corrupt" | "zip64" | "too-many-entries" | "too-large" | "encrypted" };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function isZipMagic(bytes: Uint8Array): boolean {
  // Local file header, or an empty archive's end record.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * Reads the central directory. Stops as soon as the entry count or the sum of declared uncompressed
 * sizes goes over the limits; refuses ZIP64 (no resume needs 4 GB parts) and encrypted entries.
 */
export function readZipDirectory(bytes: Uint8Array, limits: { maxEntries: number; maxExpandedBytes: number }): ZipDirectory {
  if (!isZipMagic(bytes) || bytes.length < 22) return { ok: false, reason: "not-zip" };
  const dv = view(bytes);

  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE && i + 22 + dv.getUint16(i + 20, true) <= bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "corrupt" };

  const diskNumber = dv.getUint16(eocd + 4, true);
  const cdDisk = dv.getUint16(eocd + 6, true);
  const entriesOnDisk = dv.getUint16(eocd + 8, true);
  const totalEntries = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);

  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) return { ok: false, reason: "zip64" };
  if (totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, reason: "zip64" };
  if (diskNumber !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries) return { ok: false, reason: "corrupt" };
  if (totalEntries > limits.maxEntries) return { ok: false, reason: "too-many-entries" };
  if (cdOffset + cdSize > eocd) return { ok: false, reason: "corrupt" };

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < totalEntries; n++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: "corrupt" };
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const uncompressedSize = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const localHeaderOffset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLength > eocd) return { ok: false, reason: "corrupt" };
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      return { ok: false, reason: "zip64" };
    }
    if (flags & 0x1) return { ok: false, reason: "encrypted" };
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1.decode(nameBytes);
    total += uncompressedSize;
    if (total > limits.maxExpandedBytes) return { ok: false, reason: "too-large" };
    entries.push({ name, flags, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, totalUncompressed: total };
}

export type InflateCheck = { ok: true } | { ok: false; reason: "corrupt" | "too-large" };

/**
 * Inflates one entry with an output cap equal to its declared size, so an entry that lies about
 * its size is stopped as soon as it produces more than it declared. The output is discarded.
 */
export function verifyEntrySize(bytes: Uint8Array, entry: ZipEntry): InflateCheck {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIGNATURE) return { ok: false, reason: "corrupt" };
  const localFlags = dv.getUint16(at + 6, true);
  const localUncompressed = dv.getUint32(at + 22, true);
  // Without a data descriptor, the local header must agree with the central directory.
  if (!(localFlags & 0x8) && localUncompressed !== entry.uncompressedSize) return { ok: false, reason: "corrupt" };
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: "corrupt" };
  const data = bytes.subarray(start, end);

  if (entry.method === 0) {
    return entry.compressedSize === entry.uncompressedSize ? { ok: true } : { ok: false, reason: "corrupt" };
  }
  if (entry.method !== 8) return { ok: false, reason: "corrupt" };
  try {
    // maxOutputLength must be >= 1; an empty entry inflates to 0 bytes under any cap.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return out.length === entry.uncompressedSize ? { ok: true } : { ok: false, reason: "corrupt" };
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return { ok: false, reason: "too-large" };
    return { ok: false, reason: "corrupt" };
  }
}

/** Names of the local file headers whose header starts inside `head` (for sniffing a prefix of a file). */
export function localHeaderNames(head: Uint8Array): { name: string; dataStart: number; method: number; compressedSize: number }[] {
  const dv = view(head);
  const found: { name: string; dataStart: number; method: number; compressedSize: number }[] = [];
  for (let i = 0; i + 30 <= head.length; i++) {
    if (head[i] !== 0x50 || head[i + 1] !== 0x4b || head[i + 2] !== 3 || head[i + 3] !== 4) continue;
    const flags = dv.getUint16(i + 6, true);
    const nameLength = dv.getUint16(i + 26, true);
    const extraLength = dv.getUint16(i + 28, true);
    if (nameLength === 0 || i + 30 + nameLength > head.length) continue;
    const nameBytes = head.subarray(i + 30, i + 30 + nameLength);
    found.push({
      name: flags & 0x800 ? utf8.decode(nameBytes) : latin1.decode(nameBytes),
      dataStart: i + 30 + nameLength + extraLength,
      method: dv.getUint16(i + 8, true),
      compressedSize: dv.getUint32(i + 18, true),
    });
  }
  return found;
}
