/**
 * Local mode with LOCAL_PASSPHRASE (a machine shared with other people): the
 * sign-in page lists nobody, and signing up or in needs the passphrase.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { HttpClient, parseForms, redirectPath } from "../support/serverHttp";

const PASSPHRASE = "correct horse battery staple";

describe("local sign-in behind a passphrase (production server)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ LOCAL_PASSPHRASE: PASSPHRASE });
  });

  afterAll(async () => {
    await server?.stop();
  });

  const hasSession = (response: Response | { headers: Headers }) => response.headers.getSetCookie().some((c) => c.startsWith("darasa_session="));

  it("refuses a sign-up without the right passphrase, keeping no session", async () => {
    for (const passphrase of ["", "wrong passphrase"]) {
      const { response } = await new HttpClient(server.url).submitPageForm("/sign-in", { name: "Mallory", email: "mallory@example.test", passphrase });
      expect(response.status).toBe(200);
      expect(response.text).toContain("That passphrase is not right for this machine.");
      expect(hasSession(response)).toBe(false);
    }
  });

  it("signs up with the passphrase, and the page never lists local users", async () => {
    const owner = new HttpClient(server.url);
    const { response } = await owner.submitPageForm("/sign-in", { name: "Owner Person", email: "owner@example.test", passphrase: PASSPHRASE });
    expect(response.status).toBe(303);
    expect(redirectPath(response, server.url)).toBe("/app");
    const page = await new HttpClient(server.url).get("/sign-in");
    expect(page.status).toBe(200);
    expect(page.text).not.toContain("owner@example.test");
    expect(page.text).not.toContain("Owner Person");
    expect(page.text).not.toMatch(/local_[0-9a-f-]{36}/);
  });

  /** Posts the sign-in form (e-mail + passphrase; the sign-up form also has a name). */
  async function signIn(client: HttpClient, fields: { email: string; passphrase: string }) {
    const page = await client.get("/sign-in");
    const form = parseForms(page.text).find((f) => f.fieldNames.includes("passphrase") && !f.fieldNames.includes("name"));
    expect(form?.actionId).toBeDefined();
    return client.submit("/sign-in", form!.hidden, fields);
  }

  it("signs in by e-mail only with the passphrase", async () => {
    const wrong = await signIn(new HttpClient(server.url), { email: "owner@example.test", passphrase: "nope nope nope" });
    expect(wrong.status).toBe(200);
    expect(wrong.text).toContain("That passphrase is not right for this machine.");
    expect(hasSession(wrong)).toBe(false);

    const client = new HttpClient(server.url);
    const right = await signIn(client, { email: "owner@example.test", passphrase: PASSPHRASE });
    expect(right.status).toBe(303);
    expect(hasSession(right)).toBe(true);
    const app = await client.get("/app");
    expect(app.status).toBe(200);
    expect(app.text).toContain("Owner Person");
  });
});
