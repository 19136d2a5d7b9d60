import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Every page at 360 px (a small phone): nothing overflows horizontally, also
 * once results are on the page (question feedback, an interview).
 */
describe("every page fits a 360 px screen (local mode, real browser)", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let jobPath = "";

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await newPage(browser, { width: 360, height: 740 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Horizontal overflow of the page in CSS pixels, and the widest offender when there is one. */
  async function overflow(): Promise<{ px: number; widest: string | null }> {
    return page.evaluate(() => {
      const px = document.documentElement.scrollWidth - window.innerWidth;
      if (px <= 0) return { px, widest: null };
      let widest: { el: Element; right: number } | null = null;
      for (const el of document.body.querySelectorAll("*")) {
        const right = el.getBoundingClientRect().right;
        if (right > window.innerWidth && (!widest || right > widest.right)) widest = { el, right };
      }
      const el = widest?.el;
      return { px, widest: el ? `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)} "${(el.textContent ?? "").slice(0, 60)}"` : null };
    });
  }

  async function check(path: string, name: string) {
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    const result = await overflow();
    if (result.px > 0) await screenshot(page, `mobile-overflow-${name}`);
    expect(result, `${path} overflows`).toEqual({ px: expect.any(Number), widest: null });
  }

  it("public pages (and the check itself catches a too-wide element)", async () => {
    await check("/", "landing");
    await check("/sign-in", "sign-in");
    await page.evaluate(() => {
      const wide = document.createElement("div");
      wide.style.width = "600px";
      wide.textContent = "too wide";
      document.body.append(wide);
    });
    expect((await overflow()).px).toBeGreaterThan(0);
  });

  it("the app's pages, empty and with results", async () => {
    await signUpLocally(page, server.url, "Small Screen", "small@example.test");
    await check("/app", "dashboard-empty");
    await createJob(page, server.url, {
      name: "A job with a fairly long name for a phone screen",
      title: "Senior Site Reliability Engineer",
      description: "Run Kubernetes clusters with Terraform on AWS. Own observability, SLOs, incident response and CI/CD pipelines. ".repeat(8),
    });
    jobPath = new URL(page.url()).pathname;
    for (const [suffix, name] of [
      ["", "job-hub"],
      ["/edit", "job-edit"],
      ["/questions", "questions"],
      ["/interviews", "interviews"],
      ["/resumes", "resumes"],
      ["/coach", "coach"],
      ["/progress", "progress"],
    ] as const) {
      await check(`${jobPath}${suffix}`, name);
    }
    await check("/app", "dashboard");
    await check("/app/settings", "settings");
    await check("/app/pricing", "pricing");
    await check("/app/job-infos/new", "job-new");
  });

  it("question feedback and an interview page", async () => {
    await page.goto(`${server.url}${jobPath}/questions`);
    await page.getByRole("button", { name: "Generate question" }).click();
    await page.getByTestId("question-text").waitFor();
    await page
      .getByLabel(/^Answer/)
      .fill("I would check the SLOs and dashboards first, then roll back the deploy that raised p99 latency by 300 ms, and write a blameless postmortem.");
    await page.getByRole("button", { name: "Get feedback" }).click();
    await page.getByRole("region", { name: "Feedback" }).getByText("How the rating was computed").waitFor();
    const result = await overflow();
    if (result.px > 0) await screenshot(page, "mobile-overflow-question-feedback");
    expect(result, "question feedback overflows").toEqual({ px: expect.any(Number), widest: null });

    await page.goto(`${server.url}${jobPath}/interviews`);
    await page.getByRole("button", { name: "Start recorded interview" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await check(new URL(page.url()).pathname, "interview");
  });
});
