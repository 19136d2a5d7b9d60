import { getDb } from "@/drizzle/db";
import { uploadRecording } from "@/features/interviews/recording";
import { apiOk } from "@/lib/apiResponse";
import { declaredLength, defineRoute } from "@/server/route";
import { enqueueAnswerAnalysis } from "@/services/queue";
import { getStorage } from "@/services/storage";

/** Upload one recorded answer as the raw body (streamed to storage); answers 202 "processing" at once. */
export const POST = defineRoute({ params: ["interviewId", "answerId"], body: "stream", limit: "ai" }, async ({ request, user, params }) => {
  const accepted = await uploadRecording(
    { db: await getDb(), storage: getStorage(), user, enqueue: enqueueAnswerAnalysis },
    {
      interviewId: params.interviewId,
      answerId: params.answerId,
      contentLength: declaredLength(request),
      body: request.body,
      keepBrowserTranscript: request.headers.get("x-darasa-transcript") === "browser",
    },
  );
  return apiOk(accepted, { status: 202 });
});
