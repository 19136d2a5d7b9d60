import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { appErrorResponse } from "@/lib/apiResponse";
import { isAppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/jsonBody";
import type { Logger } from "@/lib/logger";
import { getRequestLogger } from "@/lib/requestContext";
import { enforceLimit, parseOrThrow, unexpected, userFor, type Auth, type Limit, type Parsed, type UserFor } from "./boundary";

/** JSON bodies: a difficulty, an answer (≤ 10,000 characters), a coach message or a chat id. 64 KB is ample. */
export const JSON_BODY_MAX_BYTES = 64 * 1024;

const ROUTE_TAG = Symbol.for("darasa.route");

export type RouteOptions<K extends string, S extends z.ZodType | undefined, Q extends z.ZodType | undefined, A extends Auth> = {
  /** `"user"` (default): a signed-in user or 401. `"public"`: no user (health, signed webhooks). */
  auth?: A;
  /** The dynamic segments of the route's folder, handed to the handler as strings. */
  params?: readonly K[];
  /**
   * `"json"` (the default when `input` is given): the body is read with
   * readJsonBody (JSON only, size counted, 415/413/400) and parsed with
   * `input`. `"stream"`: the handler reads `request.body` itself, unbuffered
   * (uploads, signed webhooks). `"none"`: no body.
   */
  body?: "json" | "stream" | "none";
  /** Schema of the JSON body (400 VALIDATION_FAILED with the first issue's message). */
  input?: S;
  /** Schema of the query string (its parameters as strings). */
  query?: Q;
  /** Largest JSON body accepted (default 64 KB). */
  maxBytes?: number;
  /** The user's rate limit this request spends a point of (429 with Retry-After when over). */
  limit?: Limit | null;
};

export type RouteContext<K extends string, S, Q, A extends Auth> = {
  request: Request;
  user: UserFor<A>;
  input: Parsed<S>;
  query: Parsed<Q>;
  params: Record<K, string>;
  log: Logger;
};

/** Next.js passes the route's dynamic segments as a promise. */
type SegmentContext = { params?: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler = ((request: Request, context?: SegmentContext) => Promise<Response>) & { readonly [ROUTE_TAG]: true };

/**
 * The one way a route handler is built. In order: the user (401), the JSON
 * body and its schema or the query's (415/413/400), the per-user limit (429),
 * then the handler with the route's params. What the handler throws: an
 * AppError becomes its status and the envelope `{ success: false, error }`;
 * anything else is logged with the request id and answered 500 INTERNAL
 * without details. Next.js's own control flow (redirects, dynamic-rendering
 * bail-outs) passes through.
 */
export function defineRoute<
  const K extends string = never,
  S extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  A extends Auth = "user",
>(options: RouteOptions<K, S, Q, A>, handler: (context: RouteContext<K, S, Q, A>) => Promise<Response>): RouteHandler {
  const auth = (options.auth ?? "user") as A;
  const body = options.body ?? (options.input ? "json" : "none");
  if (auth === "public" && options.limit) throw new Error('defineRoute: a per-user limit needs auth: "user"');
  if (Boolean(options.input) !== (body === "json")) throw new Error("defineRoute: `input` is the schema of a JSON body (use `query` for the query string)");

  const route = async (request: Request, context?: SegmentContext): Promise<Response> => {
    const log = await getRequestLogger();
    try {
      const user = await userFor(auth);
      const input = (
        options.input ? parseOrThrow(options.input, await readJsonBody(request, options.maxBytes ?? JSON_BODY_MAX_BYTES)) : undefined
      ) as Parsed<S>;
      const query = (options.query ? parseOrThrow(options.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined) as Parsed<Q>;
      await enforceLimit(user, options.limit);
      const params = await segmentParams(options.params ?? [], context);
      return await handler({ request, user, input, query, params, log });
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return appErrorResponse(error);
      return appErrorResponse(unexpected(log, { method: request.method, path: new URL(request.url).pathname }, error));
    }
  };
  return Object.defineProperty(route, ROUTE_TAG, { value: true }) as RouteHandler;
}

async function segmentParams<K extends string>(names: readonly K[], context: SegmentContext | undefined): Promise<Record<K, string>> {
  const given = (await context?.params) ?? {};
  const params = {} as Record<K, string>;
  for (const name of names) {
    const value = given[name];
    // The names are the folder's own: a mismatch is a bug, not a bad request.
    if (typeof value !== "string") throw new Error(`route parameter "${name}" is missing`);
    params[name] = value;
  }
  return params;
}

/** Whether a module export was built by defineRoute (the boundary test checks every route). */
export function isBoundaryRoute(value: unknown): boolean {
  return typeof value === "function" && (value as Partial<RouteHandler>)[ROUTE_TAG] === true;
}

/** The declared Content-Length of an upload, when it is a positive number. */
export function declaredLength(request: Request): number | null {
  const length = Number(request.headers.get("content-length"));
  return Number.isFinite(length) && length > 0 ? length : null;
}
