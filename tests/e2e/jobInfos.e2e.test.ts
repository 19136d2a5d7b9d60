import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";

describe("job descriptions in a real browser (local mode)", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in locally, creates, edits, lists and deletes a job", async () => {
    await page.goto(`${server.url}/`);
    await screenshot(page, "01-landing");
    await page.getByRole("link", { name: "Get started" }).click();
    await page.waitForURL("**/sign-in");
    await expect(page.getByText("Local mode").first().isVisible()).resolves.toBe(true);

    await page.getByLabel("Name").fill("Ada Lovelace");
    await page.getByLabel("Email").fill("ada@example.test");
    await screenshot(page, "02-local-sign-in");
    await page.getByRole("button", { name: "Create and continue" }).click();
    await page.waitForURL("**/app");
    await page.getByRole("heading", { name: "Your jobs" }).waitFor();
    await page.getByText("No jobs yet").waitFor();

    // Create, first with an invalid (empty) form to see field errors.
    await page.getByRole("link", { name: "New job" }).click();
    await page.waitForURL("**/app/job-infos/new");
    await page.getByRole("button", { name: "Create job" }).click();
    await page.getByText("Give this job a name.").waitFor();
    await page.getByText("Paste or write the job description.").waitFor();
    await expect(page.getByLabel("Name").getAttribute("aria-invalid")).resolves.toBe("true");
    await screenshot(page, "03-field-errors");

    await page.getByLabel("Name").fill("Acme backend");
    await page.getByLabel("Job title (optional)").fill("Backend Engineer");
    await page.getByLabel("Experience level").selectOption("senior");
    await page.getByLabel("Job description").fill("Build APIs in TypeScript and Postgres. <script>alert(1)</script>");
    await page.getByRole("button", { name: "Create job" }).click();
    await page.waitForURL(/\/app\/job-infos\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Acme backend" }).waitFor();
    // User text is shown as text, never executed.
    await page.getByText("<script>alert(1)</script>", { exact: false }).waitFor();
    for (const feature of [/Mock interviews/, /Technical questions/, /Resume check/]) {
      await page.getByRole("link", { name: feature }).waitFor();
    }
    // The hub says what to do next: the first unfinished step of the plan.
    const nextStep = page.getByTestId("next-step");
    await nextStep.getByRole("heading", { name: /Build your stories|Understand the role/ }).waitFor();
    expect(await nextStep.getByRole("link").getAttribute("href")).toMatch(/\/app\/job-infos\/[0-9a-f-]{36}\/(questions|edit)$/);
    await screenshot(page, "04-job-hub");

    // Edit.
    await page.getByRole("link", { name: "Edit" }).click();
    await page.waitForURL("**/edit");
    await page.getByLabel("Name").fill("Acme platform");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { name: "Acme platform" }).waitFor();

    // Listed.
    await page.getByRole("link", { name: "Your jobs" }).click();
    await page.waitForURL("**/app");
    const jobs = page.getByRole("list", { name: "Jobs" }).getByRole("listitem");
    await expect(jobs.count()).resolves.toBe(1);
    await expect(jobs.first().textContent()).resolves.toContain("Acme platform");
    // Each job card says how far its practice has gone.
    await expect(jobs.first().textContent()).resolves.toContain("Not practised yet");
    await screenshot(page, "05-job-list");

    // Phone width: nothing overflows horizontally.
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "06-job-list-360px");
    await page.setViewportSize({ width: 1280, height: 900 });

    // Delete, with confirmation.
    await jobs.first().getByRole("link").click();
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("Delete “Acme platform”?").waitFor();
    await screenshot(page, "07-delete-confirmation");
    await dialog.getByRole("button", { name: "Delete job" }).click();
    await page.waitForURL("**/app");
    await page.getByText("No jobs yet").waitFor();
  });

  it("the next step changes as the user practises, and every page of the job says it", async () => {
    await createJob(page, server.url, {
      name: "Ledger team",
      title: "Backend Engineer",
      description: "Build REST APIs in TypeScript and Node.js on PostgreSQL, deploy with Docker and Kubernetes on AWS, and write unit tests.",
    });
    const hub = page.url();
    const card = page.getByTestId("next-step");
    await card.getByRole("heading", { name: "Build your stories" }).waitFor();
    expect(await card.getAttribute("data-source")).toBe("journey");

    // Another page of the job ends with the same step; on the page the step points to, it says so.
    await page.getByRole("link", { name: /Mock interviews/ }).click();
    const footer = page.getByTestId("next-step-footer");
    await footer.getByText("Build your stories", { exact: true }).waitFor();
    expect(await footer.getByRole("link", { name: "Start this step" }).getAttribute("href")).toBe(`${new URL(hub).pathname}/questions`);
    await footer.getByRole("link", { name: "Start this step" }).click();
    await page.waitForURL("**/questions");
    await footer.getByText(/you are on the right page for it/).waitFor();

    // Practise: two behavioural stories, graded offline.
    const story =
      "At my last job our payment retries double-charged customers. As the on-call engineer I owned the fix. " +
      "I added idempotency keys to the charge endpoint, wrote a migration to deduplicate past charges, and reviewed it with finance. " +
      "As a result duplicate charges fell from 40 a week to zero and refunds dropped by 12 percent.";
    for (let i = 0; i < 2; i++) {
      await page.getByLabel("Behavioural").check();
      await page.getByRole("button", { name: i === 0 ? "Generate question" : "Another question" }).click();
      await page.getByLabel(/^Answer/).waitFor();
      await page.getByLabel(/^Answer/).fill(story);
      await page.getByRole("button", { name: "Get feedback" }).click();
      await page.getByRole("region", { name: "Feedback" }).getByText("How the rating was computed").waitFor();
    }

    await page.goto(hub);
    await card.getByRole("heading", { name: "Practise technical questions" }).waitFor();
    await card.getByText(/So far: 0 of 5 graded\./).waitFor();
    await page.getByRole("link", { name: /Resume check/ }).click();
    await footer.getByText("Practise technical questions", { exact: true }).waitFor();
  });

  it("signs out from the user menu and the app then asks to sign in; a copied session cookie stops working", async () => {
    await page.goto(`${server.url}/app`);
    const copied = (await page.context().cookies()).find((c) => c.name === "darasa_session")!;
    expect(copied).toBeDefined();
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/app`);
    await page.waitForURL("**/sign-in");
    // The user created earlier is offered to pick.
    await page.getByRole("button", { name: /Ada Lovelace/ }).waitFor();
    // Someone who copied the cookie before the sign-out is not signed in with it.
    const replay = await page.request.get(`${server.url}/api/account/export`, { headers: { cookie: `darasa_session=${copied.value}` } });
    expect(replay.status()).toBe(401);
  });
});
