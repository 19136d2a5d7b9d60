import { getDb } from "@/drizzle/db";
import { getInterview, listAnswerSummaries } from "@/features/interviews/db";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/** Polled by the interview page while answers are processing: metadata only. */
export const GET = defineRoute({ params: ["interviewId"] }, async ({ user, params }) => {
  const db = await getDb();
  const interview = await getInterview(db, user.id, params.interviewId);
  if (!interview) throw new AppError("NOT_FOUND", "We couldn't find that interview.");
  return apiOk({ status: interview.status, answers: await listAnswerSummaries(db, user.id, interview.id) });
});
