import { getDb } from "@/drizzle/db";
import { getLiveInterviewDocument } from "@/features/liveInterviews/exportDocument";
import { AppError } from "@/lib/errors";
import { exportQuerySchema, exportResponse } from "@/lib/exportResponse";
import { defineRoute } from "@/server/route";

/** A live interview as a Markdown or PDF download. */
export const GET = defineRoute({ params: ["interviewId"], query: exportQuerySchema, limit: "read" }, async ({ user, query, params }) => {
  const doc = await getLiveInterviewDocument(await getDb(), user.id, params.interviewId);
  if (!doc) throw new AppError("NOT_FOUND", "We couldn't find that interview.");
  return exportResponse(doc.markdown, { title: doc.title, filename: doc.filename, format: query.format });
});
