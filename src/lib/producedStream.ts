/**
 * How an AI result travels to the browser together with who produced it.
 * The server decides the producer (an LLM, or the offline insights engine)
 * and says so before the first token: in headers for plain-text streams, and
 * in the events of a structured stream, where a fallback can take over after
 * an invalid answer. Shared by the route code and the browser.
 */

export type ProducerKind = "llm" | "insights";
export type ProducerInfo = { kind: ProducerKind; label: string };

export const PRODUCER_HEADER = "x-darasa-producer";
export const PRODUCER_LABEL_HEADER = "x-darasa-producer-label";
export const PRODUCED_EVENTS_TYPE = "application/x-ndjson; charset=utf-8";

/**
 * One line of a structured stream. `start` opens an attempt (the browser
 * drops what an earlier attempt showed), `delta` is raw JSON text of the
 * attempt's object, `done` carries the validated object, `error` ends a
 * stream whose every producer failed.
 */
export type ProducedEvent =
  | { type: "start"; producer: ProducerInfo; replacing: boolean }
  | { type: "delta"; text: string }
  | { type: "done"; object: unknown }
  | { type: "error"; message: string };

export function encodeEvent(event: ProducedEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Header values are ByteStrings: the label is percent-encoded. */
export function producerHeaders(producer: ProducerInfo): Record<string, string> {
  return { [PRODUCER_HEADER]: producer.kind, [PRODUCER_LABEL_HEADER]: encodeURIComponent(producer.label) };
}

export function producerFromHeaders(headers: Headers): ProducerInfo | null {
  const kind = headers.get(PRODUCER_HEADER);
  if (kind !== "llm" && kind !== "insights") return null;
  let label = "";
  try {
    label = decodeURIComponent(headers.get(PRODUCER_LABEL_HEADER) ?? "");
  } catch {
    // a mangled label is shown as none
  }
  return { kind, label };
}

function isEvent(value: unknown): value is ProducedEvent {
  if (!value || typeof value !== "object") return false;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case "start": {
      const producer = event.producer as Record<string, unknown> | undefined;
      return (producer?.kind === "llm" || producer?.kind === "insights") && typeof producer.label === "string";
    }
    case "delta":
      return typeof event.text === "string";
    case "done":
      return "object" in event;
    case "error":
      return typeof event.message === "string";
    default:
      return false;
  }
}

/** Reads a structured stream line by line; lines that are not events are skipped. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ProducedEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  const parse = (line: string): ProducedEvent | null => {
    if (!line.trim()) return null;
    try {
      const value: unknown = JSON.parse(line);
      return isEvent(value) ? value : null;
    } catch {
      return null;
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const event = parse(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      if (event) yield event;
      newline = buffered.indexOf("\n");
    }
  }
  const last = parse(buffered + decoder.decode());
  if (last) yield last;
}
