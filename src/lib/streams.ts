/** Reads the first bytes of a stream for sniffing and gives back a stream of the whole content. */
export async function peekHead(body: ReadableStream<Uint8Array>, bytes: number) {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await reader.read();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  const head = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    head.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.byteLength) controller.enqueue(head);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head, stream };
}

/**
 * Waits for a model's first text so a model that fails up front can get a
 * clean error response instead of an empty 200. Returns null when the stream
 * ended (or failed) before any text, else a byte stream of all the text. If
 * the client goes away, the rest is still read, so the result can be saved.
 */
export async function textBodyAfterFirstChunk(textStream: ReadableStream<string>): Promise<ReadableStream<Uint8Array> | null> {
  const reader = textStream.getReader();
  let first: ReadableStreamReadResult<string>;
  try {
    first = await reader.read();
  } catch {
    first = { done: true, value: undefined };
  }
  if (first.done && !first.value) return null;
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      void (async () => {
        for (;;) if ((await reader.read()).done) break;
      })().catch(() => {});
    },
  });
}
