import { getDb } from "@/drizzle/db";
import { uploadResume } from "@/features/resumeAnalyses/upload";
import { apiError } from "@/lib/apiResponse";
import { aiRateLimitResponse } from "@/lib/apiRoute";
import { getRequestLogger } from "@/lib/requestContext";
import { getCurrentUser } from "@/features/users/currentUser";
import { getStorage } from "@/services/storage";

/**
 * Upload a resume as the raw request body (not multipart), so it streams
 * straight to storage. Name in `x-file-name` (URI-encoded); the type is sniffed.
 */
export async function POST(request: Request, { params }: { params: Promise<{ jobInfoId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const limited = await aiRateLimitResponse(user.id);
  if (limited) return limited;
  const { jobInfoId } = await params;
  let fileName: string | null = null;
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    fileName = null;
  }
  const length = Number(request.headers.get("content-length"));
  return uploadResume(
    { db: await getDb(), storage: getStorage(), user, log: await getRequestLogger() },
    { jobInfoId, fileName, contentLength: Number.isFinite(length) && length > 0 ? length : null, body: request.body },
  );
}
