import { z } from "zod";
import { getDb } from "@/drizzle/db";
import { saveUserTranscript } from "@/features/interviews/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import { getCurrentUser } from "@/services/auth";
import { enqueueAnswerAnalysis } from "@/services/queue";

const transcriptSchema = z.object({
  transcript: z.string().trim().min(1, "Type what you said.").max(20_000, "Keep the transcript under 20,000 characters."),
});

/** The user types or corrects the transcript; transcript-based metrics are recomputed in the background. */
export async function PUT(request: Request, { params }: { params: Promise<{ answerId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const parsed = transcriptSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return apiError(400, "VALIDATION_FAILED", parsed.error.issues[0]?.message ?? "Invalid transcript.");
  const { answerId } = await params;
  if (!(await saveUserTranscript(await getDb(), user.id, answerId, parsed.data.transcript))) {
    return apiError(404, "NOT_FOUND", "We couldn't find an analysed answer to update.");
  }
  await enqueueAnswerAnalysis(answerId);
  return apiOk({ status: "processing" }, { status: 202 });
}
