import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { JobInfo, Question } from "@/drizzle/schema";
import { jobPreparationMarkdown } from "@/features/jobInfos/preparationMarkdown";
import { markdownBlocks, markdownToPdf } from "@/lib/markdownPdf";

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text, pages: totalPages };
}

describe("Markdown to PDF", () => {
  it("reads headings, lists, table rows and escapes back as plain text", () => {
    expect(markdownBlocks("# Title \\#1\n\n- point **bold** _note_\n| Measure | Value |\n|---|---|\n| Answers | 2 |\nPlain \\<text\\>")).toEqual([
      { kind: "h1", text: "Title #1" },
      { kind: "li", text: "point bold note" },
      { kind: "li", text: "Measure: Value" },
      { kind: "li", text: "Answers: 2" },
      { kind: "p", text: "Plain <text>" },
    ]);
  });

  it("renders a PDF whose text can be read back, across pages, without failing on characters Helvetica lacks", async () => {
    const long = Array.from({ length: 120 }, (_, i) => `- Point ${i + 1}: a line long enough to need wrapping when the page is narrow, about caching and retries.`).join("\n");
    const bytes = await markdownToPdf(`# Preparation — Zoë\n\n## Notes\n\nPractise “STAR” answers. 面试 practice.\n\n${long}`, { title: "Test" });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain("Preparation — Zoë");
    expect(text).toContain("Practise “STAR” answers. ?? practice.");
    expect(text).toContain("Point 120");
  });
});

describe("job preparation export", () => {
  const job = {
    id: "j",
    userId: "u",
    name: "Payments | API",
    title: "Backend Engineer",
    experienceLevel: "senior",
    description: "Node.js and *PostgreSQL*.",
    createdAt: new Date(),
    updatedAt: new Date(),
  } as JobInfo;
  const question = {
    text: "How do you make retries safe?",
    difficulty: "medium",
    answer: "With idempotency keys.",
    rating: 6,
    feedbackSource: "insights",
    feedback: { summary: "Covers the key idea." },
  } as Question;

  it("lists the job, answered questions with feedback, and every score", () => {
    const md = jobPreparationMarkdown({
      job,
      questions: [question],
      resumes: [{ createdAt: new Date("2026-11-01T00:00:00Z"), fileName: "cv.pdf", overallScore: 71, matchRate: 0.64 }],
      interviews: [{ createdAt: new Date("2026-11-02T00:00:00Z"), answers: 3, ready: 3, meanScore: 77 }],
      liveInterviews: [{ createdAt: new Date("2026-11-03T00:00:00Z"), durationMs: 600_000, score: 62, status: "ready" }],
      exportedAt: new Date("2026-11-22T00:00:00Z"),
    });
    expect(md).toContain("# Interview preparation — Payments \\| API");
    expect(md).toContain("- Role: Backend Engineer, Senior");
    expect(md).toContain("Node.js and \\*PostgreSQL\\*.");
    expect(md).toContain("### 1. How do you make retries safe?");
    expect(md).toContain("rating 6/10 (automated analysis)");
    expect(md).toContain("**Your answer:** With idempotency keys.");
    expect(md).toContain("**Feedback:** Covers the key idea.");
    expect(md).toContain("- 2026-11-01: cv.pdf, 71/100, keywords 64%");
    expect(md).toContain("- 2026-11-02: 3/3 answers analysed, delivery 77/100");
    expect(md).toContain("- 2026-11-03, 10:00 long, 62/100");
  });
});
