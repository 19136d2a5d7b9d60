import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getResumeAnalysis, listResumeAnalyses } from "@/features/resumeAnalyses/db";
import { removeResumeAnalysis } from "@/features/resumeAnalyses/remove";
import { uploadResume, type UploadDeps } from "@/features/resumeAnalyses/upload";
import { createLocalStorage } from "@/services/storage/local";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";
import { makeJob, makeUser, silentLog } from "../support/questionFactories";
import { asResponse } from "../support/boundary";
import {
  REALISTIC_RESUME_TEXT,
  makeCorruptPdf,
  makeEncryptedPdf,
  makeExeRenamed,
  makeImageOnlyPdf,
  makeLargeFile,
  makeResumeDocx,
  makeResumePdf,
  makeZip,
  makeZipBombDocx,
} from "../support/resumeFiles";

function streamOf(bytes: Uint8Array, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

describe.each(databaseKinds)("resume uploads on %s", (kind) => {
  let t: TestDatabase;
  let root: string;
  let deps: UploadDeps;
  let jobId: string;
  /** As the upload route answers: 201 with the id, or the refusal's status and envelope. */
  const upload = (bytes: Uint8Array, fileName: string, opts: { sendLength?: boolean; job?: string; as?: UploadDeps } = {}) =>
    asResponse(
      uploadResume(opts.as ?? deps, {
        jobInfoId: opts.job ?? jobId,
        fileName,
        contentLength: opts.sendLength === false ? null : bytes.byteLength,
        body: streamOf(bytes),
      }),
      201,
    );
  const uploadsDir = () => path.join(root, "resumes");

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    root = mkdtempSync(path.join(tmpdir(), "darasa-uploads-"));
    const user = await makeUser(t.db, "pro");
    jobId = (await makeJob(t.db, user.id, { description: "Senior backend engineer: TypeScript, Node.js, PostgreSQL, Kubernetes, AWS." })).id;
    deps = { db: t.db, storage: createLocalStorage(root), user, log: silentLog };
  });

  afterAll(async () => {
    await t?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ["PDF", () => makeResumePdf(REALISTIC_RESUME_TEXT, { pages: 2 }), "cv.pdf", "pdf"],
    ["DOCX", () => makeResumeDocx(REALISTIC_RESUME_TEXT), "cv.docx", "docx"],
    ["TXT", async () => new TextEncoder().encode(REALISTIC_RESUME_TEXT), "cv.txt", "txt"],
  ] as const)("analyses a %s resume and keeps the file and report", async (_label, make, name, type) => {
    const response = await upload(await make(), name);
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string } };
    const row = await getResumeAnalysis(t.db, deps.user.id, data.id);
    expect(row?.fileType).toBe(type);
    expect(row?.resumeText).toContain("Otieno");
    expect(row?.overallScore).toBeGreaterThan(0);
    expect(listFiles(uploadsDir()).some((f) => row!.storageKey.endsWith(f))).toBe(true);
  });

  it("sniffs the content, not the name: a PDF named .txt is read as a PDF", async () => {
    const response = await upload(await makeResumePdf(REALISTIC_RESUME_TEXT), "resume.txt");
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string } };
    expect((await getResumeAnalysis(t.db, deps.user.id, data.id))?.fileType).toBe("pdf");
  });

  it.each([
    ["an executable renamed .pdf", () => makeExeRenamed(), 415, "UNSUPPORTED_TYPE"],
    ["an image-only (scanned) PDF", () => makeImageOnlyPdf(), 422, "SCANNED_PDF"],
    ["a corrupt PDF", () => makeCorruptPdf(), 422, "CORRUPT"],
    ["an encrypted PDF", () => makeEncryptedPdf(), 422, "ENCRYPTED"],
    ["a DOCX that expands enormously", () => makeZipBombDocx(), 422, "TOO_LARGE_EXPANDED"],
    // Its first bytes look like Word (a word/ part); the whole directory has no word/document.xml.
    [
      "a ZIP that only looks like a Word document",
      async () => makeZip([{ name: "word/notes.xml", data: new TextEncoder().encode("<notes/>") }]),
      415,
      "UNSUPPORTED_TYPE",
    ],
    ["a text file with nothing in it", async () => new TextEncoder().encode("   \n  "), 422, "EMPTY"],
  ] as const)("refuses %s with a clear 4xx and stores nothing", async (_label, make, status, code) => {
    const before = listFiles(uploadsDir()).length;
    const response = await upload(await make(), "resume.pdf");
    expect(response.status).toBe(status);
    const body = (await response.json()) as { success: boolean; error: { code: string; message: string } };
    expect(body.success).toBe(false);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(20);
    expect(listFiles(uploadsDir()).length).toBe(before);
  });

  it("refuses an 11 MB file by its declared length and, without one, while streaming", async () => {
    const big = makeLargeFile(11 * 1024 * 1024, "pdf");
    const before = listFiles(uploadsDir()).length;
    const declared = await upload(big, "big.pdf");
    expect(declared.status).toBe(413);
    const streamed = await upload(big, "big.pdf", { sendLength: false });
    expect(streamed.status).toBe(413);
    expect(listFiles(uploadsDir()).length).toBe(before);
    expect(listFiles(uploadsDir()).some((f) => f.endsWith(".part"))).toBe(false);
  });

  it("is Pro only, and another user's job is not found", async () => {
    const free = await makeUser(t.db, "free");
    const asFree = { ...deps, user: free };
    const freeJob = (await makeJob(t.db, free.id)).id;
    const denied = await upload(new TextEncoder().encode(REALISTIC_RESUME_TEXT), "cv.txt", { as: asFree, job: freeJob });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("PLAN_REQUIRED");

    const intruder = { ...deps, user: await makeUser(t.db, "pro") };
    const response = await upload(new TextEncoder().encode(REALISTIC_RESUME_TEXT), "cv.txt", { as: intruder });
    expect(response.status).toBe(404);
    expect(await listResumeAnalyses(t.db, intruder.user.id, jobId)).toEqual([]);
    const mine = await listResumeAnalyses(t.db, deps.user.id, jobId);
    expect(await getResumeAnalysis(t.db, intruder.user.id, mine[0]!.id)).toBeUndefined();
    expect(await removeResumeAnalysis(t.db, intruder.storage, intruder.user.id, mine[0]!.id)).toBe(false);
    expect(await getResumeAnalysis(t.db, deps.user.id, mine[0]!.id)).toBeDefined();
  });

  it("lists metadata only and deleting removes the stored file", async () => {
    const list = await listResumeAnalyses(t.db, deps.user.id, jobId);
    expect(list.length).toBeGreaterThan(0);
    expect(Object.keys(list[0]!)).not.toContain("resumeText");
    expect(Object.keys(list[0]!)).not.toContain("report");
    const full = (await getResumeAnalysis(t.db, deps.user.id, list[0]!.id))!;
    expect(await removeResumeAnalysis(t.db, deps.storage, deps.user.id, full.id)).toBe(true);
    expect(listFiles(uploadsDir()).some((f) => full.storageKey.endsWith(f))).toBe(false);
    expect(await getResumeAnalysis(t.db, deps.user.id, full.id)).toBeUndefined();
  });
});
