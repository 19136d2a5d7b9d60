import { getDb } from "@/drizzle/db";
import { getRecordedInterviewDocument } from "@/features/interviews/exportDocument";
import { AppError } from "@/lib/errors";
import { exportQuerySchema, exportResponse } from "@/lib/exportResponse";
import { defineRoute } from "@/server/route";

/** A recorded interview or spoken conversation as a Markdown or PDF download: transcripts, measures and feedback per answer. */
export const GET = defineRoute({ params: ["interviewId"], query: exportQuerySchema, limit: "read" }, async ({ user, query, params }) => {
  const doc = await getRecordedInterviewDocument(await getDb(), user.id, params.interviewId);
  if (!doc) throw new AppError("NOT_FOUND", "We couldn't find that interview.");
  return exportResponse(doc.markdown, { title: doc.title, filename: doc.filename, format: query.format });
});
