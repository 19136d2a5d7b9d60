import { redirect } from "next/navigation";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { DatabaseHandle } from "@/drizzle/client";
import { openDatabase } from "@/drizzle/client";
import type { User } from "@/drizzle/schema";
import { apiOk } from "@/lib/apiResponse";
import { AppError, messages } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { defineAction, isBoundaryAction } from "@/server/action";
import { defineRoute, isBoundaryRoute } from "@/server/route";

/**
 * The request boundary (src/server/route.ts, src/server/action.ts) with the
 * real JSON reader, zod and the real per-user limiter on an in-memory
 * PGlite. Stubbed: who is signed in (no session cookie outside Next) and the
 * request headers (so the request id can be checked in the log).
 */
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/features/users/currentUser", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "req-boundary-1" }) }));

type G = typeof globalThis & { __darasaDatabase?: Promise<DatabaseHandle>; __darasaLimiters?: Map<string, unknown> };
const g = globalThis as G;
let handle: DatabaseHandle;
let users = 0;

/** A fresh signed-in user (limits are per user). */
function signIn(): User {
  users += 1;
  session.user = { id: `user_boundary_${users}`, name: "Ada", plan: "free" } as User;
  return session.user;
}

/** What the request logger (a child of `logger` carrying the request id) was asked to log. */
function captureLogs() {
  const lines: { bindings: Record<string, unknown>; entry: Record<string, unknown>; msg: string }[] = [];
  const child = (bindings: Record<string, unknown>) => {
    const record = (entry: Record<string, unknown>, msg: string) => void lines.push({ bindings, entry, msg });
    return { error: record, warn: record, info: record };
  };
  vi.spyOn(logger, "child").mockImplementation(child as unknown as typeof logger.child);
  return lines;
}

const post = (body: string, type = "application/json", url = "http://localhost/api/thing") =>
  new Request(url, { method: "POST", body, headers: { "content-type": type } });
const json = async (response: Response) =>
  (await response.json()) as { success: boolean; data?: unknown; error?: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

beforeAll(async () => {
  handle = await openDatabase({ kind: "pglite" });
  g.__darasaDatabase = Promise.resolve(handle);
  g.__darasaLimiters = undefined;
}, 60_000);
afterAll(async () => {
  g.__darasaDatabase = undefined;
  g.__darasaLimiters = undefined;
  await handle?.close();
});
beforeEach(() => {
  session.user = null;
  vi.restoreAllMocks();
});

describe("defineRoute", () => {
  const echo = defineRoute(
    { params: ["jobInfoId"], input: z.object({ difficulty: z.enum(["easy", "hard"], { error: "Choose easy or hard." }) }), limit: "ai" },
    async ({ user, input, params }) => apiOk({ user: user.id, input, params }),
  );
  const params = (jobInfoId = "job-1") => ({ params: Promise.resolve({ jobInfoId }) });

  it("answers 401 without a signed-in user, before reading the body", async () => {
    const response = await echo(post("{"), params());
    expect(response.status).toBe(401);
    expect(await json(response)).toEqual({ success: false, error: { code: "UNAUTHENTICATED", message: messages.UNAUTHENTICATED } });
  });

  it("reads the JSON body: 415 for another type, 413 over the limit, 400 for broken JSON", async () => {
    signIn();
    const wrongType = await echo(post('{"difficulty":"easy"}', "text/plain"), params());
    expect(wrongType.status).toBe(415);
    expect((await json(wrongType)).error?.code).toBe("UNSUPPORTED_TYPE");
    const tooLarge = await echo(post(JSON.stringify({ difficulty: "x".repeat(70_000) })), params());
    expect(tooLarge.status).toBe(413);
    expect((await json(tooLarge)).error?.code).toBe("FILE_TOO_LARGE");
    const broken = await echo(post("{"), params());
    expect(broken.status).toBe(400);
    expect(await json(broken)).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED", message: "The request body is not valid JSON." } });
  });

  it("parses the body with the schema: 400 with the first issue's message", async () => {
    signIn();
    const response = await echo(post(JSON.stringify({ difficulty: "impossible" })), params());
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED", message: "Choose easy or hard." } });
  });

  it("hands the user, the parsed input and the route's params to the handler", async () => {
    const user = signIn();
    const response = await echo(post(JSON.stringify({ difficulty: "hard", extra: "dropped" })), params("job-42"));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ success: true, data: { user: user.id, input: { difficulty: "hard" }, params: { jobInfoId: "job-42" } } });
  });

  it("answers 429 with Retry-After once the user's limit is spent, per user", async () => {
    signIn();
    for (let i = 0; i < 10; i++) expect((await echo(post('{"difficulty":"easy"}'), params())).status).toBe(200);
    const limited = await echo(post('{"difficulty":"easy"}'), params());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await json(limited)).error?.code).toBe("RATE_LIMITED");
    signIn();
    expect((await echo(post('{"difficulty":"easy"}'), params())).status).toBe(200);
  });

  it("maps an AppError to its status and envelope", async () => {
    signIn();
    const route = defineRoute({}, async () => {
      throw new AppError("CHAT_IN_USE", "That call belongs to another interview.");
    });
    const response = await route(new Request("http://localhost/api/thing"));
    expect(response.status).toBe(409);
    expect(await json(response)).toEqual({ success: false, error: { code: "CHAT_IN_USE", message: "That call belongs to another interview." } });
  });

  it("answers an unknown error with 500 INTERNAL, no details, and logs it with the request id", async () => {
    signIn();
    const logs = captureLogs();
    const route = defineRoute({}, async () => {
      throw new Error('relation "secret_table" does not exist');
    });
    const response = await route(new Request("http://localhost/api/thing?x=1"));
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ success: false, error: { code: "INTERNAL", message: messages.INTERNAL } });
    expect(body).not.toContain("secret_table");
    expect(logs).toHaveLength(1);
    expect(logs[0]!.bindings).toEqual({ requestId: "req-boundary-1" });
    expect(logs[0]!.entry).toMatchObject({ method: "GET", path: "/api/thing", err: { message: 'relation "secret_table" does not exist' } });
  });

  it("parses the query string with `query` (400 when refused)", async () => {
    signIn();
    const route = defineRoute({ query: z.object({ format: z.enum(["md", "pdf"], { error: "format must be md or pdf." }).default("md") }) }, async ({ query }) =>
      apiOk(query),
    );
    expect(await json(await route(new Request("http://localhost/api/x")))).toEqual({ success: true, data: { format: "md" } });
    const refused = await route(new Request("http://localhost/api/x?format=docx"));
    expect(refused.status).toBe(400);
    expect((await json(refused)).error?.message).toBe("format must be md or pdf.");
  });

  it("leaves a streamed body to the handler, unread", async () => {
    signIn();
    const route = defineRoute({ body: "stream" }, async ({ request }) => apiOk({ bytes: (await request.arrayBuffer()).byteLength }));
    const response = await route(
      new Request("http://localhost/api/upload", { method: "POST", body: new Uint8Array(3000), headers: { "content-type": "audio/wav" } }),
    );
    expect(await json(response)).toEqual({ success: true, data: { bytes: 3000 } });
  });

  it("lets a public route through without a user, and refuses a limit it could not key", async () => {
    const route = defineRoute({ auth: "public" }, async ({ user }) => apiOk({ user }));
    expect(await json(await route(new Request("http://localhost/api/health")))).toEqual({ success: true, data: { user: null } });
    expect(() => defineRoute({ auth: "public", limit: "ai" }, async () => apiOk(null))).toThrow(/per-user limit/);
  });

  it("passes Next.js control flow (redirect) through untouched", async () => {
    signIn();
    const route = defineRoute({}, async () => redirect("/elsewhere"));
    await expect(route(new Request("http://localhost/api/x"))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("tags what it builds", () => {
    expect(isBoundaryRoute(echo)).toBe(true);
    expect(isBoundaryRoute(async () => new Response())).toBe(false);
  });
});

describe("defineAction", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  const save = defineAction(
    {
      name: "saveThing",
      input: z.object({ name: z.string().trim().min(1, "Give it a name."), notes: z.string().max(5, "At most 5 characters.") }),
      limit: "ai",
    },
    async ({ user, input }) => ({ owner: user.id, ...input }),
  );

  it("refuses without a signed-in user", async () => {
    expect(await save(null, form({ name: "x", notes: "" }))).toEqual({ success: false, error: { code: "UNAUTHENTICATED", message: messages.UNAUTHENTICATED } });
  });

  it("returns every field's messages, counting a line break the way the browser does", async () => {
    signIn();
    const refused = await save(null, form({ name: " ", notes: "a\r\nb\r\nc\r\n" }));
    expect(refused).toEqual({
      success: false,
      error: { code: "VALIDATION_FAILED", message: messages.VALIDATION_FAILED, fieldErrors: { name: ["Give it a name."], notes: ["At most 5 characters."] } },
    });
    // "a\r\nb\r\n" is 4 characters in the textarea: accepted.
    expect(await save(null, form({ name: "Ada", notes: "a\r\nb\r\n" }))).toMatchObject({ success: true, data: { name: "Ada", notes: "a\nb\n" } });
  });

  it("answers RATE_LIMITED once the user's limit is spent", async () => {
    const user = signIn();
    for (let i = 0; i < 10; i++)
      expect(await save(null, form({ name: "Ada", notes: "" }))).toEqual({ success: true, data: { owner: user.id, name: "Ada", notes: "" } });
    expect(await save(null, form({ name: "Ada", notes: "" }))).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
  });

  it("maps an AppError (with field errors) to the envelope", async () => {
    signIn();
    const action = defineAction({ name: "wrongPassphrase" }, async () => {
      throw new AppError("FORBIDDEN", "Wrong passphrase.", { fieldErrors: { passphrase: ["Wrong passphrase."] } });
    });
    expect(await action(null, form({}))).toEqual({
      success: false,
      error: { code: "FORBIDDEN", message: "Wrong passphrase.", fieldErrors: { passphrase: ["Wrong passphrase."] } },
    });
  });

  it("answers an unknown error with INTERNAL and no details, logged with the action's name and the request id", async () => {
    signIn();
    const logs = captureLogs();
    const action = defineAction({ name: "explodes" }, async () => {
      throw new Error("duplicate key value violates unique constraint users_pkey");
    });
    const result = await action(null, form({}));
    expect(result).toEqual({ success: false, error: { code: "INTERNAL", message: messages.INTERNAL } });
    expect(JSON.stringify(result)).not.toContain("users_pkey");
    expect(logs).toEqual([
      expect.objectContaining({
        bindings: { requestId: "req-boundary-1" },
        entry: expect.objectContaining({ action: "explodes", err: expect.objectContaining({ message: expect.stringContaining("users_pkey") }) }),
      }),
    ]);
  });

  it("lets redirect() through (the action succeeded and moves on)", async () => {
    signIn();
    const action = defineAction({ name: "createAndGo" }, async () => redirect("/app/job-infos/1"));
    await expect(action(null, form({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("runs a public action without a user, callable with no arguments", async () => {
    const action = defineAction({ name: "signOut", auth: "public" }, async ({ user }) => ({ user }));
    expect(await action()).toEqual({ success: true, data: { user: null } });
    expect(isBoundaryAction(action)).toBe(true);
    expect(isBoundaryAction(async () => null)).toBe(false);
  });
});
