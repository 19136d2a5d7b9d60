import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { getJobInfo } from "@/features/jobInfos/db";
import { AppError } from "@/lib/errors";
import type { Logger } from "@/lib/logger";
import { peekHead } from "@/lib/streams";
import { extractResumeText } from "@/resume/extract";
import { buildResumeReport } from "@/resume/report";
import { sniffResumeType } from "@/resume/sniff";
import { isFileTooLarge, type ObjectStorage } from "@/services/storage";
import { insertResumeAnalysis } from "./db";
import { canAnalyseResumes, RESUME_MAX_BYTES } from "./permissions";

export type UploadDeps = { db: Db; storage: ObjectStorage; user: Pick<User, "id" | "plan">; log: Logger };
export type UploadInput = { jobInfoId: string; fileName: string | null; contentLength: number | null; body: ReadableStream<Uint8Array> | null };

const HEAD_BYTES = 4096;
const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain; charset=utf-8",
} as const;
const MAX_MB = RESUME_MAX_BYTES / 1024 / 1024;
const tooLarge = () => new AppError("FILE_TOO_LARGE", `The file is larger than ${MAX_MB} MB. Upload a smaller PDF, DOCX or TXT.`);

export function cleanFileName(name: string | null, type: "pdf" | "docx" | "txt"): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f<>"]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned || `resume.${type}`;
}

/**
 * Streams an uploaded resume to storage, sniffs its type from the content,
 * extracts its text, computes the deterministic report and saves it.
 * Returns the new analysis's id; a refusal is thrown as an AppError and
 * leaves nothing stored.
 */
export async function uploadResume(deps: UploadDeps, input: UploadInput): Promise<{ id: string }> {
  const { db, storage, user, log } = deps;
  if (!canAnalyseResumes(user)) throw new AppError("PLAN_REQUIRED", "Resume analysis is part of the Pro plan. Upgrade in Settings to use it.");
  const job = await getJobInfo(db, user.id, input.jobInfoId);
  if (!job) throw new AppError("NOT_FOUND", "We couldn't find that job.");
  if (input.contentLength !== null && input.contentLength > RESUME_MAX_BYTES) throw tooLarge();
  if (!input.body) throw new AppError("VALIDATION_FAILED", "The upload is empty. Choose a PDF, DOCX or TXT file.");

  const { head, stream } = await peekHead(input.body, HEAD_BYTES);
  if (head.byteLength === 0) throw new AppError("VALIDATION_FAILED", "The file is empty. Choose a PDF, DOCX or TXT file.");
  const type = sniffResumeType(head);
  if (!type) {
    await stream.cancel().catch(() => {});
    throw new AppError("UNSUPPORTED_TYPE", "This file is not a PDF, DOCX or text file (we check its content, not its name).");
  }

  const storageKey = `resumes/${user.id.replace(/[^a-zA-Z0-9_-]/g, "_")}/${crypto.randomUUID()}.${type}`;
  let size: number;
  try {
    ({ size } = await storage.put(storageKey, stream, { contentType: CONTENT_TYPES[type], maxBytes: RESUME_MAX_BYTES }));
  } catch (error) {
    throw isFileTooLarge(error) ? tooLarge() : error;
  }

  // From here on a refusal or a failure deletes the stored file (the catch below).
  try {
    const bytes = await storage.get(storageKey);
    const started = performance.now();
    const extracted = await extractResumeText(bytes, type);
    // A sniffed "docx" whose whole central directory has no Word document is another kind of ZIP.
    if (!extracted.ok && type === "docx" && extracted.code === "UNSUPPORTED") {
      throw new AppError("UNSUPPORTED_TYPE", "This ZIP file is not a Word document. Upload a PDF, DOCX or TXT file.");
    }
    if (!extracted.ok) throw new AppError(extracted.code, extracted.message);
    const report = buildResumeReport({
      resumeText: extracted.text,
      jobTitle: job.title,
      jobDescription: job.description,
      pageCount: extracted.pageCount ?? undefined,
    });
    const row = await insertResumeAnalysis(db, {
      userId: user.id,
      jobInfoId: job.id,
      fileName: cleanFileName(input.fileName, type),
      fileType: type,
      fileSize: size,
      storageKey,
      pageCount: extracted.pageCount,
      resumeText: extracted.text,
      report,
      overallScore: Math.round(report.scores.overall),
      matchRate: report.keywords.matchRate,
    });
    log.info({ analysisId: row.id, type, size, ms: Math.round(performance.now() - started) }, "resume analysed");
    return { id: row.id };
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}
