import { getDb } from "@/drizzle/db";
import { saveUserTranscript } from "@/features/interviews/db";
import { TRANSCRIPT_BODY_MAX_BYTES, typedTranscriptSchema } from "@/features/interviews/schemas";
import { apiError, apiOk } from "@/lib/apiResponse";
import { readJsonBody } from "@/lib/jsonBody";
import { getCurrentUser } from "@/features/users/currentUser";
import { enqueueAnswerAnalysis } from "@/services/queue";

/** The user types or corrects the transcript; the whole analysis (delivery and content) is re-run in the background. */
export async function PUT(request: Request, { params }: { params: Promise<{ answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const body = await readJsonBody(request, TRANSCRIPT_BODY_MAX_BYTES);
  if (!body.ok) return body.response;
  const parsed = typedTranscriptSchema.safeParse(body.value);
  if (!parsed.success) return apiError(400, "VALIDATION_FAILED", parsed.error.issues[0]?.message ?? "Invalid transcript.");
  const { answerId } = await params;
  if (!(await saveUserTranscript(await getDb(), user.id, answerId, parsed.data.transcript))) {
    return apiError(404, "NOT_FOUND", "We couldn't find an analysed answer to update.");
  }
  await enqueueAnswerAnalysis(answerId);
  return apiOk({ status: "processing" }, { status: 202 });
}
