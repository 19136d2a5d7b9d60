import { getDb } from "@/drizzle/db";
import { getJobPreparationDocument } from "@/features/jobInfos/preparationExport";
import { AppError } from "@/lib/errors";
import { exportQuerySchema, exportResponse } from "@/lib/exportResponse";
import { defineRoute } from "@/server/route";

/** A job's whole preparation — questions with feedback, resume checks, interviews, progress — as Markdown or PDF. */
export const GET = defineRoute({ params: ["jobInfoId"], query: exportQuerySchema, limit: "read" }, async ({ user, query, params }) => {
  const doc = await getJobPreparationDocument(await getDb(), user.id, params.jobInfoId);
  if (!doc) throw new AppError("NOT_FOUND", "We couldn't find that job.");
  return exportResponse(doc.markdown, { title: doc.title, filename: doc.filename, format: query.format });
});
