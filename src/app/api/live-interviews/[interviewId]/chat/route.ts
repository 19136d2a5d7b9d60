import { chatIdSchema } from "@/features/liveInterviews/schemas";
import { attachLiveChat, liveDeps } from "@/features/liveInterviews/service";
import { apiOk } from "@/lib/apiResponse";
import { defineRoute } from "@/server/route";

/** Attaches the Hume chat id the browser reports, once Hume has confirmed it. */
export const POST = defineRoute({ params: ["interviewId"], input: chatIdSchema, limit: "write" }, async ({ user, input, params, log }) => {
  return apiOk(await attachLiveChat(await liveDeps(log), user, params.interviewId, input.chatId));
});
