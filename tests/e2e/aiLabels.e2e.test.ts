import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { ok, startFakeLlmServer, status, type FakeLlmServer } from "../support/fakeLlmServer";
import { startTestServer, type TestServer } from "../support/server";

/**
 * The questions page as a user running a local model sees it: the production
 * server configured with OPENAI_COMPATIBLE_BASE_URL pointing at a local fake
 * of an OpenAI-compatible server that streams slowly, so the label can be
 * checked while the text is still arriving.
 */
const MODEL = "qwen2.5:14b-instruct";
const QUESTION = "How would you make payment retries idempotent when a client times out and sends the same charge again?";
const FEEDBACK = {
  rating: 7,
  summary: "Names the idempotency key and the unique constraint; says nothing about how long keys are kept.",
  strengths: [{ point: "Stores the key under a unique constraint", quote: "a unique constraint on the key" }],
  gaps: [{ point: "Key expiry", suggestion: "Say how long keys are kept and why." }],
  modelAnswer:
    "Require an idempotency key per charge, store it under a unique constraint in the same transaction, replay the stored response on a retry, and expire keys after a day.",
};
const ANSWER =
  "The client sends an idempotency key and the server keeps a unique constraint on the key in the same transaction as the charge, replaying the stored response.";

describe("AI labels while streaming, with a local OpenAI-compatible model", () => {
  let llm: FakeLlmServer;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    llm = await startFakeLlmServer();
    server = await startTestServer({ OPENAI_COMPATIBLE_BASE_URL: `${llm.url}/v1`, OPENAI_COMPATIBLE_MODEL: MODEL, OPENAI_COMPATIBLE_API_KEY: "sk-local" });
    browser = await launchBrowser();
    page = await newPage(browser);
    await signUpLocally(page, server.url, "Ada Lovelace", "ada@example.test");
    await createJob(page, server.url, {
      name: "Payments",
      title: "Backend Engineer",
      description: "Build payment APIs in Node.js and PostgreSQL; own retries and idempotency.",
    });
    await page.getByRole("link", { name: /Technical questions/ }).click();
    await page.waitForURL("**/questions");
  });

  beforeEach(() => {
    llm.reset();
    llm.setDefault(status(500));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await llm?.close();
  });

  it("names the model from the first word of the question and of the feedback, and again after a reload", async () => {
    llm.enqueue(ok(QUESTION, { chunkDelayMs: 200 }), ok(JSON.stringify(FEEDBACK), { chunkDelayMs: 60 }));
    await page.getByRole("button", { name: "Generate question" }).click();
    await page.getByTestId("question-producer").getByText(`Written by an AI model (${MODEL})`).waitFor();
    // Labelled while the question is still arriving.
    expect((await page.getByTestId("question-text").textContent())!.trim()).not.toBe(QUESTION);
    await screenshot(page, "60-question-streaming-label");
    await page.getByLabel(/^Answer/).waitFor();
    expect((await page.getByTestId("question-text").textContent())!.trim()).toBe(QUESTION);

    await page.getByLabel(/^Answer/).fill(ANSWER);
    await page.getByRole("button", { name: "Get feedback" }).click();
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.getByText(`AI feedback (${MODEL})`).waitFor();
    // The model answer is the last field: the label was there before it.
    expect(await feedback.getByText("A strong answer").count()).toBe(0);
    expect(await feedback.getByText(/not an AI model/).count()).toBe(0);
    await feedback.getByText("A strong answer").waitFor();
    await feedback.getByLabel("Rating 7 out of 10").waitFor();
    await screenshot(page, "61-feedback-llm-label");
    // The stream has ended (validated and saved) once the form offers to grade again.
    await page.getByRole("button", { name: "Grade again" }).waitFor();

    await page.reload();
    const item = page
      .getByRole("list", { name: "Past questions" })
      .getByRole("listitem")
      .filter({ hasText: QUESTION.slice(0, 40) });
    await item.locator("summary").click();
    await item.getByText(`AI feedback (${MODEL})`).waitFor();
    await item.getByLabel("Rating 7 out of 10").waitFor();
  });

  it("an out-of-range answer is never shown: the rubric's feedback replaces it, labelled as not an AI model", async () => {
    const outOfRange = JSON.stringify({ ...FEEDBACK, rating: 50, breakdown: [{ part: "coverage", score: 5, weight: 5, explanation: "Invented." }] });
    // The model refuses the key (401), so the bank asks; then it grades out of range twice.
    llm.enqueue(status(401), ok(outOfRange, { chunkDelayMs: 30 }), ok(outOfRange, { chunkDelayMs: 30 }));
    await page.getByRole("button", { name: "Generate question" }).click();
    await page
      .getByTestId("question-producer")
      .getByText(/From Darasa's question bank/)
      .waitFor();
    const bankQuestion = (await page.getByTestId("question-text").textContent())!.trim();
    await page.getByLabel(/^Answer/).fill(ANSWER);
    await page.getByRole("button", { name: "Get feedback" }).click();
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.getByText(`AI feedback (${MODEL})`).waitFor();
    expect(await feedback.getByLabel(/Rating 50/).count()).toBe(0);
    await feedback.getByText(/Automated analysis by the insights engine/).waitFor();
    await feedback.getByText("How the rating was computed").waitFor();
    expect(await feedback.getByText(`AI feedback (${MODEL})`).count()).toBe(0);
    const text = (await feedback.textContent())!;
    expect(text).not.toMatch(/500%|Rating 50|Invented\./);
    for (const percent of text.matchAll(/(\d+)%/g)) expect(Number(percent[1])).toBeLessThanOrEqual(100);
    await screenshot(page, "62-feedback-fallback-label");

    await page.reload();
    const item = page
      .getByRole("list", { name: "Past questions" })
      .getByRole("listitem")
      .filter({ hasText: bankQuestion.slice(0, 40) });
    await item.locator("summary").click();
    await item.getByText(/Automated analysis by the insights engine/).waitFor();
    expect(llm.requests.map((r) => r.path)).toEqual(["/v1/chat/completions", "/v1/chat/completions", "/v1/chat/completions"]);
  });
});
