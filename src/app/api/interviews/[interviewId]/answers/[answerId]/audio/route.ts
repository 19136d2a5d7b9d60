import { getDb } from "@/drizzle/db";
import { uploadRecording } from "@/features/interviews/recording";
import { apiError } from "@/lib/apiResponse";
import { aiRateLimitResponse } from "@/lib/apiRoute";
import { getCurrentUser } from "@/features/users/currentUser";
import { enqueueAnswerAnalysis } from "@/services/queue";
import { getStorage } from "@/services/storage";

/** Upload one recorded answer as the raw body (streamed to storage); answers 202 "processing" at once. */
export async function POST(request: Request, { params }: { params: Promise<{ interviewId: string; answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const limited = await aiRateLimitResponse(user.id);
  if (limited) return limited;
  const { interviewId, answerId } = await params;
  const length = Number(request.headers.get("content-length"));
  return uploadRecording(
    { db: await getDb(), storage: getStorage(), user, enqueue: enqueueAnswerAnalysis },
    {
      interviewId,
      answerId,
      contentLength: Number.isFinite(length) && length > 0 ? length : null,
      body: request.body,
      keepBrowserTranscript: request.headers.get("x-darasa-transcript") === "browser",
    },
  );
}
