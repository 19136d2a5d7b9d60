import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { REALISTIC_RESUME_TEXT, makeExeRenamed, makeResumeDocx, makeResumePdf } from "../support/resumeFiles";
import { startTestServer, type TestServer } from "../support/server";

describe("resume check in a real browser (offline)", () => {
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

  it("uploads, shows a grounded report, keeps it after a reload, and compares two versions", async () => {
    await signUpLocally(page, server.url, "Amani Otieno", "amani@example.test");

    // Free plan: resume analysis is Pro only; switch the local plan.
    await page.goto(`${server.url}/app/settings`);
    await page.getByLabel("Plan (local mode)").selectOption("pro");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();

    await createJob(page, server.url, {
      name: "Payments backend",
      level: "senior",
      description: "Senior backend engineer. Requirements: TypeScript, Node.js, PostgreSQL, Kubernetes, AWS, CI/CD. Nice to have: GraphQL, Terraform, Kafka.",
    });
    await page.getByRole("link", { name: /Resume check/ }).click();
    await page.waitForURL("**/resumes");

    // A file that is not a resume gets a clear message.
    await page.getByLabel(/Resume file/).setInputFiles({ name: "resume.pdf", mimeType: "application/pdf", buffer: Buffer.from(makeExeRenamed()) });
    await page.getByText(/not a PDF, DOCX or text file/).waitFor();

    // Version 1 lacks three of the job's skills; version 2 (the full resume) has them.
    const withoutSome = REALISTIC_RESUME_TEXT.replace(/,?\s*(Apache\s+)?(Terraform|GraphQL|Kafka)/g, "");
    expect(withoutSome).not.toMatch(/Terraform/);
    const first = Buffer.from(await makeResumePdf(withoutSome, { pages: 2 }));
    await page.getByLabel(/Resume file/).setInputFiles({ name: "amani-v1.pdf", mimeType: "application/pdf", buffer: first });
    await page.waitForURL(/\/resumes\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "amani-v1.pdf" }).waitFor();
    const found = page.getByRole("list", { name: "Keywords found" });
    await found.getByText("TypeScript").waitFor();
    await page.getByRole("list", { name: "Keywords missing" }).getByText("Terraform").waitFor();
    await page
      .getByText(/Automated analysis \(rule-based, not an AI model\)/)
      .first()
      .waitFor();
    const overall = await page
      .getByLabel(/Overall \d+ out of 100/)
      .first()
      .getAttribute("aria-label");
    await screenshot(page, "20-resume-report");

    await page.reload();
    await page.getByRole("heading", { name: "amani-v1.pdf" }).waitFor();
    await expect(
      page
        .getByLabel(/Overall \d+ out of 100/)
        .first()
        .getAttribute("aria-label"),
    ).resolves.toBe(overall);

    // A second version that adds Terraform and GraphQL, then compare.
    await page.getByRole("link", { name: "Resume check" }).click();
    const improved = REALISTIC_RESUME_TEXT;
    await page.getByLabel(/Resume file/).setInputFiles({
      name: "amani-v2.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await makeResumeDocx(improved)),
    });
    await page.waitForURL(/\/resumes\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Resume check" }).click();
    const past = page.getByRole("list", { name: "Past analyses" }).getByRole("listitem");
    await past.filter({ hasText: "amani-v2.docx" }).waitFor();
    await expect(past.count()).resolves.toBe(2);
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL("**/compare?**");
    await page.getByRole("heading", { name: "Compare resumes" }).waitFor();
    await screenshot(page, "21-resume-compare");
    const gained = page.getByRole("region", { name: /Keywords gained/ });
    await gained.getByText("Terraform").waitFor({ timeout: 5000 });
    await screenshot(page, "21-resume-compare");
  });
});
