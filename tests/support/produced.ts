import { producerFromHeaders, readEvents, type ProducedEvent, type ProducerInfo } from "@/lib/producedStream";

/** A structured stream (lib/producedStream.ts) read to the end, as the browser reads it. */
export type ReadProduced = {
  events: ProducedEvent[];
  /** Who the response headers named before the first event. */
  header: ProducerInfo | null;
  /** Each attempt that wrote something, in order. */
  starts: { producer: ProducerInfo; replacing: boolean }[];
  /** The raw text each attempt streamed, aligned with `starts`. */
  texts: string[];
  /** The validated object of the `done` event, if any. */
  object: unknown;
  error: string | undefined;
};

export async function readProduced(response: Response): Promise<ReadProduced> {
  const header = producerFromHeaders(response.headers);
  const events: ProducedEvent[] = [];
  for await (const event of readEvents(response.body!)) events.push(event);
  const starts: ReadProduced["starts"] = [];
  const texts: string[] = [];
  let object: unknown;
  let error: string | undefined;
  for (const event of events) {
    if (event.type === "start") {
      starts.push({ producer: event.producer, replacing: event.replacing });
      texts.push("");
    } else if (event.type === "delta") texts[texts.length - 1] += event.text;
    else if (event.type === "done") object = event.object;
    else error = event.message;
  }
  return { events, header, starts, texts, object, error };
}
