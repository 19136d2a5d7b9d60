"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { boundedDraft, type DraftSchema } from "./boundedDraft";
import { parsePartialJson } from "./partialJson";
import { producerFromHeaders, readEvents, type ProducerInfo, type ProducerKind } from "./producedStream";

export type ApiFailure = { code: string; message: string };

/** Each producer's schema as `draftSchemaOf` (lib/draftSchema.ts) gives it, passed by the page. */
export type ProducerDrafts = Record<ProducerKind, DraftSchema>;

const NETWORK_FAILURE: ApiFailure = { code: "NETWORK", message: "The connection dropped while the result was written. Please try again." };

/** The `{ error: { code, message } }` envelope of a failed API response. */
export async function readApiFailure(response: Response): Promise<ApiFailure> {
  try {
    const body = (await response.json()) as { error?: ApiFailure };
    if (body.error) return body.error;
  } catch {
    // not JSON
  }
  return { code: "INTERNAL", message: "Something went wrong. Please try again." };
}

/**
 * Posts to a route that streams a structured result (lib/producedStream.ts)
 * and shows it as it is written, labelled with the producer the server
 * named. While it streams, the object is cut to that producer's schema
 * (lib/boundedDraft.ts), so no out-of-range value is shown; when the server
 * replaces an unusable answer with the next producer's, the view follows.
 * The schemas come as JSON Schema from the server (lib/draftSchema.ts), so
 * the browser loads no zod.
 */
export function useProducedObject<T>({
  api,
  drafts,
  onFinish,
}: {
  api: string;
  drafts: ProducerDrafts;
  onFinish?: (object: T, producer: ProducerInfo) => void;
}) {
  const [producer, setProducer] = useState<ProducerInfo | null>(null);
  const [object, setObject] = useState<unknown>(undefined);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [isLoading, setLoading] = useState(false);
  const finish = useRef(onFinish);
  useEffect(() => {
    finish.current = onFinish;
  });

  const submit = useCallback(
    async (body: unknown) => {
      setLoading(true);
      setFailure(null);
      setObject(undefined);
      setProducer(null);
      try {
        const response = await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        if (!response.ok || !response.body) {
          setFailure(await readApiFailure(response));
          return;
        }
        // Named by the server before the first token.
        let current = producerFromHeaders(response.headers);
        setProducer(current);
        let text = "";
        let finished = false;
        for await (const event of readEvents(response.body)) {
          if (event.type === "start") {
            current = event.producer;
            text = "";
            setProducer(current);
            setObject(undefined);
          } else if (event.type === "delta" && current) {
            text += event.text;
            const { value } = parsePartialJson(text);
            if (value !== undefined) setObject(boundedDraft(drafts[current.kind], value));
          } else if (event.type === "done" && current) {
            finished = true;
            setObject(boundedDraft(drafts[current.kind], event.object));
            finish.current?.(event.object as T, current);
          } else if (event.type === "error") {
            finished = true;
            setObject(undefined);
            setProducer(null);
            setFailure({ code: "AI_UNAVAILABLE", message: event.message });
          }
        }
        if (!finished) setFailure(NETWORK_FAILURE);
      } catch {
        setFailure(NETWORK_FAILURE);
      } finally {
        setLoading(false);
      }
    },
    [api, drafts],
  );

  return { object, producer, failure, isLoading, submit };
}
