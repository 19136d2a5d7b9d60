import { liveDeps, requestLiveAnalysis } from "@/features/liveInterviews/service";
import { apiOk } from "@/lib/apiResponse";
import { defineRoute } from "@/server/route";
import { enqueueLiveInterviewAnalysis } from "@/services/queue";

/** The call ended (or a failed analysis is retried): queue the feedback job. */
export const POST = defineRoute({ params: ["interviewId"], limit: "write" }, async ({ user, params, log }) => {
  const { db } = await liveDeps(log);
  return apiOk(await requestLiveAnalysis(db, user, params.interviewId, enqueueLiveInterviewAnalysis), { status: 202 });
});
