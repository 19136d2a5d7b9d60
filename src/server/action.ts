import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAppError, messages } from "@/lib/errors";
import { formDataToObject } from "@/lib/formData";
import type { Logger } from "@/lib/logger";
import { getRequestLogger } from "@/lib/requestContext";
import { failWith, ok, type ActionResult } from "@/lib/result";
import { enforceLimit, parseOrThrow, unexpected, userFor, type Auth, type Limit, type Parsed, type UserFor } from "./boundary";

const ACTION_TAG = Symbol.for("darasa.action");

export type ActionOptions<S extends z.ZodType | undefined, A extends Auth> = {
  /** Named in the log line of an unexpected failure. */
  name: string;
  /** `"user"` (default): a signed-in user or UNAUTHENTICATED. `"public"`: sign-in and sign-up. */
  auth?: A;
  /** Schema of the form's text fields (formDataToObject: CRLF → LF, NUL dropped, `$ACTION…` fields left out). */
  input?: S;
  /** The user's rate limit this action spends a point of (RATE_LIMITED when over). */
  limit?: Limit | null;
};

export type ActionContext<S, A extends Auth> = { user: UserFor<A>; input: Parsed<S>; formData: FormData; log: Logger };

/** A server action as `useActionState` calls it: `(previous state, form data) → next state`. */
export type FormAction<T> = ((previous?: unknown, formData?: FormData) => Promise<ActionResult<T>>) & { readonly [ACTION_TAG]: true };

/**
 * The one way a server action is built. In order: the user, the form's
 * fields through the schema (VALIDATION_FAILED with every field's messages),
 * the per-user limit, then the handler, whose value is sent as
 * `{ success: true, data }`. An AppError it throws becomes
 * `{ success: false, error }`; anything else is logged with the request id
 * and answered INTERNAL without details. redirect() and notFound() pass
 * through (`unstable_rethrow`).
 */
export function defineAction<T, S extends z.ZodType | undefined = undefined, A extends Auth = "user">(
  options: ActionOptions<S, A>,
  handler: (context: ActionContext<S, A>) => Promise<T>,
): FormAction<T> {
  const auth = (options.auth ?? "user") as A;
  if (auth === "public" && options.limit) throw new Error('defineAction: a per-user limit needs auth: "user"');

  const action = async (_previous?: unknown, formData: FormData = new FormData()): Promise<ActionResult<T>> => {
    const log = await getRequestLogger();
    try {
      const user = await userFor(auth);
      const input = (options.input ? parseForm(options.input, formData) : undefined) as Parsed<S>;
      await enforceLimit(user, options.limit);
      return ok(await handler({ user, input, formData, log }));
    } catch (error) {
      unstable_rethrow(error); // redirects and notFound are control flow, not failures
      if (isAppError(error)) return failWith(error);
      return failWith(unexpected(log, { action: options.name }, error));
    }
  };
  return Object.defineProperty(action, ACTION_TAG, { value: true }) as FormAction<T>;
}

/**
 * A form's text fields through a schema, as defineAction's `input` does
 * (for an action whose schema depends on configuration): VALIDATION_FAILED
 * with every field's messages when refused.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): z.output<S> {
  return parseOrThrow(schema, formDataToObject(formData), { fieldsMessage: messages.VALIDATION_FAILED });
}

/** Whether a module export was built by defineAction (the boundary test checks every action). */
export function isBoundaryAction(value: unknown): boolean {
  return typeof value === "function" && (value as Partial<FormAction<unknown>>)[ACTION_TAG] === true;
}
