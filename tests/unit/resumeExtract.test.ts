import { Zip, ZipDeflate } from "fflate";
import { fileTypeFromBuffer } from "file-type";
import JSZip from "jszip";
import { getDocumentProxy } from "unpdf";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_EXTRACT_LIMITS, extractResumeText, type ExtractResult } from "@/resume/extract";
import { capText, normalizeResumeText } from "@/resume/extractNormalize";
import { openZip } from "@/resume/extractZip";
import { hasDocxParts, RESUME_SNIFF_BYTES, sniffResumeType } from "@/resume/sniff";
import {
  ENCRYPTED_PDF_PASSWORD,
  makeCorruptPdf,
  makeEncryptedPdf,
  makeExeRenamed,
  makeImageOnlyPdf,
  makeLargeFile,
  makeManyEntriesDocx,
  makeOleDoc,
  makePlainZip,
  makePng,
  makeResumeDocx,
  makeResumePdf,
  makeZip,
  makeZipBombDocx,
  REALISTIC_RESUME_TEXT,
} from "../support/resumeFiles";

const enc = new TextEncoder();
const head = (bytes: Uint8Array) => bytes.subarray(0, RESUME_SNIFF_BYTES);
/** All whitespace runs → one space: what survives any re-wrapping of lines. */
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const lines = (s: string) => s.split("\n");

function expectOk(result: ExtractResult): asserts result is Extract<ExtractResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
}

/** The whole file's central directory lists the Word parts (what extraction checks first). */
async function listsWordParts(bytes: Uint8Array): Promise<boolean> {
  const opened = await openZip(bytes, { maxEntries: Infinity, maxExpandedBytes: Infinity, maxRatio: Infinity });
  return opened.ok && hasDocxParts(opened.archive.names);
}

function expectCode(result: ExtractResult, code: string) {
  expect(result.ok ? "ok" : result.code).toBe(code);
  if (!result.ok) expect(result.message).toMatch(/^[A-Z].{30,}\.$/); // a full sentence for the user
}

let resumePdf: Uint8Array;
let resumeDocx: Uint8Array;

beforeAll(async () => {
  resumePdf = await makeResumePdf(REALISTIC_RESUME_TEXT);
  resumeDocx = await makeResumeDocx(REALISTIC_RESUME_TEXT);
});

describe("REALISTIC_RESUME_TEXT", () => {
  it("is a ~700-word resume", () => {
    const words = REALISTIC_RESUME_TEXT.split(/\s+/).length;
    expect(words).toBeGreaterThan(600);
    expect(words).toBeLessThan(800);
  });
});

describe("sniffResumeType", () => {
  it("recognises PDF, DOCX and TXT from their bytes", async () => {
    expect(sniffResumeType(head(resumePdf))).toBe("pdf");
    expect(sniffResumeType(head(resumeDocx))).toBe("docx");
    expect(await listsWordParts(resumeDocx)).toBe(true);
    expect(sniffResumeType(enc.encode(REALISTIC_RESUME_TEXT))).toBe("txt");
    expect(sniffResumeType(enc.encode("\uFEFFAmani Otieno — Résumé\r\nNairobi 🇰🇪\n"))).toBe("txt");
    expect(sniffResumeType(new Uint8Array(0))).toBe("txt"); // so extraction can say EMPTY
  });

  it("tolerates a multi-byte character cut at the end of the prefix", () => {
    const text = enc.encode("é".repeat(RESUME_SNIFF_BYTES)); // 2 bytes each: the 4 KB prefix ends on a boundary
    expect(sniffResumeType(text.subarray(0, RESUME_SNIFF_BYTES - 1))).toBe("txt");
  });

  it("returns null for executables, images, other ZIPs, old .doc, RTF and UTF-16", async () => {
    expect(sniffResumeType(head(makeExeRenamed()))).toBeNull(); // "resume.pdf" that is an .exe
    expect(sniffResumeType(head(makePng()))).toBeNull();
    expect(sniffResumeType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]))).toBeNull();
    expect(sniffResumeType(head(makePlainZip()))).toBeNull();
    expect(await listsWordParts(makePlainZip())).toBe(false);
    const xlsx = makeZip([
      {
        name: "[Content_Types].xml",
        data: enc.encode(
          '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
      },
      { name: "xl/workbook.xml", data: enc.encode("<workbook/>") },
    ]);
    expect(sniffResumeType(xlsx)).toBeNull();
    expect(sniffResumeType(head(makeOleDoc()))).toBeNull();
    expect(sniffResumeType(enc.encode("{\\rtf1\\ansi Amani Otieno}"))).toBeNull();
    expect(sniffResumeType(new Uint8Array(Buffer.from("\uFEFFAmani Otieno", "utf16le")))).toBeNull();
    expect(sniffResumeType(new Uint8Array([0x41, 0x6d, 0x61, 0x6e, 0x69, 0xc3, 0x28, 0x20]))).toBeNull(); // invalid UTF-8
  });

  it("sees DOCX from [Content_Types].xml when it comes first", () => {
    const docx = makeZip([
      {
        name: "[Content_Types].xml",
        data: enc.encode(
          '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      { name: "_rels/.rels", data: enc.encode("<Relationships/>") },
    ]);
    expect(sniffResumeType(docx)).toBe("docx");
  });

  it("reads a DOCX written as a stream, whose part sizes follow the data (data descriptors)", async () => {
    // Zip writers that stream (fflate here, Java's ZipOutputStream…) put 0 sizes in the local headers.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const docx = await JSZip.loadAsync(resumeDocx);
    for (const name of Object.keys(docx.files)) {
      const part = new ZipDeflate(name);
      zip.add(part);
      part.push(await docx.files[name]!.async("uint8array"), true);
    }
    zip.end();
    const streamed = new Uint8Array(Buffer.concat(chunks));
    expect(new DataView(streamed.buffer).getUint16(6, true) & 0x8).toBe(0x8); // sizes in a data descriptor
    expect(sniffResumeType(head(streamed))).toBe("docx");
    const result = await extractResumeText(streamed, "docx");
    expectOk(result);
    expect(result.text).toBe(normalizeResumeText(REALISTIC_RESUME_TEXT));
  });

  it("agrees with file-type on the binary fixtures", async () => {
    expect((await fileTypeFromBuffer(resumePdf))?.ext).toBe("pdf");
    expect((await fileTypeFromBuffer(resumeDocx))?.ext).toBe("docx");
    expect((await fileTypeFromBuffer(makePng()))?.ext).toBe("png");
    expect((await fileTypeFromBuffer(makeExeRenamed()))?.ext).toBe("exe");
    expect((await fileTypeFromBuffer(makePlainZip()))?.ext).toBe("zip");
    expect((await fileTypeFromBuffer(makeOleDoc()))?.ext).toBe("cfb");
  });

  it("reads only the head: an 11 MB file sniffs from its first bytes", () => {
    const big = makeLargeFile();
    expect(big.length).toBe(11 * 1024 * 1024);
    expect(sniffResumeType(big)).toBe("pdf");
    expect(sniffResumeType(makeLargeFile(11 * 1024 * 1024, "txt"))).toBe("txt");
  });
});

describe("extractResumeText: PDF", () => {
  it("round-trips a 2-page resume with its lines", async () => {
    const result = await extractResumeText(resumePdf, "pdf");
    expectOk(result);
    expect(result.pageCount).toBe(2);
    expect(result.truncated).toBe(false);
    // Every word, in order (long lines are word-wrapped in the PDF, so only whitespace may differ).
    expect(flat(result.text)).toBe(flat(REALISTIC_RESUME_TEXT));
    // Lines short enough not to wrap come back as lines of their own.
    const got = new Set(lines(result.text));
    for (const line of lines(REALISTIC_RESUME_TEXT).filter((l) => l !== "" && l.length <= 80)) expect(got).toContain(line);
    expect(lines(result.text).length).toBeGreaterThanOrEqual(lines(REALISTIC_RESUME_TEXT).filter((l) => l !== "").length);
    expect(result.text).toContain("\n\nEXPERIENCE\n"); // the blank line before a section survives
  });

  it("does not detach or modify the caller's buffer", async () => {
    const copy = resumePdf.slice();
    await extractResumeText(copy, "pdf");
    expect(copy.byteLength).toBe(resumePdf.byteLength);
    expect(Buffer.compare(copy, resumePdf)).toBe(0);
  });

  it("refuses an image-only PDF as SCANNED_PDF", async () => {
    const pdf = await makeImageOnlyPdf();
    expect(sniffResumeType(head(pdf))).toBe("pdf");
    expectCode(await extractResumeText(pdf, "pdf"), "SCANNED_PDF");
  });

  it("refuses a corrupt PDF as CORRUPT", async () => {
    expectCode(await extractResumeText(makeCorruptPdf(), "pdf"), "CORRUPT");
    expectCode(await extractResumeText(enc.encode("%PDF-1.7\n"), "pdf"), "CORRUPT");
  });

  it("refuses a password-protected PDF as ENCRYPTED", async () => {
    const pdf = makeEncryptedPdf();
    // The fixture is a real encrypted PDF: pdf.js wants a password, and the right one opens it.
    await expect(getDocumentProxy(pdf.slice(), { verbosity: 0 })).rejects.toMatchObject({ name: "PasswordException" });
    const opened = await getDocumentProxy(pdf.slice(), { password: ENCRYPTED_PDF_PASSWORD, verbosity: 0 });
    const content = await (await opened.getPage(1)).getTextContent();
    expect(content.items.map((i) => ("str" in i ? i.str : "")).join("")).toContain("Confidential resume");
    await opened.destroy();

    expectCode(await extractResumeText(pdf, "pdf"), "ENCRYPTED");
  });

  it("refuses a 12-page PDF with the 10-page limit as TOO_MANY_PAGES", async () => {
    const pdf = await makeResumePdf(REALISTIC_RESUME_TEXT, { pages: 12 });
    const result = await extractResumeText(pdf, "pdf", { maxPages: 10 });
    expectCode(result, "TOO_MANY_PAGES");
    expect(!result.ok && result.message).toContain("12 pages");
    const allowed = await extractResumeText(pdf, "pdf", { maxPages: 12 });
    expectOk(allowed);
    expect(allowed.pageCount).toBe(12);
  });

  it("gives up with TIMEOUT when the time limit is exceeded", async () => {
    const pdf = await makeResumePdf(REALISTIC_RESUME_TEXT, { pages: 10 });
    expectCode(await extractResumeText(pdf, "pdf", { timeoutMs: 1 }), "TIMEOUT");
  });

  it("extracts a 2-page PDF well under 150 ms after warm-up", async () => {
    for (let i = 0; i < 3; i++) await extractResumeText(resumePdf, "pdf");
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      const result = await extractResumeText(resumePdf, "pdf");
      times.push(performance.now() - start);
      expect(result.ok).toBe(true);
    }
    times.sort((a, b) => a - b);
    const median = (times[4]! + times[5]!) / 2;
    console.log(`2-page PDF extraction: median ${median.toFixed(1)} ms over 10 runs (min ${times[0]!.toFixed(1)}, max ${times[9]!.toFixed(1)})`);
    expect(median).toBeLessThan(150);
  });
});

describe("extractResumeText: DOCX", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("round-trips the resume with one line per paragraph", async () => {
    const result = await extractResumeText(resumeDocx, "docx");
    expectOk(result);
    expect(result.pageCount).toBeNull();
    expect(result.truncated).toBe(false);
    expect(result.text).toBe(normalizeResumeText(REALISTIC_RESUME_TEXT));
  });

  it("keeps soft line breaks (Shift+Enter), which mammoth's raw text drops", async () => {
    // One paragraph per section, its lines joined by <w:br/>: lines stay lines, paragraphs have no blank line between.
    const docx = await makeResumeDocx(REALISTIC_RESUME_TEXT, { softBreaks: true });
    const result = await extractResumeText(docx, "docx");
    expectOk(result);
    expect(result.text).toBe(normalizeResumeText(REALISTIC_RESUME_TEXT).replace(/\n\n/g, "\n"));
  });

  it("refuses a zip bomb from its central directory, quickly and without inflating it", async () => {
    const bomb = await makeZipBombDocx();
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(sniffResumeType(head(bomb))).toBe("docx");
    expect(await listsWordParts(bomb)).toBe(true);

    const before = process.memoryUsage();
    const start = performance.now();
    const result = await extractResumeText(bomb, "docx");
    const elapsed = performance.now() - start;
    const after = process.memoryUsage();
    expectCode(result, "TOO_LARGE_EXPANDED");
    expect(elapsed).toBeLessThan(1000);
    expect(after.rss - before.rss).toBeLessThan(32 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(16 * 1024 * 1024);
  });

  it("refuses a zip bomb that lies about its size, stopping the inflate at the declared size", async () => {
    const bomb = await makeZipBombDocx({ lieAboutSize: true });
    const before = process.memoryUsage();
    const start = performance.now();
    const result = await extractResumeText(bomb, "docx");
    const elapsed = performance.now() - start;
    expectCode(result, "TOO_LARGE_EXPANDED");
    expect(elapsed).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before.rss).toBeLessThan(32 * 1024 * 1024);
  });

  it("refuses a part compressed more than 100:1, even under the expanded-size limit", async () => {
    const bomb = await makeZipBombDocx({ expandedBytes: 8 * 1024 * 1024 }); // 8 MiB of zeros, ~8 KB compressed
    const start = performance.now();
    const result = await extractResumeText(bomb, "docx", { maxExpandedBytes: 20 * 1024 * 1024 });
    expectCode(result, "TOO_LARGE_EXPANDED");
    expect(performance.now() - start).toBeLessThan(500); // judged from the directory, not inflated
    // Real Word XML is nowhere near: the resume's parts stay far below the ratio.
    expectOk(await extractResumeText(resumeDocx, "docx"));
  });

  it("caps the number of ZIP entries", async () => {
    const result = await extractResumeText(makeManyEntriesDocx(1500), "docx");
    expectCode(result, "TOO_LARGE_EXPANDED");
    expect(!result.ok && result.message).toMatch(/too many embedded parts/);
  });

  it("refuses damaged, non-Word and old .doc files", async () => {
    const truncated = resumeDocx.subarray(0, Math.floor(resumeDocx.length / 2));
    expectCode(await extractResumeText(truncated, "docx"), "CORRUPT");
    expectCode(await extractResumeText(makePlainZip(), "docx"), "UNSUPPORTED");
    expectCode(await extractResumeText(makeOleDoc(), "docx"), "UNSUPPORTED");
    const brokenXml = makeZip([
      { name: "[Content_Types].xml", data: enc.encode("<Types/>") },
      { name: "_rels/.rels", data: enc.encode("<Relationships") },
      { name: "word/document.xml", data: enc.encode("<w:document><w:body><w:p>") },
    ]);
    expectCode(await extractResumeText(brokenXml, "docx"), "CORRUPT");
  });

  it("unzips once: mammoth converts the parts already checked, JSZip never opens the document", async () => {
    const loadAsync = vi.spyOn(JSZip, "loadAsync");
    const result = await extractResumeText(resumeDocx, "docx");
    expectOk(result);
    expect(result.text).toBe(normalizeResumeText(REALISTIC_RESUME_TEXT));
    expect(loadAsync).not.toHaveBeenCalled();
  });

  it("refuses unsafe and duplicate part names as CORRUPT", async () => {
    const parts = (documentName: string, extra: { name: string; data: Uint8Array }[] = []) =>
      makeZip([
        { name: "[Content_Types].xml", data: enc.encode("<Types/>") },
        { name: documentName, data: enc.encode(`<w:document><w:body><w:p><w:r><w:t>${"Amani Otieno ".repeat(10)}</w:t></w:r></w:p></w:body></w:document>`) },
        ...extra,
      ]);
    for (const unsafe of ["../word/document.xml", "/word/document.xml", "C:/word/document.xml", "word\\..\\..\\evil.xml"]) {
      expectCode(await extractResumeText(parts("word/document.xml", [{ name: unsafe, data: enc.encode("<x/>") }]), "docx"), "CORRUPT");
    }
    // Two parts with one name: readers could disagree on which is the document.
    const twice = parts("word/document.xml", [{ name: "word/document.xml", data: enc.encode("<w:document/>") }]);
    expectCode(await extractResumeText(twice, "docx"), "CORRUPT");
  });

  it("refuses a ZIP with encrypted parts as ENCRYPTED", async () => {
    const docx = makeZip([
      { name: "[Content_Types].xml", data: enc.encode("<Types/>") },
      { name: "word/document.xml", data: enc.encode("<w:document/>"), encrypted: true },
    ]);
    expectCode(await extractResumeText(docx, "docx"), "ENCRYPTED");
  });

  it("recognises a password-protected Word file (OLE EncryptedPackage) as ENCRYPTED", async () => {
    const ole = makeOleDoc(8192);
    ole.set(Buffer.from("EncryptedPackage", "utf16le"), 4096);
    expectCode(await extractResumeText(ole, "docx"), "ENCRYPTED");
  });

  it("refuses a document with no text as EMPTY", async () => {
    expectCode(await extractResumeText(await makeResumeDocx("\n\n   \n"), "docx"), "EMPTY");
  });
});

describe("extractResumeText: input buffers", () => {
  it("accepts Node Buffers that view a larger pool at an offset", async () => {
    const inPool = (bytes: Uint8Array) => {
      const pool = Buffer.alloc(bytes.length + 37, 0xaa);
      pool.set(bytes, 17);
      return pool.subarray(17, 17 + bytes.length);
    };
    const pdf = await extractResumeText(inPool(resumePdf), "pdf");
    const docx = await extractResumeText(inPool(resumeDocx), "docx");
    expectOk(pdf);
    expectOk(docx);
    expect(flat(pdf.text)).toBe(flat(docx.text));
  });
});

describe("extractResumeText: TXT", () => {
  it("returns the text, normalised", async () => {
    const raw = "\uFEFFAmani  Otieno\r\nSenior\u00A0Engineer \t| Nairobi\u0007\r\n\r\n\r\n\r\nCafe\u0301 owner\u200B; ".repeat(3) + REALISTIC_RESUME_TEXT;
    const result = await extractResumeText(enc.encode(raw), "txt");
    expectOk(result);
    expect(result.pageCount).toBeNull();
    expect(result.text.startsWith("Amani Otieno\nSenior Engineer | Nairobi\n\nCafé owner; Amani Otieno\n")).toBe(true);
    expect(result.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u00A0\u200B\uFEFF]|\r| {2}|\n{3}/);
    expect(result.text.normalize("NFC")).toBe(result.text);
  });

  it("refuses empty and whitespace-only text as EMPTY", async () => {
    expectCode(await extractResumeText(new Uint8Array(0), "txt"), "EMPTY");
    expectCode(await extractResumeText(enc.encode("  \n\t\r\n   \n"), "txt"), "EMPTY");
    expectCode(await extractResumeText(enc.encode("Amani Otieno\nEngineer"), "txt"), "EMPTY"); // < 50 characters
  });

  it("refuses text that is not UTF-8", async () => {
    expectCode(await extractResumeText(new Uint8Array(Buffer.from("Amani Otieno résumé", "latin1")), "txt"), "UNSUPPORTED");
  });

  it("caps text over maxChars and says so", async () => {
    const long = Array.from({ length: 2000 }, (_, i) => `Line ${i}: shipped feature number ${i} to production.`).join("\n");
    const result = await extractResumeText(enc.encode(long), "txt", { maxChars: 60_000 });
    expectOk(result);
    expect(long.length).toBeGreaterThan(DEFAULT_EXTRACT_LIMITS.maxChars);
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(60_000);
    expect(result.text.length).toBeGreaterThan(54_000);
    expect(long.startsWith(result.text)).toBe(true); // cut at a boundary, nothing added

    const small = await extractResumeText(enc.encode(REALISTIC_RESUME_TEXT), "txt", { maxChars: 1000 });
    expectOk(small);
    expect(small.truncated).toBe(true);
    expect(small.text.length).toBeLessThanOrEqual(1000);
  });

  it("never splits a surrogate pair when capping", () => {
    const capped = capText("😀".repeat(10), 5);
    expect(capped.truncated).toBe(true);
    expect(capped.text).toBe("😀😀");
  });
});
