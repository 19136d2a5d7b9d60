import { getDb } from "@/drizzle/db";
import { uploadResume } from "@/features/resumeAnalyses/upload";
import { apiOk } from "@/lib/apiResponse";
import { declaredLength, defineRoute } from "@/server/route";
import { getStorage } from "@/services/storage";

/**
 * Upload a resume as the raw request body (not multipart), so it streams
 * straight to storage. Name in `x-file-name` (URI-encoded); the type is sniffed.
 */
export const POST = defineRoute({ params: ["jobInfoId"], body: "stream", limit: "ai" }, async ({ request, user, params, log }) => {
  let fileName: string | null = null;
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    fileName = null;
  }
  const created = await uploadResume(
    { db: await getDb(), storage: getStorage(), user, log },
    { jobInfoId: params.jobInfoId, fileName, contentLength: declaredLength(request), body: request.body },
  );
  return apiOk(created, { status: 201 });
});
