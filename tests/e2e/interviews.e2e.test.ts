import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";

describe("recorded interview with a fake microphone (offline)", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "darasa-mic-"));
    const wav = path.join(dir, "answer.wav");
    // Real synthetic speech with pauses, fed to Chromium as its microphone.
    execFileSync("espeak-ng", [
      "-s",
      "150",
      "-w",
      wav,
      "In my last role I led the migration of our payments service to Kubernetes. We cut deployment time from two hours to ten minutes. I learned to plan rollbacks first.",
    ]);
    server = await startTestServer();
    browser = await launchBrowser(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${wav}`]);
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function recordAnswer(seconds: number) {
    await page.getByRole("button", { name: "Record answer" }).click();
    await page
      .getByLabel("Microphone level")
      .waitFor({ timeout: 10_000 })
      .catch(async (error) => {
        await screenshot(page, "31-interview-record-failed");
        const alert = await page.getByRole("alert").allTextContents();
        throw new Error(`recording did not start (${alert.join(" | ") || "no message"}): ${(error as Error).message}`);
      });
    await page.waitForTimeout(seconds * 1000);
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("button", { name: "Submit answer" }).click();
  }

  it("records two answers, shows metrics and waveforms, and keeps them after a reload", async () => {
    await signUpLocally(page, server.url, "Wanjiru Kamau", "wanjiru@example.test");
    await createJob(page, server.url, { name: "Platform engineer", description: "Kubernetes, Terraform, AWS, CI/CD, incident response and mentoring." });
    await page.getByRole("link", { name: /Mock interviews/ }).click();
    // Without Hume keys, live interviews are hidden with a one-line explanation.
    await page
      .getByTestId("live-unavailable")
      .getByText(/spoken conversation below works without it/)
      .waitFor();
    expect(await page.getByRole("link", { name: "Prepare a live interview" }).count()).toBe(0);
    const livePage = await page.request.get(`${page.url()}/live`);
    expect(livePage.status()).toBe(404);
    await page.getByLabel("Questions").selectOption("2");
    await page.getByRole("button", { name: "Start recorded interview" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);

    const first = await page.getByTestId("current-question").textContent();
    await recordAnswer(5);
    await expect.poll(async () => page.getByTestId("current-question").textContent(), { timeout: 30_000 }).not.toBe(first);
    await recordAnswer(4);

    // Both answers are analysed in the background; the page updates by itself.
    const results = page.getByRole("article");
    await expect.poll(async () => results.filter({ has: page.locator("canvas") }).count(), { timeout: 60_000, interval: 1000 }).toBe(2);
    await page
      .getByText(/Speaking time/)
      .first()
      .waitFor();
    await screenshot(page, "30-interview-results");

    await page.reload();
    await expect.poll(async () => results.filter({ has: page.locator("canvas") }).count(), { timeout: 10_000 }).toBe(2);
    const duration = await results.first().getByTestId("answer-duration").textContent();
    expect(duration).toMatch(/\d+(\.\d)? s/);

    // The job's progress page charts the interview's delivery score.
    const jobPath = new URL(page.url()).pathname.split("/interviews/")[0]!;
    await page.goto(`${server.url}${jobPath}/progress`);
    await page.getByRole("img", { name: /^Recorded interviews \(delivery\): 1 result/ }).waitFor();
    await page
      .getByText(/At least 4 results are needed|One more result/)
      .first()
      .waitFor();
  });
});
