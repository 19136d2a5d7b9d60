import { getDb } from "@/drizzle/db";
import { markForRetry } from "@/features/interviews/db";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";
import { enqueueAnswerAnalysis } from "@/services/queue";

/** Re-queues a failed analysis (the recording is kept). */
export const POST = defineRoute({ params: ["answerId"], limit: "write" }, async ({ user, params }) => {
  if (!(await markForRetry(await getDb(), user.id, params.answerId))) throw new AppError("NOT_FOUND", "There is no failed analysis to retry here.");
  await enqueueAnswerAnalysis(params.answerId);
  return apiOk({ status: "processing" }, { status: 202 });
});
