import { getDb } from "@/drizzle/db";
import { endConversation } from "@/features/interviews/db";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";

/** Conversation mode: the candidate ends the interview; questions not yet asked are dropped. */
export const POST = defineRoute({ params: ["interviewId"], limit: "write" }, async ({ user, params }) => {
  if (!(await endConversation(await getDb(), user.id, params.interviewId))) throw new AppError("NOT_FOUND", "We couldn't find that interview.");
  return apiOk({ ended: true });
});
