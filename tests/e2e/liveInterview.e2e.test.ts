import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatClock } from "@/lib/format";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { DEFAULT_SCRIPT, startFakeHume, type FakeHume } from "../support/fakeHume";
import { startTestServer, type TestServer } from "../support/server";

/**
 * A live interview end to end: the real app, Debian Chromium with a fake
 * microphone playing espeak speech, and `@humeai/voice-react` talking to a
 * local fake of Hume's EVI socket and REST API.
 */
describe("live interview with Hume EVI (fake Hume servers, real browser)", () => {
  let hume: FakeHume;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "darasa-live-"));
    const wav = path.join(dir, "speech.wav");
    execFileSync("espeak-ng", ["-s", "150", "-w", wav, "At my previous job our checkout service was slow, so I profiled it and added a cache."]);
    hume = await startFakeHume();
    server = await startTestServer({
      HUME_API_KEY: hume.apiKey,
      HUME_SECRET_KEY: hume.secretKey,
      HUME_API_URL: hume.url,
      HUME_EVI_HOST: hume.eviHost,
    });
    browser = await launchBrowser([
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}`,
      "--autoplay-policy=no-user-gesture-required",
    ]);
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await hume?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const candidateLine = (DEFAULT_SCRIPT[1] as { utterances: string[] }).utterances[0]!;
  const lastQuestion = (DEFAULT_SCRIPT[4] as { text: string }).text;

  it("runs the call, saves a server-verified transcript, metrics and feedback, and refuses forged chat ids", async () => {
    await signUpLocally(page, server.url, "Ada Okafor", "ada.live@example.test");
    await createJob(page, server.url, {
      name: "Checkout platform",
      title: "Senior Backend Engineer",
      description: "Node.js services, PostgreSQL, Redis caching, performance work and on-call for the checkout API.",
    });
    await page.getByRole("link", { name: /Mock interviews/ }).click();
    await page.getByText(/includes 3 live interviews a month; 3 left this month/).waitFor();
    await page.getByRole("link", { name: "Prepare a live interview" }).click();
    await page.getByText("Use headphones").waitFor();
    await screenshot(page, "40-live-preflight");

    const start = page.getByRole("button", { name: "Start the interview" });
    expect(await start.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Check microphone" }).click();
    await page.getByRole("button", { name: /Microphone on/ }).waitFor();
    await start.click();

    const transcript = page.getByTestId("live-transcript");
    await transcript.getByText(/Tell me about a time you made a slow service faster/).waitFor({ timeout: 20_000 });
    await transcript.getByText(candidateLine).waitFor({ timeout: 30_000 });
    await transcript.getByText(lastQuestion).waitFor({ timeout: 30_000 });
    await page.getByText("Connected: the interview is being recorded.").waitFor();
    await screenshot(page, "41-live-call");
    await page.getByRole("button", { name: "Mute" }).click();
    await page.getByRole("button", { name: "Unmute" }).click();
    await page.getByRole("button", { name: "Mute" }).waitFor();
    await page.getByRole("button", { name: "End interview" }).click();

    await page.waitForURL(/\/interviews\/live\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const interviewId = page.url().split("/").at(-1)!;
    await page.getByRole("heading", { name: "Feedback" }).waitFor({ timeout: 60_000 });
    await screenshot(page, "42-live-results");

    // The browser connected with the interviewer persona built on the server for this job.
    const chats = [...hume.chats.values()].filter((c) => c.sessionSettings.custom_session_id === interviewId);
    expect(chats).toHaveLength(1);
    const chat = chats[0]!;
    expect(chat.sessionSettings.system_prompt).toContain("Senior Backend Engineer");
    expect(chat.sessionSettings.system_prompt).toContain("Ada Okafor");
    expect(chat.audioBytes).toBeGreaterThan(4000); // real microphone audio reached the socket
    // The server checked the chat with Hume using its own key.
    expect(hume.requests.some((r) => r.path === `/v0/evi/chats/${chat.id}` && r.apiKey === hume.apiKey)).toBe(true);

    // Duration comes from Hume's timestamps.
    expect(chat.endedAtMs).not.toBeNull();
    await page.getByText(`${formatClock(chat.endedAtMs! - chat.startedAtMs)} long (measured by the voice provider)`).waitFor();
    const saved = page.getByTestId("saved-transcript");
    await saved.getByText(candidateLine, { exact: false }).waitFor();
    for (const name of ["Substance", "Structure", "Evidence"]) await page.getByRole("heading", { name, exact: true }).waitFor();
    await page
      .getByText(/not an AI model/)
      .first()
      .waitFor();
    await page.getByRole("heading", { name: "Speech measures" }).waitFor();
    // The one results layout: the overall score says how it was computed.
    await page
      .getByTestId("interview-formula")
      .getByText(/^Overall = the mean of the \d category scores out of 10 \(Substance \d+/)
      .waitFor();

    // Forged attachments from the browser are refused.
    const forged = await page.evaluate(
      async ({ id, chatId }) => {
        const post = async (url: string, body?: unknown) => {
          const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
          return { status: r.status, body: await r.json() };
        };
        const again = await post(`/api/live-interviews/${id}/chat`, { chatId: "7d2a1f6e-1111-4222-8333-944445555666" });
        const jobId = location.pathname.split("/")[3];
        const fresh = await post(`/api/job-infos/${jobId}/live-interviews`);
        const reused = await post(`/api/live-interviews/${fresh.body.data.interviewId}/chat`, { chatId });
        const unknown = await post(`/api/live-interviews/${fresh.body.data.interviewId}/chat`, { chatId: "7d2a1f6e-1111-4222-8333-944445555666" });
        return { again: again.status, reused: reused.body.error.code, unknown: unknown.body.error.code };
      },
      { id: interviewId, chatId: chat.id },
    );
    expect(forged).toEqual({ again: 409, reused: "CHAT_IN_USE", unknown: "CHAT_NOT_VERIFIED" });

    // Notes are saved and kept.
    await page.getByLabel("Notes", { exact: true }).fill("Lead with the result next time.");
    await page.getByRole("button", { name: "Save notes" }).click();
    await page.getByText("Notes saved.").waitFor();

    // The Markdown download carries the transcript, feedback and notes.
    const exported = await page.request.get(`${server.url}/api/live-interviews/${interviewId}/export`);
    expect(exported.headers()["content-type"]).toContain("text/markdown");
    const markdown = await exported.text();
    expect(markdown).toContain("## Feedback");
    expect(markdown).toContain(candidateLine.slice(0, 40));
    expect(markdown).toContain("Lead with the result next time.");
    // Section by section, as the page shows it: the score's formula, the measures against their norms, notes, the transcript's source.
    expect(markdown).toMatch(/- Overall: \d+\/100 = the mean of the \d+ category scores out of 10/);
    expect(markdown).toContain("## Speech measures");
    // The fake call's answers are too short for a pace; norm bands for measured values are checked in tests/unit/exports.test.ts.
    expect(markdown).toMatch(/\| Median pace \| (—|\d+ wpm) \|/);
    expect(markdown).toMatch(/\| Answers \| 2 \|/);
    expect(markdown).toContain("## Your notes\n\nLead with the result next time.");
    expect(markdown).toContain("_Transcribed by the live voice provider (Hume EVI) during the call");
    const pdf = await page.request.get(`${server.url}/api/live-interviews/${interviewId}/export?format=pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const pdfBytes = await pdf.body();
    expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdfText = (await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), { mergePages: true })).text.replace(/\s+/g, " ");
    expect(pdfText).toContain("Your notes Lead with the result next time.");
    expect(pdfText).toContain(candidateLine.slice(0, 40));
    expect(pdfText).toContain("Speech measures");
    const jobId = new URL(page.url()).pathname.split("/")[3]!;
    const preparation = await page.request.get(`${server.url}/api/job-infos/${jobId}/export?format=md`);
    const preparationText = await preparation.text();
    expect(preparationText).toContain("# Interview preparation — Checkout platform");
    expect(preparationText).toMatch(/## Live interviews\n\n- \d{4}-\d{2}-\d{2}, \d+:\d{2} long, \d+\/100/);
    // The whole interview, not only its line: feedback, notes and transcript (needs the route on getJobPreparationDocument).
    expect(preparationText).toMatch(/## Live interview — \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(preparationText).toContain("Lead with the result next time.");
    expect(preparationText).toContain(candidateLine.slice(0, 40));
    expect(preparationText).toContain("## Progress");
    const preparationPdf = await page.request.get(`${server.url}/api/job-infos/${jobId}/export?format=pdf`);
    const preparationPdfText = (await extractText(await getDocumentProxy(new Uint8Array(await preparationPdf.body())), { mergePages: true })).text.replace(
      /\s+/g,
      " ",
    );
    expect(preparationPdfText).toContain("Lead with the result next time.");
    expect(preparationPdfText).toContain(candidateLine.slice(0, 40));
    expect((await page.request.get(`${server.url}/api/job-infos/${jobId}/export?format=docx`)).status()).toBe(400);

    // Reload: everything is still there; the list shows the interview.
    await page.reload();
    await page.getByRole("heading", { name: "Feedback" }).waitFor();
    expect(await page.getByLabel("Notes", { exact: true }).inputValue()).toBe("Lead with the result next time.");
    await page.getByRole("link", { name: "Mock interviews" }).click();
    // One history for all kinds of interview: the live one is listed as completed.
    await page
      .getByRole("list", { name: "Past interviews" })
      .getByRole("link", { name: /Live interview \(Hume\).*Completed/ })
      .waitFor();
    // Two records count this month: the call, and the one the forgery test started (not yet 15 minutes old).
    await page.getByText(/1 left this month/).waitFor();

    // Another user gets "not found" for every view and action on it.
    const intruder = await newPage(browser);
    await signUpLocally(intruder, server.url, "Mallory Other", "mallory.live@example.test");
    const resultUrl = `${server.url}${new URL(page.url()).pathname}/live/${interviewId}`;
    expect((await intruder.request.get(resultUrl)).status()).toBe(404);
    expect((await intruder.request.get(`${server.url}/api/live-interviews/${interviewId}/status`)).status()).toBe(404);
    expect((await intruder.request.get(`${server.url}/api/live-interviews/${interviewId}/export`)).status()).toBe(404);
    expect((await intruder.request.get(`${server.url}/api/job-infos/${new URL(page.url()).pathname.split("/")[3]}/export?format=pdf`)).status()).toBe(404);
    expect((await intruder.request.post(`${server.url}/api/live-interviews/${interviewId}/analysis`)).status()).toBe(404);
    const steal = await intruder.request.post(`${server.url}/api/live-interviews/${interviewId}/chat`, { data: { chatId: chat.id } });
    expect(steal.status()).toBe(404);
    const junk = await intruder.request.post(`${server.url}/api/live-interviews/${interviewId}/chat`, { data: { chatId: "../../admin" } });
    expect(junk.status()).toBe(400);
    expect((await junk.json()).error.code).toBe("VALIDATION_FAILED");
    const anonymous = await browser.newContext({ userAgent: await page.evaluate(() => navigator.userAgent) });
    const signedOut = await anonymous.request.post(`${server.url}/api/job-infos/${new URL(page.url()).pathname.split("/")[3]}/live-interviews`);
    expect(signedOut.status()).toBe(401);
    await anonymous.close();
    await intruder.context().close();

    // The job's progress page charts the live score, without claiming a change it cannot measure.
    const interviewsPath = new URL(page.url()).pathname;
    await page.goto(`${server.url}${interviewsPath.replace(/\/interviews$/, "")}`);
    await page.getByRole("link", { name: /Progress/ }).click();
    const liveChart = page.getByRole("img", { name: /^Live interviews: 1 result/ });
    await liveChart.waitFor();
    // The x axis carries the result's date.
    const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short" });
    expect(await liveChart.getByTestId("x-axis").textContent()).toContain(today);
    await page.getByText(/no change is claimed/).waitFor();
    await page.getByRole("heading", { name: "Drills" }).waitFor();
    await screenshot(page, "44-progress");

    // The coach page: the role is understood (skills found), stories are the next step; PostgreSQL has no evidence yet.
    await page.goto(`${server.url}${interviewsPath.replace(/\/interviews$/, "")}`);
    await page.getByRole("link", { name: /Coach/ }).click();
    const journeySteps = page.getByRole("list", { name: "Preparation journey" }).getByRole("listitem");
    await expect.poll(() => journeySteps.count()).toBe(5);
    expect(await journeySteps.nth(0).textContent()).toContain("(Done)");
    expect(await journeySteps.nth(1).getAttribute("aria-current")).toBe("step");
    const postgresRow = page.getByRole("row").filter({ hasText: "PostgreSQL" });
    await postgresRow.getByText("No evidence yet").waitFor();
    // The offline coach answers with a question, labelled as scripted, and the conversation is kept.
    await page.getByLabel("Your message").fill("Hi coach, where should I start?");
    await page.getByRole("button", { name: "Send" }).click();
    const conversation = page.getByTestId("coach-conversation");
    await conversation
      .getByText("Coach (offline: rule-based questions about what you wrote, not an AI model)")
      .waitFor()
      .catch(async (error) => {
        await screenshot(page, "45-coach-failed");
        throw error;
      });
    // The coach answers with a question of its own (the user's message is the other one ending in "?").
    await expect.poll(() => conversation.getByText(/\?$/).count()).toBeGreaterThanOrEqual(2);
    await page.reload();
    await page.getByTestId("coach-conversation").getByText("Hi coach, where should I start?").waitFor();
    await screenshot(page, "45-coach");

    // The results read on a phone: nothing wider than the screen.
    await page.goto(`${server.url}${interviewsPath}/live/${interviewId}`);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole("heading", { name: "Feedback" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "43-live-results-360px");
    await page.setViewportSize({ width: 1280, height: 900 });

    // The owner can delete it.
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
    await page.waitForURL(/\/interviews$/);
    expect(await page.getByRole("link", { name: /Live interview \(Hume\)/ }).count()).toBe(0);
  });
});
