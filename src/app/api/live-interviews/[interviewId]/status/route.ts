import { getDb } from "@/drizzle/db";
import { getLiveInterviewStatus } from "@/features/liveInterviews/db";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";

/** Metadata only, for polling while the feedback job runs. */
export const GET = defineRoute({ params: ["interviewId"] }, async ({ user, params }) => {
  const status = await getLiveInterviewStatus(await getDb(), user.id, params.interviewId);
  if (!status) throw new AppError("NOT_FOUND", "We couldn't find that interview.");
  return apiOk(status, { headers: { "cache-control": "no-store" } });
});
