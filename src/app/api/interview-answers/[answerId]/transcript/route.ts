import { getDb } from "@/drizzle/db";
import { saveUserTranscript } from "@/features/interviews/db";
import { TRANSCRIPT_BODY_MAX_BYTES, typedTranscriptSchema } from "@/features/interviews/schemas";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";
import { enqueueAnswerAnalysis } from "@/services/queue";

/** The user types or corrects the transcript; the whole analysis (delivery and content) is re-run in the background. */
export const PUT = defineRoute(
  { params: ["answerId"], input: typedTranscriptSchema, maxBytes: TRANSCRIPT_BODY_MAX_BYTES, limit: "write" },
  async ({ user, input, params }) => {
    if (!(await saveUserTranscript(await getDb(), user.id, params.answerId, input.transcript))) {
      throw new AppError("NOT_FOUND", "We couldn't find an analysed answer to update.");
    }
    await enqueueAnswerAnalysis(params.answerId);
    return apiOk({ status: "processing" }, { status: 202 });
  },
);
