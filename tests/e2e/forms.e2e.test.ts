import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Every form keeps what the user typed on an error and shows the saved state
 * after a success, without a reload (React 19 resets uncontrolled fields after
 * a form action unless the form opts out; these are the bugs that reset caused).
 */
describe("forms never lose what the user typed (local mode, real browser)", () => {
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

  const value = (label: string) => page.getByLabel(label).inputValue();

  it("sign-up with a bad e-mail keeps both fields", async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Email").fill("grace-at-example");
    await page.getByRole("button", { name: "Create and continue" }).click();
    await expect(page.getByLabel("Email").getAttribute("aria-invalid")).resolves.toBeDefined();
    await page.locator("#email-error").waitFor();
    await expect(value("Name")).resolves.toBe("Grace Hopper");
    await expect(value("Email")).resolves.toBe("grace-at-example");
    await page.getByLabel("Email").fill("grace@example.test");
    await page.getByRole("button", { name: "Create and continue" }).click();
    await page.waitForURL("**/app");
  });

  it("a new-job error keeps a long pasted description (line breaks counted once) and the chosen level", async () => {
    await page.goto(`${server.url}/app/job-infos/new`);
    // 19,990 characters with 248 line breaks: under the 20,000 limit as the page counts
    // (one per line break), though the browser submits each line break as CRLF.
    const line = "Design and run payment services in TypeScript on Postgres with care. ".repeat(2).slice(0, 79);
    const lines = Array.from({ length: 249 }, () => line);
    let description = lines.join("\n");
    description += "x".repeat(19_990 - description.length);
    expect(description.length).toBe(19_990);
    await page.getByLabel("Job title (optional)").fill("Payments engineer");
    await page.getByLabel("Experience level").selectOption("senior");
    await page.getByLabel("Job description").fill(description);
    await page.getByRole("button", { name: "Create job" }).click(); // no name: refused
    await page.getByText("Give this job a name.").waitFor();
    await expect(value("Job description")).resolves.toBe(description);
    await expect(value("Experience level")).resolves.toBe("senior");
    await expect(value("Job title (optional)")).resolves.toBe("Payments engineer");
    await screenshot(page, "forms-01-new-job-error-keeps-input");

    await page.getByLabel("Name").fill("Ledger team");
    await page.getByRole("button", { name: "Create job" }).click();
    await page.waitForURL(/\/app\/job-infos\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Ledger team" }).waitFor();
  });

  it("an edit-job error keeps the new (empty) name and the edited description", async () => {
    await page.getByRole("link", { name: "Edit" }).click();
    await page.waitForURL("**/edit");
    await page.getByLabel("Name").fill("");
    await page.getByLabel("Job description").fill("Edited: run the ledger service.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Give this job a name.").waitFor();
    await expect(value("Name")).resolves.toBe("");
    await expect(value("Job description")).resolves.toBe("Edited: run the ledger service.");
  });

  it("interview notes stay as saved and a second save keeps the first", async () => {
    await createJob(page, server.url, { name: "Notes job", description: "Backend role: APIs, Postgres, queues." });
    await page.getByRole("link", { name: /Mock interviews/ }).click();
    await page.getByRole("button", { name: "Start recorded interview" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    const notes = page.getByRole("textbox", { name: "Notes" });
    await notes.fill("First: slow down on the opener.");
    await page.getByRole("button", { name: "Save notes" }).click();
    await page.getByText("Notes saved.").waitFor();
    await expect(notes.inputValue()).resolves.toBe("First: slow down on the opener.");
    await notes.press("End");
    await notes.pressSequentially("\nSecond: use numbers.");
    await page.getByRole("button", { name: "Save notes" }).click();
    await page.waitForFunction(() => !document.querySelector("button[disabled]"));
    await page.getByText("Notes saved.").waitFor();
    await expect(notes.inputValue()).resolves.toBe("First: slow down on the opener.\nSecond: use numbers.");
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Notes" }).inputValue()).resolves.toBe("First: slow down on the opener.\nSecond: use numbers.");
  });

  it("settings show the saved plan, and saving again does not undo it", async () => {
    await page.goto(`${server.url}/app/settings`);
    await page.getByLabel("Plan (local mode)").selectOption("pro");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();
    await expect(value("Plan (local mode)")).resolves.toBe("pro");
    await page.getByLabel("Display name").fill("Grace B. Hopper");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForFunction(() => !document.querySelector("button[disabled]"));
    await expect(value("Plan (local mode)")).resolves.toBe("pro");
    await expect(value("Display name")).resolves.toBe("Grace B. Hopper");
    await page.reload();
    await expect(value("Plan (local mode)")).resolves.toBe("pro");
    await expect(value("Display name")).resolves.toBe("Grace B. Hopper");
    // A refused save keeps the typed values too.
    await page.getByLabel("Display name").fill("Grace refused");
    await page.getByLabel("Completion webhook (optional)").fill("http://169.254.169.254/latest");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.locator("#webhookUrl-error").waitFor();
    await expect(value("Completion webhook (optional)")).resolves.toBe("http://169.254.169.254/latest");
    await expect(value("Display name")).resolves.toBe("Grace refused");
    await expect(value("Plan (local mode)")).resolves.toBe("pro");
    await screenshot(page, "forms-02-settings-error-keeps-input");
  });
});
