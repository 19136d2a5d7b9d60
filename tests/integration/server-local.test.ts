/**
 * The default server (local sign-in, no keys) over plain HTTP: bot blocking,
 * health, request ids, local sessions, server-action forms (validation,
 * escaping) and what the logs must never contain.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { HttpClient, findForm, redirectPath, UUID_RE } from "../support/serverHttp";

let server: TestServer;
let alice: HttpClient;
let jobId: string;
const DESCRIPTION_MARKER = `desc-marker-${Date.now().toString(36)}`;
const XSS = "<script>alert(1)</script>";

beforeAll(async () => {
  server = await startTestServer();
  alice = new HttpClient(server.url);
});

afterAll(async () => {
  await server?.stop();
});

describe("public pages, bots and health", () => {
  it("serves the landing page to a browser", async () => {
    const res = await alice.get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toContain("Practise the interview before it happens.");
    expect(res.headers.get("x-request-id")).toMatch(UUID_RE);
  });

  it("blocks curl with a 403 HTML page a person can read", async () => {
    const res = await new HttpClient(server.url, "curl/8.5.0").get("/");
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toContain("<h1>Request blocked</h1>");
    expect(res.text).toContain("looks automated");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(res.text).toContain(res.headers.get("x-request-id")!);
  });

  it("blocks a request without a user agent", async () => {
    const res = await fetch(`${server.url}/`, { headers: { "user-agent": "" } });
    expect(res.status).toBe(403);
  });

  it("reports health with the database adapter, to any client", async () => {
    const res = await fetch(`${server.url}/api/health`, { headers: { "user-agent": "curl/8.5.0" } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ success: true, data: { status: "ok", database: { adapter: "pglite" } } });
    expect(res.headers.get("x-request-id")).toMatch(UUID_RE);
  });

  it("echoes a well-formed x-request-id and replaces a malformed one", async () => {
    const given = "trace-abc_123.XYZ";
    for (const p of ["/api/health", "/", "/app"]) {
      const res = await alice.get(p, { "x-request-id": given });
      expect(res.headers.get("x-request-id"), p).toBe(given);
    }
    const bad = await alice.get("/", { "x-request-id": "bad id<script>" });
    expect(bad.headers.get("x-request-id")).toMatch(UUID_RE);
  });
});

describe("local sessions", () => {
  it("sends /app without a session to sign-in", async () => {
    const res = await new HttpClient(server.url).get("/app");
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(redirectPath(res, server.url)).toBe("/sign-in");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("sends /app with a forged session cookie to sign-in", async () => {
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "local_00000000-0000-0000-0000-000000000000", exp: 4102444800 })).toString("base64url");
    for (const cookie of [`${forgedPayload}.${"A".repeat(43)}`, forgedPayload, "garbage", `${forgedPayload}.x.y`]) {
      const client = new HttpClient(server.url);
      client.setCookie("darasa_session", cookie);
      const res = await client.get("/app");
      expect(redirectPath(res, server.url), cookie).toBe("/sign-in");
    }
  });

  it("signs up through the sign-in page's form and opens the app in local mode", async () => {
    const { form, response } = await alice.submitPageForm("/sign-in", { name: "Alice Local", email: "alice@example.com" });
    expect(form.actionId).toMatch(/^[0-9a-f]{40,}$/);
    expect(response.status).toBe(303);
    expect(redirectPath(response, server.url)).toBe("/app");
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("darasa_session="));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);

    const app = await alice.get("/app");
    expect(app.status).toBe(200);
    expect(app.text).toContain("Local mode");
    expect(app.text).toContain("Alice Local");
    expect(app.text).toContain("No jobs yet");
  });

  it("shows sign-up field errors instead of failing", async () => {
    const { response } = await new HttpClient(server.url).submitPageForm("/sign-in", { name: "", email: "not-an-email" });
    expect(response.status).toBe(200);
    expect(response.text).toContain("Enter your name.");
    expect(response.text).toContain("Enter a valid email address.");
    expect(response.headers.getSetCookie().some((c) => c.startsWith("darasa_session="))).toBe(false);
  });
});

describe("job forms (server actions without JavaScript)", () => {
  const valid = { name: "Acme backend", title: "Backend engineer", experienceLevel: "senior", description: `Build APIs. ${DESCRIPTION_MARKER} ${XSS}` };

  it("rejects an empty name with a field error, not a 500", async () => {
    const { response } = await alice.submitPageForm("/app/job-infos/new", { ...valid, name: "   " });
    expect(response.status).toBe(200);
    expect(response.text).toContain("Give this job a name.");
    expect(response.text).toContain("Please fix the highlighted fields.");
  });

  it("rejects an over-long description with a field error, not a 500", async () => {
    const { response } = await alice.submitPageForm("/app/job-infos/new", { ...valid, description: "x".repeat(20_001) });
    expect(response.status).toBe(200);
    expect(response.text).toContain("Use at most 20,000 characters.");
  });

  it("rejects an unknown experience level", async () => {
    const { response } = await alice.submitPageForm("/app/job-infos/new", { ...valid, experienceLevel: "wizard" });
    expect(response.status).toBe(200);
    expect(response.text).toContain("Choose junior, mid-level or senior.");
  });

  it("creates a job and redirects to its hub", async () => {
    const { response } = await alice.submitPageForm("/app/job-infos/new", valid);
    expect(response.status).toBe(303);
    const location = redirectPath(response, server.url);
    expect(location).toMatch(new RegExp(`^/app/job-infos/${UUID_RE.source}$`));
    jobId = location!.split("/").pop()!;
    expect((await alice.get("/app")).text).toContain("Acme backend");
  });

  it("renders HTML in the description escaped, never as markup", async () => {
    const hub = await alice.get(`/app/job-infos/${jobId}`);
    expect(hub.status).toBe(200);
    expect(hub.text).toContain(DESCRIPTION_MARKER);
    expect(hub.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hub.text).not.toContain(XSS);
    const edit = await alice.get(`/app/job-infos/${jobId}/edit`);
    expect(edit.status).toBe(200);
    expect(edit.text).not.toContain(XSS);
  });

  it("answers 404 (not 500) for malformed and unknown job ids", async () => {
    for (const p of [
      "/app/job-infos/not-a-uuid",
      "/app/job-infos/not-a-uuid/edit",
      "/app/job-infos/00000000-0000-4000-8000-000000000000",
      "/app/job-infos/%27%3B--",
    ]) {
      const res = await alice.get(p);
      expect(res.status, p).toBe(404);
      expect(res.text).toContain("Not found");
    }
  });

  it("updates the job through the edit form", async () => {
    const page = await alice.get(`/app/job-infos/${jobId}/edit`);
    const form = findForm(page.text, "id", "name", "description");
    const res = await alice.submit(`/app/job-infos/${jobId}/edit`, form.hidden, { ...valid, id: jobId, name: "Acme backend v2" });
    expect(res.status).toBe(303);
    expect(redirectPath(res, server.url)).toBe(`/app/job-infos/${jobId}`);
    expect((await alice.get(`/app/job-infos/${jobId}`)).text).toContain("Acme backend v2");
  });

  it("refuses job actions without a session", async () => {
    const page = await alice.get("/app/job-infos/new");
    const form = findForm(page.text, "name", "description");
    const anonymous = new HttpClient(server.url);
    const res = await anonymous.submit("/app/job-infos/new", form.hidden, valid);
    // The action answers UNAUTHENTICATED (no job, no redirect to one); the page then sends to sign-in.
    expect(res.text).toContain("UNAUTHENTICATED");
    expect(redirectPath(res, server.url)).toBe("/sign-in");
  });
});

describe("logs", () => {
  it("never contain job descriptions, the session secret or session cookies", () => {
    const logs = server.logs();
    expect(logs).toContain('"msg":"request"'); // there are request logs to check
    expect(logs).not.toContain(DESCRIPTION_MARKER);
    expect(logs).not.toContain("alert(1)");
    const secret = readFileSync(path.join(server.dataDir, "session-secret"), "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(logs).not.toContain(secret);
    const session = alice.cookies.get("darasa_session")!;
    expect(session).toBeTruthy();
    expect(logs).not.toContain(session);
    expect(logs).not.toContain(session.split(".")[1]!);
  });
});
