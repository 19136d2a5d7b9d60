import { createHash } from "node:crypto";
import { constants as zlibConstants, crc32, createDeflateRaw, deflateRawSync, deflateSync } from "node:zlib";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

/**
 * Resume fixtures, generated at test time (nothing binary is committed).
 * Every generator returns a fresh Uint8Array.
 */

/** A realistic two-page software engineer resume (~700 words). Only WinAnsi characters, so Helvetica can draw it. */
export const REALISTIC_RESUME_TEXT = `Amani Wanjiru Otieno
Senior Software Engineer
Nairobi, Kenya | amani.otieno@example.com | +254 712 345 678 | github.com/amani-otieno | linkedin.com/in/amaniotieno

SUMMARY
Senior software engineer with 8 years of experience building payment and logistics platforms in TypeScript, Go and PostgreSQL.
I lead small teams, own services from design to on-call, and care about reliability, clear APIs and measurable impact.

EXPERIENCE
Senior Software Engineer, Pesa Logistics Ltd (Nairobi) | Mar 2021 – Present
• Led a team of 5 engineers rebuilding the delivery-tracking platform; cut p95 API latency from 820 ms to 140 ms.
• Designed an event-driven dispatch service in Go and Kafka handling 2.3 million events per day at 99.95% uptime.
• Migrated 14 services from a shared MySQL instance to PostgreSQL with zero downtime, saving $4,800 per month.
• Introduced contract tests and a staged rollout process that reduced production incidents by 38% in 12 months.
• Mentored 6 junior engineers; 3 were promoted to mid-level within 18 months.

Software Engineer, M-Duka Payments (Nairobi) | Jul 2018 – Feb 2021
• Built the merchant settlement engine in Node.js that reconciles 450,000 mobile-money transactions per day.
• Reduced failed payouts from 2.1% to 0.3% by adding idempotency keys and retry queues with exponential backoff.
• Shipped a React dashboard used by 12,000 merchants; raised weekly active usage by 27% after a redesign.
• Wrote the fraud-rule DSL and its evaluator; analysts now ship new rules in hours instead of two weeks.
• Cut the CI pipeline from 31 minutes to 9 minutes by parallelising tests and caching Docker layers.

Junior Software Engineer, Savanna Tech Solutions (Mombasa) | Jan 2016 – Jun 2018
• Developed REST APIs in Python and Django for a hospital records system serving 9 clinics.
• Automated nightly database backups and restore drills, bringing recovery time from 6 hours to 40 minutes.
• Added end-to-end tests with Selenium that caught 60+ regressions before release in the first year.

PROJECTS
Darasa Study Buddy (open source) | 2023
• A spaced-repetition CLI in Rust with 1,200 GitHub stars and 40 contributors; featured in a regional developer newsletter.
Matatu Route Planner | 2020
• A route-planning web app for Nairobi public transport built with Next.js and PostGIS, used by 8,000 commuters a month.

SKILLS
Languages: TypeScript, JavaScript, Go, Python, SQL, Rust (working knowledge)
Backend: Node.js, Express, gRPC, Kafka, Redis, PostgreSQL, MySQL, REST and GraphQL API design
Frontend: React, Next.js, Tailwind CSS, accessibility (WCAG 2.1 AA)
Cloud and tooling: AWS (ECS, Lambda, RDS, S3), Docker, Terraform, GitHub Actions, Grafana, OpenTelemetry
Practices: system design, code review, incident response, observability, test-driven development

EDUCATION
BSc Computer Science, University of Nairobi | 2011 – 2015
• First Class Honours; final-year project on offline-first mobile banking for rural cooperatives.
• Coursework: distributed systems, databases, compilers, networks and applied statistics.

CERTIFICATIONS
AWS Certified Solutions Architect – Associate | 2022
Certified Kubernetes Application Developer (CKAD) | 2021

LEADERSHIP AND COMMUNITY
• Organiser of Nairobi Gophers meetup since 2019; grew membership from 150 to 1,100 and ran 30+ events.
• Speaker at DevFest Nairobi 2022: "Idempotency in mobile-money payouts, lessons from 100 million transactions".
• Volunteer mentor with Tech Kenya Girls, coaching 20 secondary-school students in web development each year.

SELECTED ACHIEVEMENTS
• Received the Pesa Logistics Engineering Excellence award in 2022 for the dispatch platform rebuild.
• Reduced monthly cloud spend by 22% through rightsizing, reserved instances and removal of idle environments.
• Authored the internal on-call handbook adopted by 4 engineering teams; mean time to recovery fell by 45%.
• Designed the company's first public API, now integrated by 35 partner businesses across East Africa.

LANGUAGES
English (fluent), Kiswahili (native), French (intermediate)

REFERENCES
Available on request.`;

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 54;
const FONT_SIZE = 10.5;
const LINE_HEIGHT = 14;

/**
 * A PDF with a real text layer (Helvetica), one PDF text line per visual line.
 * Long lines are word-wrapped. Without `pages`, lines flow onto new pages when a page is full;
 * with `pages`, the lines are split evenly over exactly that many pages.
 */
export async function makeResumePdf(text: string, options: { pages?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Resume");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const maxWidth = PAGE_WIDTH - 2 * MARGIN;

  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (line === "") {
      lines.push("");
      continue;
    }
    let current = "";
    for (const word of line.split(" ")) {
      const candidate = current === "" ? word : `${current} ${word}`;
      if (current !== "" && font.widthOfTextAtSize(candidate, FONT_SIZE) > maxWidth) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    lines.push(current);
  }

  const perPage = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LINE_HEIGHT);
  let chunks: string[][];
  if (options.pages !== undefined) {
    const count = Math.max(1, options.pages);
    const size = Math.ceil(lines.length / count);
    chunks = Array.from({ length: count }, (_, i) => lines.slice(i * size, (i + 1) * size));
  } else {
    chunks = [];
    for (let i = 0; i < lines.length; i += perPage) chunks.push(lines.slice(i, i + perPage));
    if (chunks.length === 0) chunks.push([]);
  }

  for (const chunk of chunks) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    let y = PAGE_HEIGHT - MARGIN;
    for (const line of chunk) {
      if (line !== "") page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font, color: rgb(0.1, 0.1, 0.1) });
      y -= LINE_HEIGHT;
    }
  }
  return doc.save();
}

/** A valid 8-bit RGB PNG of the given size (a simple gradient). */
export function makePng(width = 64, height = 32): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 128;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // colour type: RGB
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

/** A "scanned" PDF: two pages with an embedded image and drawn rectangles, and no text at all. */
export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(makePng(200, 260));
  for (let i = 0; i < 2; i++) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    page.drawImage(image, { x: 40, y: 40, width: PAGE_WIDTH - 80, height: PAGE_HEIGHT - 80 });
    for (let row = 0; row < 20; row++) {
      page.drawRectangle({ x: 70, y: 700 - row * 30, width: 300 + (row % 5) * 30, height: 8, color: rgb(0.2, 0.2, 0.2) });
    }
  }
  return doc.save();
}

// ---------------------------------------------------------------------------
// Encrypted PDF (pdf-lib cannot encrypt): a hand-built PDF using the standard
// security handler, revision 2 (RC4, 40-bit key), with a real user password.

const PASSWORD_PADDING = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash("md5");
  for (const part of parts) hash.update(part);
  return hash.digest();
};

const padPassword = (password: string) => Buffer.concat([Buffer.from(password, "latin1"), PASSWORD_PADDING]).subarray(0, 32);

/** The password that opens {@link makeEncryptedPdf}'s output. */
export const ENCRYPTED_PDF_PASSWORD = "s3cret-resume";

/**
 * A password-protected PDF (standard security handler, R2/RC4-40): pdf.js asks for a password
 * (PasswordException) and, given {@link ENCRYPTED_PDF_PASSWORD}, shows the text `text`.
 */
export function makeEncryptedPdf(text = "Confidential resume of Amani Otieno, Senior Software Engineer"): Uint8Array {
  const userPassword = ENCRYPTED_PDF_PASSWORD;
  const fileId = md5(Buffer.from("darasa-encrypted-fixture"));
  const permissions = -4;

  const ownerKey = md5(padPassword("owner-" + userPassword)).subarray(0, 5);
  const o = rc4(ownerKey, padPassword(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padPassword(userPassword), o, p, fileId).subarray(0, 5);
  const u = rc4(key, PASSWORD_PADDING);

  const objectKey = (num: number, gen: number) =>
    md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255])).subarray(0, 10);

  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = Buffer.from(`BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET\n`, "latin1");
  const encryptedContent = rc4(objectKey(4, 0), content);

  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
    Buffer.concat([Buffer.from(`<< /Length ${encryptedContent.length} >>\nstream\n`), encryptedContent, Buffer.from("\nendstream")]),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${o.toString("hex")}> /U <${u.toString("hex")}> /P ${permissions} >>`),
  ];

  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("") +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${fileId.toString("hex")}> <${fileId.toString("hex")}>] >>\n` +
    `startxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return new Uint8Array(Buffer.concat(parts));
}

/** A file with a valid `%PDF-` header followed by deterministic garbage. */
export function makeCorruptPdf(size = 8 * 1024): Uint8Array {
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"));
  let seed = 0x2545f491;
  for (let i = 16; i < size - 8; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out[i] = seed & 0xff;
  }
  out.set(new TextEncoder().encode("\n%%EOF\n"), size - 7);
  return out;
}

/** A DOCX (built with the `docx` package) with one paragraph per line of `text`. */
export async function makeResumeDocx(text: string, options: { softBreaks?: boolean } = {}): Promise<Uint8Array> {
  const lines = text.split("\n");
  let paragraphs: Paragraph[];
  if (options.softBreaks) {
    // One paragraph per block, lines joined with Shift+Enter line breaks (<w:br/>).
    paragraphs = text.split("\n\n").map(
      (block) =>
        new Paragraph({
          children: block.split("\n").map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1 })),
        }),
    );
  } else {
    paragraphs = lines.map((line) => new Paragraph({ children: line === "" ? [] : [new TextRun(line)] }));
  }
  const doc = new Document({ creator: "Darasa tests", title: "Resume", sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------------------
// Hand-built ZIP archives.

export interface ZipEntryInput {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  method?: "deflate" | "store";
  /** Set the "encrypted" flag, as a password-protected ZIP does (the data stays readable). */
  encrypted?: boolean;
}

interface BuiltEntry {
  name: Buffer;
  flags?: number;
  method: number;
  crc: number;
  compressed: Uint8Array;
  compressedSize: number;
  uncompressedSize: number;
}

function assembleZip(entries: BuiltEntry[], overrides: { declaredUncompressedSize?: (entry: BuiltEntry) => number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const declared = overrides.declaredUncompressedSize?.(entry) ?? entry.uncompressedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(entry.flags ?? 0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, entry.name, Buffer.from(entry.compressed));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(entry.flags ?? 0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.compressedSize, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, entry.name);
    offset += 30 + entry.name.length + entry.compressedSize;
  }
  const centralDirectory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(centralDirectory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, centralDirectory, eocd]));
}

function buildEntry({ name, data, method = "deflate", encrypted = false }: ZipEntryInput): BuiltEntry {
  const compressed = method === "deflate" ? deflateRawSync(data) : data;
  return {
    name: Buffer.from(name, "utf8"),
    flags: 0x0800 | (encrypted ? 0x1 : 0),
    method: method === "deflate" ? 8 : 0,
    crc: crc32(data),
    compressed,
    compressedSize: compressed.length,
    uncompressedSize: data.length,
  };
}

/** A ZIP archive with correct local headers, central directory and end record. */
export function makeZip(entries: ZipEntryInput[]): Uint8Array {
  return assembleZip(entries.map(buildEntry));
}

/** A plain ZIP that is not a Word document (no `word/` part). */
export function makePlainZip(): Uint8Array {
  const enc = new TextEncoder();
  return makeZip([
    { name: "notes/readme.txt", data: enc.encode("Just some notes.\n".repeat(50)) },
    { name: "data/scores.csv", data: enc.encode("name,score\nAmani,93\nBaraka,88\n") },
  ]);
}

const CONTENT_TYPES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

let zeroDeflateCache: { size: number; compressed: Buffer; crc: number } | undefined;

/** deflateRaw of `size` zero bytes, computed in 1 MiB chunks (never holds `size` bytes in memory). */
async function deflatedZeros(size: number): Promise<{ compressed: Buffer; crc: number }> {
  if (zeroDeflateCache?.size === size) return zeroDeflateCache;
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: zlibConstants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  for (let remaining = size; remaining > 0;) {
    const piece = remaining >= chunk.length ? chunk : chunk.subarray(0, remaining);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
    remaining -= piece.length;
  }
  deflate.end();
  await done;
  zeroDeflateCache = { size, compressed: Buffer.concat(out), crc };
  return zeroDeflateCache;
}

/**
 * A DOCX-looking zip bomb: `[Content_Types].xml`, `_rels/.rels` and a `word/document.xml` that inflates
 * to `expandedBytes` (default 200 MiB) of zeros. The file itself stays small (~200 KB).
 * With `lieAboutSize`, the headers declare a tiny uncompressed size for `word/document.xml`,
 * so only a bounded inflate can catch it.
 */
export async function makeZipBombDocx(options: { expandedBytes?: number; lieAboutSize?: boolean } = {}): Promise<Uint8Array> {
  const expandedBytes = options.expandedBytes ?? 200 * 1024 * 1024;
  const enc = new TextEncoder();
  const { compressed, crc } = await deflatedZeros(expandedBytes);
  const bomb: BuiltEntry = {
    name: Buffer.from("word/document.xml"),
    method: 8,
    crc,
    compressed,
    compressedSize: compressed.length,
    uncompressedSize: expandedBytes,
  };
  return assembleZip(
    [
      buildEntry({ name: "[Content_Types].xml", data: enc.encode(CONTENT_TYPES_XML) }),
      buildEntry({ name: "_rels/.rels", data: enc.encode(ROOT_RELS_XML) }),
      bomb,
    ],
    options.lieAboutSize ? { declaredUncompressedSize: (e) => (e === bomb ? 4096 : e.uncompressedSize) } : {},
  );
}

/** A DOCX-looking zip with `count` tiny entries (for the entry-count cap). */
export function makeManyEntriesDocx(count: number): Uint8Array {
  const enc = new TextEncoder();
  const entries: ZipEntryInput[] = [
    { name: "[Content_Types].xml", data: enc.encode(CONTENT_TYPES_XML) },
    { name: "_rels/.rels", data: enc.encode(ROOT_RELS_XML) },
    { name: "word/document.xml", data: enc.encode("<w:document/>") },
  ];
  for (let i = entries.length; i < count; i++) entries.push({ name: `word/media/x${i}.bin`, data: new Uint8Array(1), method: "store" });
  return makeZip(entries);
}

/** A Windows executable renamed to `.pdf`/`.docx`: `MZ` header, DOS stub and a `PE\0\0` header. */
export function makeExeRenamed(size = 4096): Uint8Array {
  const out = new Uint8Array(size);
  out.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
  new DataView(out.buffer).setUint32(0x3c, 0x80, true); // e_lfanew
  out.set(new TextEncoder().encode("This program cannot be run in DOS mode.\r\r\n$"), 0x4e);
  out.set([0x50, 0x45, 0x00, 0x00, 0x64, 0x86], 0x80); // "PE\0\0", machine x64
  for (let i = 0x100; i < size; i++) out[i] = (i * 31) & 0xff;
  return out;
}

/** A large file of `bytes` bytes (default 11 MiB): a `%PDF-` header then ASCII comment padding, or plain text. */
export function makeLargeFile(bytes = 11 * 1024 * 1024, kind: "pdf" | "txt" = "pdf"): Uint8Array {
  const out = new Uint8Array(bytes);
  const line = new TextEncoder().encode(
    kind === "pdf" ? "% padding padding padding padding padding padding padding\n" : "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n",
  );
  for (let i = 0; i < bytes; i += line.length) out.set(line.subarray(0, Math.min(line.length, bytes - i)), i);
  if (kind === "pdf") out.set(new TextEncoder().encode("%PDF-1.7\n"));
  return out;
}

/** An old binary Word (.doc) / OLE compound file header. */
export function makeOleDoc(size = 4096): Uint8Array {
  const out = new Uint8Array(size);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return out;
}
