import type { Db } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { peekHead } from "@/lib/streams";
import { isFileTooLarge, type ObjectStorage } from "@/services/storage";
import { MAX_AUDIO_MS } from "@/speech/decode";
import { purgeDeletedFiles } from "@/features/files/purge";
import { attachRecording, getAnswer, getInterview, hasLaterRecordedTurn } from "./db";

export const RECORDING_MAX_BYTES = 25 * 1024 * 1024;

export type AudioKind = "webm" | "wav" | "ogg" | "mp4";
const CONTENT_TYPES: Record<AudioKind, string> = { webm: "audio/webm", wav: "audio/wav", ogg: "audio/ogg", mp4: "audio/mp4" };

/** Audio container from its first bytes (Chrome records WebM/Opus; tests use WAV). */
export function sniffAudio(head: Uint8Array): AudioKind | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return "webm";
  if (head.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WAVE") return "wav";
  if (head.length >= 4 && ascii(0, 4) === "OggS") return "ogg";
  if (head.length >= 8 && ascii(4, 8) === "ftyp") return "mp4";
  return null;
}

/**
 * Cheap checks a WAV header allows before storing: a readable format block and
 * a duration (from the declared length) within the limit. Other containers are
 * fully checked by the worker's decoder, which marks bad audio as failed.
 */
export function checkWavHeader(head: Uint8Array, totalBytes: number | null): { ok: true } | { ok: false; status: 413 | 422; message: string } {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.byteLength < 36 || String.fromCharCode(...head.subarray(12, 16)) !== "fmt ") {
    return { ok: false, status: 422, message: "This WAV file is damaged: its format block is missing." };
  }
  const channels = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  const byteRate = view.getUint32(28, true);
  if (channels === 0 || sampleRate < 4000 || byteRate === 0) {
    return { ok: false, status: 422, message: "This WAV file is damaged: its format block is invalid." };
  }
  if (totalBytes !== null && ((totalBytes - 44) / byteRate) * 1000 > MAX_AUDIO_MS) {
    return { ok: false, status: 413, message: `The recording is longer than ${MAX_AUDIO_MS / 60000} minutes. Keep answers shorter.` };
  }
  return { ok: true };
}

export type RecordingDeps = {
  db: Db;
  storage: ObjectStorage;
  user: Pick<User, "id">;
  enqueue: (answerId: string) => Promise<void>;
};

/**
 * Streams one recorded answer to storage and queues its analysis. Returns at
 * once with "processing" (a refusal is thrown as an AppError); the browser's
 * own duration or metrics are never read.
 */
export async function uploadRecording(
  deps: RecordingDeps,
  input: {
    interviewId: string;
    answerId: string;
    contentLength: number | null;
    body: ReadableStream<Uint8Array> | null;
    /** The browser sent this take's recognised transcript just before (header `x-darasa-transcript: browser`). */
    keepBrowserTranscript?: boolean;
  },
): Promise<{ answerId: string; status: "processing" }> {
  const { db, storage, user } = deps;
  const interview = await getInterview(db, user.id, input.interviewId);
  const answer = interview ? await getAnswer(db, user.id, input.answerId) : undefined;
  if (!interview || !answer || answer.interviewId !== interview.id) throw notFound();
  if (answer.status === "processing") throw new AppError("CONFLICT", "This answer is still being analysed. Wait for it, then re-record.");
  if (interview.mode === "conversation" && (await hasLaterRecordedTurn(db, user.id, interview.id, answer.position))) {
    throw new AppError("CONFLICT", "The interview has already moved past this question.");
  }
  if (input.contentLength !== null && input.contentLength > RECORDING_MAX_BYTES) throw tooLarge();
  if (!input.body) throw empty();
  const { head, stream } = await peekHead(input.body, 64);
  if (head.byteLength === 0) throw empty();
  const kind = sniffAudio(head);
  if (!kind) {
    await stream.cancel().catch(() => {});
    throw new AppError("UNSUPPORTED_TYPE", "This is not an audio recording we can read (WebM, WAV, Ogg or MP4).");
  }
  if (kind === "wav") {
    const check = checkWavHeader(head, input.contentLength);
    if (!check.ok) {
      await stream.cancel().catch(() => {});
      throw new AppError(check.status === 413 ? "TOO_LONG" : "CORRUPT_AUDIO", check.message);
    }
  }
  const storageKey = `recordings/${user.id.replace(/[^a-zA-Z0-9_-]/g, "_")}/${crypto.randomUUID()}.${kind}`;
  let size: number;
  try {
    ({ size } = await storage.put(storageKey, stream, { contentType: CONTENT_TYPES[kind], maxBytes: RECORDING_MAX_BYTES }));
  } catch (error) {
    throw isFileTooLarge(error) ? tooLarge() : error;
  }
  const attached = await attachRecording(db, user.id, answer.id, { storageKey, audioBytes: size, keepBrowserTranscript: input.keepBrowserTranscript ?? false });
  if (!attached) {
    await storage.delete(storageKey);
    throw notFound();
  }
  if (attached.replaced) await purgeDeletedFiles(db, storage).catch(() => {});
  // If queueing fails the answer stays "processing" and the sweeper (sweepStuckAnswers) queues it again.
  await deps.enqueue(answer.id).catch(() => {});
  return { answerId: answer.id, status: "processing" };
}

const notFound = () => new AppError("NOT_FOUND", "We couldn't find that question.");
const empty = () => new AppError("VALIDATION_FAILED", "The recording is empty. Record your answer again.");
const tooLarge = () => new AppError("FILE_TOO_LARGE", "The recording is too large (over 25 MB). Keep answers under a few minutes.");
