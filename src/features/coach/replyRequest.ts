import { producerFromHeaders, type ProducerKind } from "@/lib/producedStream";

/**
 * The coach's reply request as `useTextCompletion` (lib/useTextCompletion.ts,
 * the AI SDK's `useCompletion` text protocol) makes it, adapted to the route's
 * contract: the hook posts `{ prompt }`, the route (POST
 * /api/job-infos/[jobInfoId]/coach) takes `{ message }`, names the producer in
 * its headers before the first word, and refuses with the JSON error envelope
 * `{ success: false, error: { code, message } }`.
 */

/** A refusal the route explained; its message is shown as it is. */
export class CoachRefusal extends Error {
  override name = "CoachRefusal";
}

export const COACH_UNAVAILABLE = "The coach could not answer. Try again.";
export const COACH_UNREACHABLE = "The server could not be reached. Your message may not have been sent; try again.";

/** A `fetch` for useTextCompletion: sends `{ message }`, reports who replies, and turns a refusal into a CoachRefusal. */
export function coachReplyFetch(onProducer: (kind: ProducerKind | null) => void): typeof fetch {
  return async (input, init) => {
    const { prompt } = JSON.parse(String(init?.body)) as { prompt: string };
    const response = await fetch(input, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: prompt }),
      signal: init?.signal,
    });
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
      throw new CoachRefusal(typeof body?.error?.message === "string" ? body.error.message : COACH_UNAVAILABLE);
    }
    onProducer(producerFromHeaders(response.headers)?.kind ?? null);
    return response;
  };
}

/** What the alert says about useTextCompletion's error: the route's own message, or that the connection failed (also mid-reply). */
export function coachErrorMessage(error: Error): string {
  return error instanceof CoachRefusal ? error.message : COACH_UNREACHABLE;
}
