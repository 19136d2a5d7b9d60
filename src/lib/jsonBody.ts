import { AppError } from "./errors";

/**
 * Reads a JSON request body safely: only `application/json` (a cross-site
 * form or `text/plain` post is refused, so no CSRF without a preflight),
 * counted while it arrives (a missing or false Content-Length cannot make
 * it unbounded) and parsed once. Returns the value; a refusal is thrown as
 * an AppError (415, 413 or 400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_TYPE", "Send the request as JSON (Content-Type: application/json).");
  }
  const tooLarge = () => new AppError("FILE_TOO_LARGE", `The request is too large (over ${Math.round(maxBytes / 1024)} KB).`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) throw new AppError("VALIDATION_FAILED", "The request body is empty.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body is not valid UTF-8 text.");
  }
  // A NUL character is never text a person wrote (and Postgres refuses it in text columns).
  if (text.includes("\u0000") || text.includes("\\u0000")) {
    throw new AppError("VALIDATION_FAILED", "The request contains characters that are not text.");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body is not valid JSON.");
  }
}
