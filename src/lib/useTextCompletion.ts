"use client";

import { useCallback, useRef, useState } from "react";

/**
 * A plain-text completion streamed from a route, as the AI SDK's
 * `useCompletion` with `streamProtocol: "text"` reads it (same request, same
 * states, same results), without the SDK: `@ai-sdk/react` pulls the whole
 * `ai` package and SWR into the page (about 65 kB gzip of first-load
 * JavaScript) for these few lines.
 */

type CompletionRequest = {
  api: string;
  prompt: string;
  /** Given the request as useCompletion makes it: POST, JSON `{ prompt }`, an abort signal. */
  fetch?: typeof fetch;
  setCompletion: (text: string) => void;
  setLoading: (loading: boolean) => void;
  setError: (error: Error | undefined) => void;
  setAbortController: (controller: AbortController | null) => void;
  getAbortController: () => AbortController | null;
};

/**
 * One request: the completion so far after every chunk; resolves to the whole
 * text, `null` when aborted, or `undefined` after a failure (then in `setError`).
 * Updates only while this request is the current one.
 */
export async function requestTextCompletion({
  api,
  prompt,
  fetch: fetchImpl = globalThis.fetch,
  setCompletion,
  setLoading,
  setError,
  setAbortController,
  getAbortController,
}: CompletionRequest): Promise<string | null | undefined> {
  const abortController = new AbortController();
  const isCurrent = () => getAbortController() === abortController;
  try {
    setLoading(true);
    setError(undefined);
    setAbortController(abortController);
    setCompletion("");
    const response = await fetchImpl(api, {
      method: "POST",
      body: JSON.stringify({ prompt }),
      headers: { "Content-Type": "application/json" },
      signal: abortController.signal,
    });
    if (!response.ok) throw new Error((await response.text().catch(() => "")) || "Failed to fetch the chat response.");
    if (!response.body) throw new Error("The response body is empty.");
    let result = "";
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      result += value;
      if (isCurrent()) setCompletion(result);
    }
    return result;
  } catch (error) {
    if ((error as Error)?.name === "AbortError") return null;
    if (isCurrent()) setError(error as Error);
    return undefined;
  } finally {
    if (isCurrent()) {
      setAbortController(null);
      setLoading(false);
    }
  }
}

/** The text streamed so far, the input box's text, loading and error state, and `complete(prompt)`. */
export function useTextCompletion({ api, fetch }: { api: string; fetch?: typeof globalThis.fetch }) {
  const [completion, setCompletion] = useState("");
  const [input, setInput] = useState("");
  const [error, setError] = useState<Error | undefined>(undefined);
  const [isLoading, setLoading] = useState(false);
  const abortController = useRef<AbortController | null>(null);
  const requestId = useRef(0);

  const complete = useCallback(
    (prompt: string) => {
      const id = ++requestId.current;
      return requestTextCompletion({
        api,
        prompt,
        fetch,
        setCompletion: (text) => {
          if (requestId.current === id) setCompletion(text);
        },
        setLoading,
        setError,
        setAbortController: (controller) => {
          abortController.current = controller;
        },
        getAbortController: () => abortController.current,
      });
    },
    [api, fetch],
  );
  const stop = useCallback(() => abortController.current?.abort(), []);

  return { completion, complete, error, input, setInput, isLoading, stop };
}
