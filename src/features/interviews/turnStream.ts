import type { NextTurn } from "./conversation";

/**
 * The wire format of a conversation turn (POST …/answers/:answerId/next):
 * newline-delimited JSON events, shared by the route and the browser.
 */
export const TURN_STREAM_TYPE = "application/x-ndjson; charset=utf-8";

export type TurnEvent = { type: "say"; text: string } | { type: "next"; next: NextTurn } | { type: "error"; message: string };

export const encodeTurnEvent = (event: TurnEvent) => `${JSON.stringify(event)}\n`;

/** Reads turn events from a response body as they arrive. */
export async function* readTurnEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<TurnEvent> {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as TurnEvent;
      newline = buffer.indexOf("\n");
    }
    if (done) break;
  }
  if (buffer.trim()) yield JSON.parse(buffer) as TurnEvent;
}
