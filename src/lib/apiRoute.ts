import "server-only";
import type { z } from "zod";
import type { User } from "@/drizzle/schema";
import { getCurrentUser } from "@/services/auth";
import { limitUser } from "@/services/protection";
import { apiError } from "./apiResponse";

/**
 * The common start of an AI route handler: who is asking, is the JSON body
 * valid, and is the user within their AI rate limit. Returns either the
 * inputs or the error response to send.
 */
export async function beginAiRequest<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ user: User; input: z.infer<S>; error?: undefined } | { error: Response; user?: undefined; input?: undefined }> {
  const user = await getCurrentUser();
  if (!user) return { error: apiError(401, "UNAUTHENTICATED", "Please sign in to continue.") };
  let unsafeData: unknown;
  try {
    unsafeData = await request.json();
  } catch {
    return { error: apiError(400, "VALIDATION_FAILED", "The request body must be JSON.") };
  }
  const parsed = schema.safeParse(unsafeData);
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
