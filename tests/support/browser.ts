import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { BROWSER_UA } from "./server";

/** Debian's Chromium (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const screenshotDir = path.resolve(import.meta.dirname, "../../test-results/screenshots");

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ userAgent: BROWSER_UA, viewport });
  return context.newPage();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // Finished animations: a dialog is shown as it looks once open, not half faded in.
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, animations: "disabled" });
}

/** Creates a local user through the sign-in page and lands on /app. */
export async function signUpLocally(page: Page, baseUrl: string, name: string, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create and continue" }).click();
  await page.waitForURL("**/app");
}

/** Creates a job through the form and lands on its hub page. */
export async function createJob(page: Page, baseUrl: string, job: { name: string; title?: string; level?: string; description: string }) {
  await page.goto(`${baseUrl}/app/job-infos/new`);
  await page.getByLabel("Name").fill(job.name);
  if (job.title) await page.getByLabel("Job title (optional)").fill(job.title);
  if (job.level) await page.getByLabel("Experience level").selectOption(job.level);
  await page.getByLabel("Job description").fill(job.description);
  await page.getByRole("button", { name: "Create job" }).click();
  await page.waitForURL(/\/app\/job-infos\/[0-9a-f-]{36}$/);
}
