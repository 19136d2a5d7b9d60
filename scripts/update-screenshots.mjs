// Copies product screenshots made by the browser tests (test-results/screenshots, written by
// `npm test`) into public/screens for the landing page: the top of each page, as a JPEG.
// Run after `npm test` when the pages change: node scripts/update-screenshots.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const from = path.join(root, "test-results", "screenshots");
const to = path.join(root, "public", "screens");
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Landing-page name → the browser test's screenshot (see tests/e2e). */
const SHOTS = {
  "job-hub": "04-job-hub.png",
  "spoken-answer": "41-spoken-answer-feedback.png",
  "question-feedback": "10-question-feedback.png",
};
const WIDTH = 1280;
const HEIGHT = 800;

mkdirSync(to, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  for (const [name, file] of Object.entries(SHOTS)) {
    const src = `data:image/png;base64,${readFileSync(path.join(from, file)).toString("base64")}`;
    await page.setContent(`<html><body style="margin:0"><img src="${src}" width="${WIDTH}" style="display:block"></body></html>`);
    await page.locator("img").evaluate((img) => img.decode());
    const jpeg = await page.screenshot({ type: "jpeg", quality: 78, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    writeFileSync(path.join(to, `${name}.jpg`), jpeg);
    console.log(`public/screens/${name}.jpg ← ${file} (${Math.round(jpeg.length / 1024)} KB)`);
  }
} finally {
  await browser.close();
}
