import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";

/**
 * A spoken answer gets a transcript, content and delivery feedback without
 * typing. Headless Chromium has no speech recogniser, so a fake
 * `SpeechRecognition` is injected before the page loads: it emits interim
 * then final results on a schedule matching the WAV the fake microphone
 * plays, like Chrome's online recogniser would (not on-device here, so the
 * page must ask before using it).
 */
const SENTENCES = [
  "At my last job a colleague and I kept clashing in code reviews, um, so I asked him for a one-on-one.",
  "I listened to understand his concerns and we agreed on the shared goal and the facts.",
  "As a result our reviews went from days to hours, and I learned to talk to people directly.",
];

/** The fake recogniser, timed against the WAV: each sentence's final result when the audio reaches its end (by word share). */
const fakeRecognition = (audioMs: number) => `(() => {
  const sentences = ${JSON.stringify(SENTENCES)};
  const totalWords = sentences.join(" ").split(" ").length;
  let wordsBefore = 0;
  const schedule = sentences.map((sentence) => {
    const words = sentence.split(" ").length;
    const start = (wordsBefore / totalWords) * ${audioMs};
    wordsBefore += words;
    return { interimAt: start + 500, finalAt: (wordsBefore / totalWords) * ${audioMs} + 300 };
  });
  window.__recognitionLog = [];
  class FakeSpeechRecognition {
    constructor() { this.lang = ""; this.continuous = false; this.interimResults = false; this.onresult = null; this.onend = null; this.onerror = null; this.timers = []; }
    static available() { return Promise.resolve("unavailable"); }
    start() {
      window.__recognitionLog.push({ lang: this.lang, processLocally: this.processLocally === true, interim: this.interimResults });
      const results = [];
      sentences.forEach((sentence, i) => {
        const words = sentence.split(" ");
        const emit = (text, isFinal) => {
          const result = Object.assign([{ transcript: text, confidence: 0.9 }], { isFinal });
          results[i] = result;
          this.onresult && this.onresult({ resultIndex: i, results: Object.assign([...results], {}) });
        };
        this.timers.push(setTimeout(() => emit(words.slice(0, 4).join(" "), false), schedule[i].interimAt));
        this.timers.push(setTimeout(() => emit(sentence, true), schedule[i].finalAt));
      });
    }
    stop() { this.timers.forEach(clearTimeout); setTimeout(() => this.onend && this.onend(), 0); }
    abort() { this.stop(); }
  }
  window.SpeechRecognition = FakeSpeechRecognition;
  window.webkitSpeechRecognition = FakeSpeechRecognition;
})();`;

describe("spoken answer without typing (fake recogniser, fake microphone)", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let dir: string;
  let audioMs: number;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "darasa-spoken-"));
    const wav = path.join(dir, "answer.wav");
    execFileSync("espeak-ng", ["-s", "165", "-w", wav, SENTENCES.join(" ")]);
    // 16-bit mono PCM after a 44-byte header (espeak-ng's WAV).
    const header = readFileSync(wav).subarray(0, 44);
    audioMs = ((statSync(wav).size - 44) / header.readUInt32LE(28)) * 1000;
    server = await startTestServer();
    browser = await launchBrowser(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${wav}`]);
    page = await newPage(browser);
    await page.addInitScript(fakeRecognition(audioMs));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("asks once before the browser's online recogniser listens, shows live captions, then transcript, content and delivery feedback with timed quotes", async () => {
    await signUpLocally(page, server.url, "Chidi Okafor", "chidi@example.test");
    await createJob(page, server.url, {
      name: "Backend engineer",
      description: "Node.js, PostgreSQL, payments APIs, code review and mentoring in a small team.",
    });
    await page.getByRole("link", { name: /Mock interviews/ }).click();
    await page.getByLabel("Kind").selectOption("behavioural");
    await page.getByLabel("Questions").selectOption("1");
    await page.getByRole("button", { name: "Start recorded interview" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);

    // Not on-device: the page explains and asks first; nothing listens before that.
    await page.getByRole("button", { name: "Allow live captions" }).click();
    await page
      .getByTestId("caption-mode")
      .getByText(/online recognition service/)
      .waitFor();

    await page.getByRole("button", { name: "Record answer" }).click();
    const captions = page.getByTestId("live-captions");
    await expect.poll(async () => captions.textContent(), { timeout: 5_000 }).toMatch(/At my last job/);
    await screenshot(page, "40-spoken-live-captions");
    await page.waitForTimeout(audioMs + 400);
    await page.getByRole("button", { name: "Stop" }).click();
    await page
      .getByTestId("take-transcript")
      .getByText(/learned to talk to people directly/)
      .waitFor();
    const log = await page.evaluate(
      () => (window as unknown as { __recognitionLog: { lang: string; processLocally: boolean; interim: boolean }[] }).__recognitionLog,
    );
    expect(log[0]).toEqual({ lang: "en-US", processLocally: false, interim: true });
    await page.getByRole("button", { name: "Submit answer" }).click();

    const card = page.getByRole("article").first();
    await card.getByTestId("transcript-source").getByText("Recognised by your browser while you spoke").waitFor({ timeout: 60_000 });
    await checkAnalysedCard(page);
    await screenshot(page, "41-spoken-answer-feedback");

    await page.reload();
    await checkAnalysedCard(page);
    // On a 360 px phone the analysed answer fits without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "43-spoken-answer-360px");
    await page.setViewportSize({ width: 1280, height: 900 });

    // Record the answer again: the first take is kept and the two compare side by side.
    const interviewUrl = page.url();
    await card.getByRole("button", { name: "Record again" }).click();
    await card.getByRole("button", { name: "Record answer" }).click();
    await page.waitForTimeout(audioMs + 400);
    await card.getByRole("button", { name: "Stop" }).click();
    await card.getByRole("button", { name: "Submit answer" }).click();
    await card.getByRole("link", { name: "Compare takes (2)" }).waitFor({ timeout: 60_000 });
    await card.getByTestId("transcript-source").waitFor({ timeout: 60_000 });
    await card.getByRole("link", { name: "Compare takes (2)" }).click();
    await page.waitForURL(/\/takes$/);
    const table = page.getByRole("table", { name: "Measures compared" });
    await table.getByRole("row", { name: /Delivery score/ }).waitFor();
    expect(await table.getByRole("row", { name: /Pace/ }).textContent()).toMatch(/Not judged/);
    expect(await page.locator("canvas").count()).toBe(2);
    await screenshot(page, "42-spoken-compare-takes");
    // Both takes were analysed off the request thread, by the production build's worker-thread pool.
    expect(server.logs()).toContain("speech analysis runs in worker threads");
    expect(server.logs()).not.toContain("speech analysis runs on the main thread");
    await page.getByRole("button", { name: /^Delete Take 1/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete take" }).click();
    await page.getByText(/Record this answer again to compare takes/).waitFor();
    await page.goto(interviewUrl);
    expect(await page.getByRole("link", { name: /Compare takes/ }).count()).toBe(0);

    // The agreement is remembered in settings.
    await page.goto(`${server.url}/app/settings`);
    expect(await page.getByRole("checkbox", { name: /Live captions through my browser/ }).isChecked()).toBe(true);
    // The privacy summary counts what is stored where, and names the one outside service used (the browser's recogniser).
    const privacy = (await page.getByRole("region", { name: /Privacy/ }).textContent()) ?? "";
    expect(privacy).toContain("Database on this computer");
    expect(privacy).toMatch(/1 recording of answers and 0 earlier takes/);
    expect(privacy).toMatch(/browser.s speech recognition service \(you agreed\)/);
    // The speaking profile saves without a reload and keeps what was typed, also after a refused save.
    const fillers = page.getByLabel("Your own filler words");
    await fillers.fill("basically, one two three");
    await page.getByRole("button", { name: "Save speaking profile" }).click();
    await page
      .getByText(/two-word phrases, separated by commas/)
      .first()
      .waitFor();
    expect(await fillers.inputValue()).toBe("basically, one two three");
    await fillers.fill("basically, na");
    await page.getByLabel("Language and accent").selectOption("en-NG");
    await page.getByRole("button", { name: "Save speaking profile" }).click();
    await page.getByRole("status").getByText("Saved.").waitFor();
    expect(await fillers.inputValue()).toBe("basically, na");
    expect(await page.getByLabel("Language and accent").inputValue()).toBe("en-NG");
    await page.reload();
    expect(await page.getByLabel("Your own filler words").inputValue()).toBe("basically, na");
    await screenshot(page, "44-settings-speaking-profile-privacy");
  });
});

async function checkAnalysedCard(page: Page) {
  const card = page.getByRole("article").first();
  await card
    .getByTestId("transcript-text")
    .getByText(/clashing in code reviews/)
    .waitFor({ timeout: 10_000 });
  // Fillers are highlighted in the transcript.
  expect(await card.getByTestId("transcript-text").locator("mark").allTextContents()).toContain("um,");
  // Words per minute from the transcript, and content feedback from the rubric, labelled as such.
  // Words per minute from the transcript over the measured audio: espeak spoke at 165.
  const norms = (await card.getByRole("list", { name: "Against published norms" }).textContent()) ?? "";
  const wpm = Number(/Pace\s*([\d.]+)\s*wpm/.exec(norms)?.[1]);
  expect(wpm).toBeGreaterThan(120);
  expect(wpm).toBeLessThan(210);
  const content = card.getByRole("region", { name: "Content feedback" });
  await content
    .getByText(/not an AI model/)
    .first()
    .waitFor();
  expect(await content.getByLabel(/Rating \d+ out of 10/).count()).toBe(1);
  expect(await card.getByTestId("overall-formula").textContent()).toMatch(/60% content \(\d+\/10 → \d+\) \+ 40% delivery/);
  // A quote carries the time it was said; clicking it plays the recording from there.
  const timed = content.getByRole("button", { name: /^Play from \d+:\d\d$/ }).first();
  await timed.waitFor();
  await timed.click();
  await expect.poll(async () => card.locator("audio").evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5_000 }).toBeGreaterThan(0);
}
