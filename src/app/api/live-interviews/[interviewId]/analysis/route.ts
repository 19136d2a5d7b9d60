import { requestLiveAnalysis } from "@/features/liveInterviews/service";
import { liveRouteContext } from "@/features/liveInterviews/routeContext";
import { enqueueLiveInterviewAnalysis } from "@/services/queue";

/** The call ended (or a failed analysis is retried): queue the feedback job. */
export async function POST(_request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const ctx = await liveRouteContext();
  if (ctx.error) return ctx.error;
  const { interviewId } = await params;
  return requestLiveAnalysis(ctx.deps.db, ctx.user, interviewId, enqueueLiveInterviewAnalysis);
}
