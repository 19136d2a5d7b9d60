/**
 * Clerk mode on the real server, offline: session tokens minted here with a
 * generated RSA key (CLERK_JWT_KEY) and a fake pk_live_ instance. Covers token
 * rejection, onboarding from token claims, cross-user access (IDOR) through
 * the real server-action forms, and webhook changes seen by a signed-in user.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { HttpClient, boundActionInputs, findForm, redirectPath, UUID_RE, type ClientResponse } from "../support/serverHttp";
import {
  CLERK_FRONTEND_HOST,
  createClerkTestKeys,
  mintSessionToken,
  otherPrivateKey,
  sessionCookies,
  type ClerkTestKeys,
  type SessionTokenOptions,
} from "../support/clerkTestKeys";
import { clerkUserDeleted, clerkUserEvent, newWebhookSecret, signDelivery } from "../support/svixSigner";

const WEBHOOK_SECRET = newWebhookSecret();
let server: TestServer;
let keys: ClerkTestKeys;

const ANN = { sub: "user_ann", name: "Ann Owner", email: "ann@example.com" };
const BOB = { sub: "user_bob", name: "Bob Intruder", email: "bob@example.com" };
const NOT_FOUND_MESSAGE = "We couldn&#x27;t find that. It may have been deleted.";

async function clientFor(options: SessionTokenOptions): Promise<HttpClient> {
  const client = new HttpClient(server.url);
  for (const [k, v] of Object.entries(sessionCookies(await mintSessionToken(keys, options)))) client.setCookie(k, v);
  return client;
}

/** Rejected = never the signed-in page: our redirect to /sign-in, or Clerk's handshake on its frontend host. */
function expectRejected(res: ClientResponse, who: string) {
  expect(res.status, `${who}: status`).not.toBe(200);
  expect(res.status, `${who}: status`).not.toBe(500);
  const location = redirectPath(res, server.url) ?? "";
  const toSignIn = location === "/sign-in" || location.startsWith("/sign-in?");
  const toHandshake = location.startsWith(`https://${CLERK_FRONTEND_HOST}/`);
  expect(toSignIn || toHandshake, `${who}: redirected to ${location}`).toBe(true);
  expect(res.text).not.toContain("Account menu for");
  expect(res.text).not.toContain(ANN.name);
}

const jobFields = (name: string) => ({ name, title: "Engineer", experienceLevel: "mid-level", description: `Job description for ${name}.` });

async function createJob(client: HttpClient, name: string): Promise<string> {
  const { form, response } = await client.submitPageForm("/app/job-infos/new", jobFields(name));
  expect(form.actionId).toBeTruthy();
  expect(response.status, response.text.slice(0, 300)).toBe(303);
  const location = redirectPath(response, server.url) ?? "";
  expect(location).toMatch(new RegExp(`^/app/job-infos/${UUID_RE.source}$`));
  return location.split("/").pop()!;
}

async function webhook(body: string, id: string) {
  const signed = signDelivery(WEBHOOK_SECRET, id, body);
  const res = await fetch(`${server.url}/api/webhooks/clerk`, { method: "POST", headers: signed.headers, body });
  return ((await res.json()) as { data?: { outcome: string } }).data?.outcome;
}

beforeAll(async () => {
  keys = await createClerkTestKeys();
  server = await startTestServer({
    ...keys.env,
    CLERK_WEBHOOK_SIGNING_SECRET: WEBHOOK_SECRET,
    // Default HOST=127.0.0.1: guards against Clerk's rewrite looping back into the server.
  });
});

afterAll(async () => {
  await server?.stop();
});

describe("session tokens", () => {
  it("starts in Clerk mode", () => {
    expect(server.logs()).toContain("auth=clerk");
  });

  it("does not render the app without a token", async () => {
    expectRejected(await new HttpClient(server.url).get("/app"), "no token");
    expectRejected(await new HttpClient(server.url).get("/app", { "sec-fetch-dest": "document" }), "no token (document)");
  });

  it("rejects a token signed by another key", async () => {
    const forged = await clientFor({ ...ANN, signingKey: await otherPrivateKey() });
    expectRejected(await forged.get("/app"), "forged");
    expectRejected(await forged.get("/app", { "sec-fetch-dest": "document" }), "forged (document)");
  });

  it("rejects an expired token", async () => {
    const expired = await clientFor({ ...ANN, issuedAgo: 3600, expiresIn: -600 });
    expectRejected(await expired.get("/app"), "expired");
    expectRejected(await expired.get("/app", { "sec-fetch-dest": "document" }), "expired (document)");
  });

  it("rejects a token whose payload was edited after signing", async () => {
    const { token, iat } = await mintSessionToken(keys, BOB);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const edited = Buffer.from(JSON.stringify({ ...claims, sub: ANN.sub, name: ANN.name })).toString("base64url");
    const client = new HttpClient(server.url);
    for (const [k, v] of Object.entries(sessionCookies({ token: `${header}.${edited}.${signature}`, iat }))) client.setCookie(k, v);
    expectRejected(await client.get("/app"), "edited payload");
  });

  it("renders the app for a valid token, creating the user from its claims", async () => {
    const ann = await clientFor(ANN);
    const res = await ann.get("/app");
    expect(res.status).toBe(200);
    expect(res.text).toContain(`Account menu for ${ANN.name}`);
    expect(res.text).toContain("Your jobs");
    expect(res.text).not.toContain("Local mode");
  });

  it("onboards a token without an email within the Clerk API timeout (no network here)", async () => {
    const started = Date.now();
    const res = await (await clientFor({ sub: "user_noemail", name: "Nora Noemail" })).get("/app");
    expect(res.status).toBe(200);
    expect(res.text).toContain("Account menu for Nora Noemail");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("does not offer local sign-in in Clerk mode", async () => {
    const res = await new HttpClient(server.url).get("/sign-in");
    expect(res.status).toBe(200);
    expect(res.text).not.toContain("Create a local user");
  });
});

describe("plans come from Clerk Billing (the verified token's plan claim)", () => {
  const PAT = { sub: "user_pat", name: "Pat Paying", email: "pat@example.com" };

  async function resumeUpload(client: HttpClient, jobId: string) {
    const body = new FormData();
    body.append("file", new Blob(["Pat Paying\nSkills: TypeScript, Postgres\n"], { type: "text/plain" }), "resume.txt");
    return client.request(`/api/job-infos/${jobId}/resumes`, { method: "POST", body, headers: { origin: server.url } });
  }

  it("a token without the Pro plan is Free: resume analysis refused, the hub and settings say so", async () => {
    const pat = await clientFor({ ...PAT, plans: ["u:free_user"] });
    const jobId = await createJob(pat, "Pat's job");
    const refused = await resumeUpload(pat, jobId);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({ success: false, error: { code: "PLAN_REQUIRED" } });
    expect((await pat.get(`/app/job-infos/${jobId}`)).text).toContain("Resume check (Pro)");
    const settings = await pat.get("/app/settings");
    expect(settings.text).toContain("See plans and upgrade");
    expect(settings.text).not.toContain("Plan (local mode)");
  });

  it("the same user with the Pro plan in the token is Pro at once (no local plan picker), and loses it with the claim", async () => {
    const pro = await clientFor({ ...PAT, plans: ["u:pro"] });
    const jobs = await pro.get("/app");
    const jobId = /\/app\/job-infos\/([0-9a-f-]{36})/.exec(jobs.text)![1]!;
    const accepted = await resumeUpload(pro, jobId);
    expect(accepted.status, accepted.text.slice(0, 200)).toBeLessThan(300);
    expect((await pro.get(`/app/job-infos/${jobId}`)).text).not.toContain("Resume check (Pro)");
    const pricing = await pro.get("/app/pricing");
    expect(pricing.status).toBe(200);
    expect(pricing.text).toContain("Pro");

    const lapsed = await clientFor({ ...PAT, plans: [] });
    expect((await resumeUpload(lapsed, jobId)).status).toBe(403);
  });
});

describe("one user's jobs are invisible and immutable to another (IDOR)", () => {
  let ann: HttpClient;
  let bob: HttpClient;
  let annJob: string;
  let bobJob: string;

  beforeAll(async () => {
    ann = await clientFor(ANN);
    bob = await clientFor(BOB);
    annJob = await createJob(ann, "Ann secret job");
    bobJob = await createJob(bob, "Bob own job");
  });

  async function expectAnnJobIntact() {
    const res = await ann.get(`/app/job-infos/${annJob}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("Ann secret job");
    expect(res.text).toContain("Job description for Ann secret job.");
  }

  it("lets each owner see their own job", async () => {
    await expectAnnJobIntact();
    expect((await bob.get(`/app/job-infos/${bobJob}`)).status).toBe(200);
  });

  it("answers 404 to another user's job and its edit page", async () => {
    for (const p of [`/app/job-infos/${annJob}`, `/app/job-infos/${annJob}/edit`]) {
      const res = await bob.get(p);
      expect(res.status, p).toBe(404);
      expect(res.text).not.toContain("Ann secret job");
    }
    expect((await bob.get("/app")).text).not.toContain("Ann secret job");
  });

  it("answers 404 (not 500) to malformed ids", async () => {
    for (const p of ["/app/job-infos/not-a-uuid", "/app/job-infos/not-a-uuid/edit", "/app/job-infos/12345678-1234-1234-1234-12345678901Z"]) {
      expect((await bob.get(p)).status, p).toBe(404);
    }
  });

  it("refuses the update action on another user's job id", async () => {
    const editPath = `/app/job-infos/${bobJob}/edit`;
    const form = findForm((await bob.get(editPath)).text, "id", "name", "description");
    const res = await bob.submit(editPath, form.hidden, { ...jobFields("Hijacked by Bob"), id: annJob });
    expect(res.status).toBe(200);
    expect(redirectPath(res, server.url)).toBeNull();
    expect(res.text).toContain("NOT_FOUND");
    expect(res.text).toContain(NOT_FOUND_MESSAGE); // shown in the form's alert
    await expectAnnJobIntact();
    // Control: the same call shape does deliver the fields (only the blank name is refused).
    const control = await bob.callFormAction(editPath, form.actionId!, { ...jobFields(""), id: bobJob });
    expect(control.result).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    expect(Object.keys((control.result as { error: { fieldErrors: object } }).error.fieldErrors)).toEqual(["name"]);
    const call = await bob.callFormAction(editPath, form.actionId!, { ...jobFields("Hijacked again"), id: annJob });
    expect(call.result, JSON.stringify(call.result)).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    await expectAnnJobIntact();
    // Bob's own job was not touched either.
    expect((await bob.get(`/app/job-infos/${bobJob}`)).text).toContain("Bob own job");
  });

  it("refuses the update action with a malformed id", async () => {
    const editPath = `/app/job-infos/${bobJob}/edit`;
    const form = findForm((await bob.get(editPath)).text, "id", "name", "description");
    const res = await bob.submit(editPath, form.hidden, { ...jobFields("Whatever"), id: "' OR 1=1 --" });
    expect(res.status).toBe(200);
    expect(res.text).toContain("NOT_FOUND");
  });

  it("refuses the delete action on another user's job id", async () => {
    const hubPath = `/app/job-infos/${bobJob}`;
    const hub = await bob.get(hubPath);
    // The delete form sits in a closed dialog (not in the HTML): its action id comes from the page's scripts.
    const deleteActionId = await bob.findActionIdInScripts(hub.text, "deleteJobInfoAction");
    // As a browser without JavaScript would post it: no redirect, nothing deleted.
    const res = await bob.submit(hubPath, boundActionInputs(deleteActionId), { id: annJob });
    expect(res.status).toBe(200);
    expect(redirectPath(res, server.url)).toBeNull();
    await expectAnnJobIntact();
    // As the client runtime calls it (Next-Action header): the result says NOT_FOUND.
    const call = await bob.callFormAction(hubPath, deleteActionId, { id: annJob });
    expect(call.response.status).toBe(200);
    expect(call.result).toEqual({ success: false, error: { code: "NOT_FOUND", message: "We couldn't find that. It may have been deleted." } });
    await expectAnnJobIntact();
  });

  it("lets the owner delete with the same action (so the refusal above is meaningful)", async () => {
    const hubPath = `/app/job-infos/${bobJob}`;
    const deleteActionId = await bob.findActionIdInScripts((await bob.get(hubPath)).text, "deleteJobInfoAction");
    const res = await bob.submit(hubPath, boundActionInputs(deleteActionId), { id: bobJob });
    expect(res.status).toBe(303);
    expect(redirectPath(res, server.url)).toBe("/app");
    expect((await bob.get(hubPath)).status).toBe(404);
    // And through the client-runtime call shape used above.
    const another = await createJob(bob, "Bob second job");
    const call = await bob.callFormAction(`/app/job-infos/${another}`, deleteActionId, { id: another });
    expect(call.result).toBeUndefined(); // redirected instead of returning a result
    expect(call.response.headers.get("x-action-redirect") ?? call.response.location ?? "").toContain("/app");
    expect((await bob.get(`/app/job-infos/${another}`)).status).toBe(404);
  });
});

describe("webhooks reach a signed-in user", () => {
  it("applies a newer profile, ignores an older one, and a deletion signs the user out and removes their jobs", async () => {
    const ann = await clientFor(ANN);
    const newer = Date.now();
    const renamed = { id: ANN.sub, firstName: "Annabel", lastName: "Renamed", email: ANN.email, updatedAt: newer };
    expect(await webhook(clerkUserEvent("user.updated", renamed), "msg_rename")).toBe("applied");
    expect((await ann.get("/app")).text).toContain("Account menu for Annabel Renamed");

    const older = { ...renamed, firstName: "Stale", updatedAt: newer - 60_000 };
    expect(await webhook(clerkUserEvent("user.updated", older), "msg_stale")).toBe("ignored-stale");
    expect((await ann.get("/app")).text).toContain("Account menu for Annabel Renamed");

    const jobs = (await ann.get("/app")).text.match(new RegExp(`/app/job-infos/(${UUID_RE.source})`, "g")) ?? [];
    expect(jobs.length).toBeGreaterThan(0);
    expect(await webhook(clerkUserDeleted(ANN.sub), "msg_delete")).toBe("deleted");
    // A still-valid token for a deleted user must not recreate the account.
    const after = await ann.get("/app");
    expect(redirectPath(after, server.url)).toBe("/sign-in");
    const fresh = await clientFor(ANN);
    expect(redirectPath(await fresh.get("/app"), server.url)).toBe("/sign-in");
  });
});
