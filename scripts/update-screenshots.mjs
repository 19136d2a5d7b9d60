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

/** Landing-page name → the browser test's screenshot (see tests/e2e) and how far down the page to start. */
const SHOTS = {
  "job-hub": { file: "04-job-hub.png", top: 0 },
  "spoken-answer": { file: "41-spoken-answer-feedback.png", top: 0 },
  "question-feedback": { file: "10-question-feedback.png", top: 1060 },
};
const WIDTH = 1280;
const HEIGHT = 800;

mkdirSync(to, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  for (const [name, { file, top }] of Object.entries(SHOTS)) {
    const src = `data:image/png;base64,${readFileSync(path.join(from, file)).toString("base64")}`;
    await page.setContent(
      `<html><body style="margin:0;overflow:hidden"><img src="${src}" width="${WIDTH}" style="display:block;margin-top:-${top}px"></body></html>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    const jpeg = await page.screenshot({ type: "jpeg", quality: 78, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    writeFileSync(path.join(to, `${name}.jpg`), jpeg);
    console.log(`public/screens/${name}.jpg ← ${file} (${Math.round(jpeg.length / 1024)} KB)`);
  }
} finally {
  await browser.close();
}
