import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";
import { insertSilence } from "../support/speechAudio";

/**
 * A spoken interview with no keys: the fake microphone plays an espeak answer
 * followed by silence (in a loop), so each turn ends by silence; a fake
 * on-device `SpeechRecognition` gives each turn its words. Headless Chromium
 * has no voices, so the interviewer's text carries the flow.
 */
const ANSWER = "At my last job a colleague and I disagreed in code reviews, so I asked him for a one-on-one and listened to his concerns.";

const FAKE_RECOGNITION = `(() => {
  class FakeSpeechRecognition {
    constructor() { this.onresult = null; this.onend = null; this.onerror = null; this.timers = []; }
    static available() { return Promise.resolve("available"); }
    start() {
      const emit = (text, isFinal) => this.onresult && this.onresult({ resultIndex: 0, results: [Object.assign([{ transcript: text }], { isFinal })] });
      this.timers.push(setTimeout(() => emit("At my last job", false), 400));
      this.timers.push(setTimeout(() => emit(${JSON.stringify(ANSWER)}, true), 1200));
    }
    stop() { this.timers.forEach(clearTimeout); setTimeout(() => this.onend && this.onend(), 0); }
    abort() { this.stop(); }
  }
  window.SpeechRecognition = FakeSpeechRecognition;
})();`;

describe("spoken conversation interview (no keys, fake microphone and recogniser)", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "darasa-conv-"));
    const speech = path.join(dir, "speech.wav");
    execFileSync("espeak-ng", ["-s", "170", "-w", speech, ANSWER]);
    const wav = path.join(dir, "answer.wav");
    // The answer, then 4 s of silence: the pause that ends each turn.
    writeFileSync(wav, insertSilence(new Uint8Array(readFileSync(speech)), Number.MAX_SAFE_INTEGER, 4000));
    server = await startTestServer();
    browser = await launchBrowser(["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${wav}`]);
    page = await newPage(browser);
    await page.addInitScript(FAKE_RECOGNITION);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Waits for the interviewer's next words; returns them and how long after the candidate's turn ended they appeared. */
  async function nextInterviewerTurn(previous: string | null): Promise<{ text: string; latencyMs: number }> {
    const turn = page.getByTestId("interviewer-turn");
    await expect
      .poll(async () => turn.textContent(), { timeout: 40_000, interval: 100 })
      .not.toBe(previous)
      .catch(async (error: unknown) => {
        await screenshot(page, "59-conversation-failure");
        throw error;
      });
    const latency = await page.locator("[data-turn-latency-ms]").getAttribute("data-turn-latency-ms");
    return { text: (await turn.textContent()) ?? "", latencyMs: Number(latency) };
  }

  it("asks, listens, follows up on a missed point, resumes after a reload and ends with feedback per answer", async () => {
    await signUpLocally(page, server.url, "Amina Yusuf", "amina@example.test");
    await createJob(page, server.url, { name: "Engineering manager", description: "Leading a team of six engineers, code review, mentoring and delivery." });
    await page.getByRole("link", { name: /Mock interviews/ }).click();
    await page.getByLabel("Mode").selectOption("conversation");
    await page.getByLabel("Kind").selectOption("behavioural");
    await page.getByLabel("Questions").selectOption("2");
    await screenshot(page, "49-interviews-start-form");
    await page.getByRole("button", { name: "Start spoken interview" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await page
      .getByTestId("caption-mode")
      .getByText(/recognised on this device/)
      .waitFor();
    await page.getByRole("button", { name: "Start the interview" }).click();

    const turn = page.getByTestId("interviewer-turn");
    await turn.waitFor();
    const first = (await turn.textContent()) ?? "";
    expect(first.length).toBeGreaterThan(10);
    await page
      .getByTestId("live-captions")
      .getByText(/At my last job/)
      .first()
      .waitFor({ timeout: 15_000 });
    // Levels are measured on the audio thread (AudioWorklet), not polled on the page.
    expect(await page.locator("[data-level-source]").getAttribute("data-level-source")).toBe("worklet");
    await screenshot(page, "50-conversation-listening");

    // Silence ends the turn; the interviewer follows up on a key point the answer missed.
    const followUp = await nextInterviewerTurn(first);
    expect(followUp.text).toMatch(/^Follow-up:/);
    expect(followUp.text).toMatch(/strong answers here also cover this point/);
    console.log(`conversation latency (end of turn → follow-up shown): ${followUp.latencyMs} ms`);
    expect(followUp.latencyMs).toBeGreaterThan(0);
    expect(followUp.latencyMs).toBeLessThan(5_000);
    // Who chose the follow-up comes from the server, and is the same after a reload.
    const producer = page.getByTestId("follow-up-producer");
    await expect.poll(async () => producer.textContent()).toMatch(/^Follow-up chosen by the Darasa insights engine/);

    // A reload mid-interview resumes at the current turn.
    await page.reload();
    await page.getByRole("button", { name: "Resume the interview" }).click();
    await expect.poll(async () => turn.textContent(), { timeout: 10_000 }).toBe(followUp.text);
    await expect.poll(async () => producer.textContent()).toMatch(/^Follow-up chosen by the Darasa insights engine/);

    const second = await nextInterviewerTurn(followUp.text);
    expect(second.text).not.toMatch(/^Follow-up:/);
    console.log(`conversation latency (end of turn → next question shown): ${second.latencyMs} ms`);
    // End early: the answered turns stay and are analysed; nothing unasked remains.
    await page
      .getByText(/Listening…|Your turn/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "End the interview" }).click();
    await page.getByTestId("conversation-finished").waitFor();

    const cards = page.getByRole("article");
    await expect.poll(async () => cards.filter({ has: page.locator("canvas") }).count(), { timeout: 90_000, interval: 1000 }).toBe(2);
    expect(await cards.nth(1).textContent()).toMatch(/Follow-up:/);
    await cards.first().getByTestId("transcript-source").getByText("Recognised by your browser while you spoke").waitFor();
    await cards
      .first()
      .getByRole("region", { name: "Content feedback" })
      .getByText(/not an AI model/)
      .first()
      .waitFor();
    // The one results layout (shared with live interviews): overall score with its formula, the
    // transcript with both speakers (follow-up marked, each answer linked to its recording), downloads.
    await expect
      .poll(async () => page.getByTestId("interview-formula").textContent(), { timeout: 30_000 })
      .toMatch(/^Overall = the mean of 2 answers' overall scores \(each 60% content \+ 40% delivery\)/);
    const said = page.getByTestId("saved-transcript").getByRole("listitem");
    expect(await said.count()).toBe(4);
    expect(await said.nth(0).textContent()).toMatch(/^Interviewer/);
    expect(await said.nth(1).textContent()).toMatch(/^You · recording and feedback/);
    expect(await said.nth(2).textContent()).toMatch(/^Interviewer \(follow-up\)\S/);
    await page.getByRole("link", { name: "Download PDF" }).waitFor();
    await screenshot(page, "51-conversation-results");
  });
});
