import "server-only";
import type { z } from "zod";
import type { User } from "@/drizzle/schema";
import { getCurrentUser } from "@/features/users/currentUser";
import { AppError, messages, type FieldErrors } from "@/lib/errors";
import type { Logger } from "@/lib/logger";
import { limitUser, type UserLimit } from "@/services/protection";

/**
 * What route handlers (route.ts) and server actions (action.ts) share: who
 * the user is, the per-user limit, the parse of the input and what an
 * unexpected error becomes. Everything a feature refuses arrives here as an
 * AppError.
 */

export type Auth = "user" | "public";
export type Limit = UserLimit;
/** A signed-in user for `auth: "user"` (the default), nobody for `auth: "public"`. */
export type UserFor<A extends Auth> = A extends "public" ? null : User;
/** The parsed input when a schema is given, else nothing. */
export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export async function userFor<A extends Auth>(auth: A): Promise<UserFor<A>> {
  if (auth === "public") return null as UserFor<A>;
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", messages.UNAUTHENTICATED);
  return user as UserFor<A>;
}

/** Consumes one point of the user's limit; over it, a RATE_LIMITED (429 with Retry-After) is thrown. */
export async function enforceLimit(user: User | null, limit: Limit | null | undefined): Promise<void> {
  if (!limit || !user) return;
  const decision = await limitUser(user.id, limit);
  if (decision.allowed) return;
  throw new AppError(decision.code, decision.message, { retryAfterSeconds: decision.retryAfterSeconds });
}

/**
 * `safeParse` of untrusted data. A refusal is VALIDATION_FAILED carrying
 * every field's messages; its message is the first issue's (what a JSON
 * client shows), or `fieldsMessage` when the issues belong to fields (a form
 * shows those next to the fields).
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, unsafeData: unknown, options?: { fieldsMessage?: string }): z.output<S> {
  const parsed = schema.safeParse(unsafeData);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string") (fieldErrors[field] ??= []).push(issue.message);
  }
  const hasFields = Object.keys(fieldErrors).length > 0;
  const message = (hasFields ? options?.fieldsMessage : undefined) ?? parsed.error.issues[0]?.message ?? "The request is not valid.";
  throw new AppError("VALIDATION_FAILED", message, hasFields ? { fieldErrors } : undefined);
}

/** An error no one expected: logged in full with the request id, answered with a generic INTERNAL. */
export function unexpected(log: Logger, where: Record<string, unknown>, error: unknown): AppError {
  const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error);
  log.error({ ...where, err }, "request failed");
  return new AppError("INTERNAL", messages.INTERNAL);
}
