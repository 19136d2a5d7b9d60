import { startLiveInterview } from "@/features/liveInterviews/service";
import { liveRouteContext } from "@/features/liveInterviews/routeContext";
import { aiRateLimitResponse } from "@/lib/apiRoute";

/** Creates the interview record and mints the browser's short-lived Hume token. */
export async function POST(_request: Request, { params }: { params: Promise<{ jobInfoId: string }> }) {
  const ctx = await liveRouteContext();
  if (ctx.error) return ctx.error;
  const limited = await aiRateLimitResponse(ctx.user.id);
  if (limited) return limited;
  const { jobInfoId } = await params;
  return startLiveInterview(ctx.deps, ctx.user, jobInfoId);
}
