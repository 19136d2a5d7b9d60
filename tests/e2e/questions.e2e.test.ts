import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJob, launchBrowser, newPage, screenshot, signUpLocally } from "../support/browser";
import { startTestServer, type TestServer } from "../support/server";

describe("technical questions offline in a real browser", () => {
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

  it("generates a bank question, grades an answer, and keeps both after a reload", async () => {
    await signUpLocally(page, server.url, "Grace Hopper", "grace@example.test");
    await createJob(page, server.url, {
      name: "Platform SRE",
      title: "Site Reliability Engineer",
      description: "Run Kubernetes clusters with Terraform on AWS. Own observability, SLOs, incident response and CI/CD pipelines.",
    });

    await page.getByRole("link", { name: /Technical questions/ }).click();
    await page.waitForURL("**/questions");
    await page.getByText(/Offline mode: questions come from Darasa's curated bank/).waitFor();
    await page.getByLabel("Hard").check();
    await page.getByRole("button", { name: "Generate question" }).click();
    const question = page.getByTestId("question-text");
    await question.waitFor();
    await page.getByLabel(/^Answer/).waitFor();
    const questionText = (await question.textContent())!.trim();
    expect(questionText.length).toBeGreaterThan(20);

    const answer =
      "First I would check the error budget and our SLOs, then look at dashboards and traces for the failing service. " +
      "For example, last year a bad deploy raised p99 latency by 300 ms; we rolled back within 10 minutes because the canary alerted, " +
      "then wrote a blameless postmortem with action items.";
    await page.getByLabel(/^Answer/).fill(answer);
    await page.getByRole("button", { name: "Get feedback" }).click();
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.getByText("How the rating was computed").waitFor();
    await feedback
      .getByText(/not an AI model/)
      .first()
      .waitFor();
    const rating = await feedback.getByLabel(/Rating \d+ out of 10/).getAttribute("aria-label");
    expect(rating).toMatch(/Rating ([1-9]|10) out of 10/);
    await screenshot(page, "10-question-feedback");

    await page.reload();
    const history = page.getByRole("list", { name: "Past questions" });
    const item = history.getByRole("listitem").filter({ hasText: questionText.slice(0, 40) });
    await item.waitFor();
    await item.locator("summary").click();
    await item.getByText(answer.slice(0, 60)).waitFor();
    await item.getByText("How the rating was computed").waitFor();
    await expect(item.getByLabel(/Rating \d+ out of 10/).getAttribute("aria-label")).resolves.toBe(rating);
    await screenshot(page, "11-question-history");

    // A drill's link preselects a past question: the page opens it (and the others stay closed).
    const questionId = (await item.getAttribute("id"))!.replace(/^question-/, "");
    const questionsUrl = page.url().split(/[?#]/)[0]!;
    await page.goto(`${questionsUrl}?question=${questionId}#question-${questionId}`);
    expect(await page.locator(`[id="question-${questionId}"] > details`).getAttribute("open")).not.toBeNull();
    await page.goto(questionsUrl);
    expect(await page.locator(`[id="question-${questionId}"] > details`).getAttribute("open")).toBeNull();

    // The job's export holds the answer, the feedback and its breakdown with the weights, in Markdown and in the PDF.
    const jobId = new URL(questionsUrl).pathname.split("/")[3]!;
    const markdown = await (await page.request.get(`${server.url}/api/job-infos/${jobId}/export?format=md`)).text();
    expect(markdown).toContain(`**Your answer:** ${answer.slice(0, 60)}`);
    expect(markdown).toContain("**How the rating was computed**");
    expect(markdown).toMatch(/\| coverage \| \d+% \| 0\.\d+ \| [\d.]+ \|/);
    expect(markdown).toContain("**A strong answer**");
    const pdf = await (await page.request.get(`${server.url}/api/job-infos/${jobId}/export?format=pdf`)).body();
    const { extractText, getDocumentProxy } = await import("unpdf");
    const pdfText = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, " ");
    expect(pdfText).toContain(answer.slice(0, 60));
    expect(pdfText).toMatch(/How the rating was computed .*coverage: \d+%: 0\.\d+:/);
  });

  it("re-answers a past question: a new graded attempt, the first one kept beside it", async () => {
    const history = page.getByRole("list", { name: "Past questions" });
    const item = history.getByRole("listitem").first();
    await item.locator("summary").click();
    await item.getByRole("button", { name: "Answer again" }).click();
    const second =
      "I would check the error budget first, then page the owning team. " +
      "Last year I led a rollback of a bad deploy within 8 minutes because the canary alerted on p99 latency, " +
      "then I wrote the postmortem and added a load test to CI so it could not happen again.";
    await item.getByLabel(/^Answer/).fill(second);
    await item.getByRole("button", { name: "Get feedback" }).click();
    await item
      .getByRole("region", { name: "Feedback" })
      .getByLabel(/Rating \d+ out of 10/)
      .waitFor();

    await page.reload();
    const reloaded = page.getByRole("list", { name: "Past questions" }).getByRole("listitem").first();
    await reloaded.locator("summary").click();
    await reloaded.getByText("2 attempts").waitFor();
    const attempts = reloaded.getByTestId("question-attempt");
    await expect(attempts.count()).resolves.toBe(2);
    // Latest first, each with its own rating; the first answer is still there.
    await attempts.nth(0).getByText("Attempt 2 (latest)").waitFor();
    await attempts.nth(0).getByText(second.slice(0, 50)).waitFor();
    await attempts.nth(1).getByText("Attempt 1").waitFor();
    await attempts
      .nth(1)
      .getByText(/First I would check the error budget/)
      .waitFor();
    for (const i of [0, 1])
      await attempts
        .nth(i)
        .getByLabel(/Rating \d+ out of 10/)
        .waitFor();
    // Quotes of covered key points are highlighted in the answer they come from (none here when nothing was covered;
    // the offsets are tested in tests/unit/quoteOffsets.test.ts): every highlight is text of that answer.
    for (const mark of await attempts.nth(0).locator("mark").allTextContents()) expect(second).toContain(mark);
    await screenshot(page, "12-question-attempts");
  });

  it("exports the user's data as JSON, then deletes the account and everything in it", async () => {
    await page.goto(`${server.url}/app/settings`);
    const exported = await page.request.get(`${server.url}/api/account/export`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="darasa-export-/);
    const data = (await exported.json()) as { user: { name: string }; jobInfos: unknown[]; questions: { answer: string | null }[] };
    expect(data.user.name).toBe("Grace Hopper");
    expect(data.jobInfos).toHaveLength(1);
    expect(data.questions[0]?.answer).toMatch(/error budget/);

    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/sign-in`);
    await page.getByText("Create a local user").waitFor();
    await expect(page.getByRole("button", { name: /Grace Hopper/ }).count()).resolves.toBe(0);
    const after = await page.request.get(`${server.url}/api/account/export`);
    expect(after.status()).toBe(401);
  });
});
