import { getDb } from "@/drizzle/db";
import { checkTurn, continueConversation } from "@/features/interviews/conversation";
import { encodeTurnEvent, TURN_STREAM_TYPE, type TurnEvent } from "@/features/interviews/turnStream";
import { AppError } from "@/lib/errors";
import { getProducers } from "@/services/ai";
import { defineRoute } from "@/server/route";

/**
 * Conversation mode: the candidate finished this turn (its audio is
 * uploaded); the server answers with what the interviewer says next, as
 * newline-delimited JSON: `say` events carry a follow-up sentence by sentence
 * while it is written (the browser speaks the first at once), then one `next`
 * event with the turn (a follow-up, the next question, or null at the end).
 * Refusals (404, 409, 429) come before the stream, in the JSON envelope.
 */
export const POST = defineRoute({ params: ["interviewId", "answerId"], limit: "ai" }, async ({ user, params, log }) => {
  const deps = { db: await getDb(), user, producers: getProducers(user.aiProvider), log };
  const checked = await checkTurn(deps, params);
  if (!checked.ok) throw new AppError(checked.code, checked.message);

  const encoder = new TextEncoder();
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: TurnEvent) => open && controller.enqueue(encoder.encode(encodeTurnEvent(event)));
      try {
        const next = await continueConversation(deps, checked, (text) => send({ type: "say", text }));
        send({ type: "next", next });
      } catch (error) {
        log.error({ err: (error as Error).message }, "conversation turn failed");
        send({ type: "error", message: "The interviewer could not continue. Try again." });
      }
      if (open) controller.close();
    },
    cancel() {
      // The browser went away: the follow-up is still written and saved, so a reload resumes at it.
      open = false;
    },
  });
  return new Response(body, { headers: { "content-type": TURN_STREAM_TYPE, "cache-control": "no-store", "x-content-type-options": "nosniff" } });
});
