/** A span of bytes, both ends inclusive (`end` ≥ `start`). */
export type ByteRange = { start: number; end: number };

/** Where user files live: a local data folder by default, S3-compatible storage when configured. */
export interface ObjectStorage {
  readonly kind: "local" | "s3";
  /**
   * Streams `body` into `key`. Rejects with FileTooLargeError past `maxBytes`;
   * on any failure nothing is left behind under `key`.
   */
  put(key: string, body: ReadableStream<Uint8Array>, options: { contentType: string; maxBytes: number }): Promise<{ size: number }>;
  get(key: string): Promise<Uint8Array>;
  /** The object's size in bytes, or null when there is no object under `key`. */
  stat(key: string): Promise<{ size: number } | null>;
  /**
   * The object's bytes as a stream, never buffered whole: all of it, or only
   * `range` (both ends inclusive, as in HTTP; the caller keeps it within the size).
   */
  getStream(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  delete(key: string): Promise<void>;
}

export class FileTooLargeError extends Error {
  override name = "FileTooLargeError";
}

/**
 * By name, not `instanceof`: the storage singleton may have been created by
 * another server bundle (the worker's), whose copy of the class differs.
 */
export function isFileTooLarge(error: unknown): boolean {
  return error instanceof Error && error.name === "FileTooLargeError";
}

/** Counts bytes as they pass and fails the stream once past the limit. */
export function limitBytes(maxBytes: number): TransformStream<Uint8Array, Uint8Array> & { readonly size: () => number } {
  let size = 0;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > maxBytes) controller.error(new FileTooLargeError(`File is larger than ${maxBytes} bytes`));
      else controller.enqueue(chunk);
    },
  });
  return Object.assign(stream, { size: () => size });
}
