import { chatIdSchema } from "@/features/liveInterviews/schemas";
import { attachLiveChat } from "@/features/liveInterviews/service";
import { liveRouteContext } from "@/features/liveInterviews/routeContext";
import { apiError } from "@/lib/apiResponse";
import { limitUser } from "@/services/protection";

/** Attaches the Hume chat id the browser reports, once Hume has confirmed it. */
export async function POST(request: Request, { params }: { params: Promise<{ interviewId: string }> }) {
  const ctx = await liveRouteContext();
  if (ctx.error) return ctx.error;
  const limit = await limitUser(ctx.user.id, "write");
  if (!limit.allowed) return apiError(limit.status, limit.code, limit.message);
  const body: unknown = await request.json().catch(() => null);
  const parsed = chatIdSchema.safeParse(body);
  if (!parsed.success) return apiError(400, "VALIDATION_FAILED", parsed.error.issues[0]?.message ?? "The request is not valid.");
  const { interviewId } = await params;
  return attachLiveChat(ctx.deps, ctx.user, interviewId, parsed.data.chatId);
}
