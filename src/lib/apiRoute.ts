import "server-only";
import type { z } from "zod";
import type { User } from "@/drizzle/schema";
import { getCurrentUser } from "@/features/users/currentUser";
import { limitUser } from "@/services/protection";
import { apiError } from "./apiResponse";
import { readJsonBody } from "./jsonBody";

/** AI requests carry a difficulty, an answer (≤ 10,000 characters) or a coach message: 64 KB is ample. */
const AI_REQUEST_MAX_BYTES = 64 * 1024;

/**
 * The common start of an AI route handler: who is asking, is the body JSON
 * (Content-Type checked, size counted) and valid, and is the user within
 * their AI rate limit. Returns either the
 * inputs or the error response to send.
 */
export async function beginAiRequest<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ user: User; input: z.infer<S>; error?: undefined } | { error: Response; user?: undefined; input?: undefined }> {
  const user = await getCurrentUser();
  if (!user) return { error: apiError(401, "UNAUTHENTICATED", "Please sign in to continue.") };
  const body = await readJsonBody(request, AI_REQUEST_MAX_BYTES);
  if (!body.ok) return { error: body.response };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "The request is not valid.";
    return { error: apiError(400, "VALIDATION_FAILED", message) };
  }
  const limited = await aiRateLimitResponse(user.id);
  if (limited) return { error: limited };
  return { user, input: parsed.data };
}

/** The 429 to send when the user is over their AI/costly-work rate limit, else null. */
export async function aiRateLimitResponse(userId: string): Promise<Response | null> {
  const limit = await limitUser(userId, "ai");
  if (limit.allowed) return null;
  const headers = limit.retryAfterSeconds ? { "retry-after": String(Math.ceil(limit.retryAfterSeconds)) } : undefined;
  return apiError(limit.status, limit.code, limit.message, { headers });
}
