import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { JobInfo, Question } from "@/drizzle/schema";
import { recordedInterviewMarkdown, type AnswerForExport } from "@/features/interviews/markdown";
import { jobPreparationMarkdown } from "@/features/jobInfos/preparationMarkdown";
import { liveInterviewMarkdown, type LiveInterviewForExport } from "@/features/liveInterviews/markdown";
import { computeLiveMetrics } from "@/features/liveInterviews/metrics";
import { jobTrendSeries } from "@/features/progress/trends";
import { chooseDrills } from "@/progress/drills";
import { condenseMessages } from "@/services/hume/transcript";
import { makeResumeReport, makeSpeechMetrics } from "../support/storedJson";
import { markdownBlocks, markdownToPdf } from "@/lib/markdownPdf";
import { loadFonts, splitRuns } from "@/lib/pdfFonts";

async function pdfText(bytes: Uint8Array): Promise<{ text: string; flat: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  // Lines wrap where the page ends: compare phrases with every whitespace run as one space.
  return { text, flat: text.replace(/\s+/g, " "), pages: totalPages };
}

/** The fonts a PDF embeds, by PostScript name (pdf-lib writes "ABCDEF+DejaVuSans-1234"). */
async function embeddedFonts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const baseFont = object instanceof PDFDict ? object.lookup(PDFName.of("BaseFont")) : undefined;
    if (baseFont instanceof PDFName)
      names.add(
        baseFont
          .decodeText()
          .replace(/^[A-Z]{6}\+/, "")
          .replace(/-\d+$/, ""),
      );
  }
  return [...names].sort();
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

  it("renders a PDF whose text can be read back, across pages, boxing (and noting) characters its fonts lack", async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `- Point ${i + 1}: a line long enough to need wrapping when the page is narrow, about caching and retries.`,
    ).join("\n");
    const bytes = await markdownToPdf(`# Preparation — Zoë\n\n## Notes\n\nPractise “STAR” answers. 面试 practice.\n\n${long}`, { title: "Test" });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const { flat, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(1);
    expect(flat).toContain("Preparation — Zoë");
    expect(flat).toContain("Practise “STAR” answers. □□ practice.");
    expect(flat).not.toContain("?");
    // The note comes right under the title, before any box.
    expect(flat.indexOf("Chinese, Japanese and Korean characters")).toBeGreaterThan(flat.indexOf("Preparation — Zoë"));
    expect(flat.indexOf("Chinese, Japanese and Korean characters")).toBeLessThan(flat.indexOf("□□ practice"));
    expect(flat).toContain("Point 120");
  });

  // Names and quotes as users type them: each line must come back from the PDF exactly.
  const SCRIPTS = {
    latin: "Zoë Łódź, Nguyễn Thị Ánh, Dvořák in São Paulo, İstanbul and Ærøskøbing: “ça va”, ½ ≠ ¼",
    greek: "Αλέξανδρος Παπαδόπουλος: «Καλημέρα, ευχαριστώ»",
    cyrillic: "Юлия Иванова — «Здравствуйте», Київ, Ёлка",
    armenianGeorgian: "Հայաստան · საქართველო",
    devanagari: "नमस्ते भारत",
  };

  it("embeds Unicode fonts: Latin with diacritics, Greek, Cyrillic, Armenian, Georgian and Devanagari round-trip", async () => {
    const lines = Object.values(SCRIPTS);
    const markdown = `# Ἀθῆναι — Київ — नमस्ते\n\n${lines.map((l) => `- ${l}`).join("\n")}\n\n## ${SCRIPTS.cyrillic}\n\n${SCRIPTS.devanagari} — ${SCRIPTS.greek}`;
    const bytes = await markdownToPdf(markdown, { title: "Юлия — नमस्ते" });
    const { flat } = await pdfText(bytes);
    expect(flat).toContain("Ἀθῆναι — Київ — नमस्ते"); // bold heading, three scripts
    for (const line of lines) expect(flat).toContain(line);
    expect(flat).toContain(`${SCRIPTS.devanagari} — ${SCRIPTS.greek}`); // one line, two fonts
    expect(flat).not.toMatch(/[□?]|Note:/);
    expect(await embeddedFonts(bytes)).toEqual(["DejaVuSans", "DejaVuSans-Bold", "NotoSansDevanagari-Bold", "NotoSansDevanagari-Regular"]);
  });

  it("shapes Devanagari conjuncts and vowel signs (read back in visual order by pdf.js) without boxes", async () => {
    const names = "प्रिया शर्मा, अमित कुमार, क्षत्रिय";
    const { text } = await pdfText(await markdownToPdf(`# ${names}\n\n${names}`, { title: "Names" }));
    expect(text).not.toMatch(/[□?]|Note:/);
    // A pre-base vowel sign is drawn (and so extracted) before its consonant: the same characters, reordered.
    const letters = (s: string) => [...s.replace(/[\s,]/g, "")].sort().join("");
    const [heading, body] = text.split("\n").filter((l) => l.trim());
    expect(letters(heading!)).toBe(letters(names));
    expect(letters(body!)).toBe(letters(names));
  });

  it("breaks a word longer than the line between characters, keeping every one", async () => {
    const word = "Ünïcödé".repeat(3000); // 21,000 characters, no space
    const start = performance.now();
    const { flat } = await pdfText(await markdownToPdf(`# Long\n\n${word} end`, { title: "t" }));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(flat.replace(/ /g, "")).toContain(`${word}end`); // every character, in order, over many lines
  });

  it("embeds only the fonts the text needs", async () => {
    expect(await embeddedFonts(await markdownToPdf("# Zoë\n\nCafé", { title: "t" }))).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
  });

  it("says which kinds of text it could not print, instead of dropping them", async () => {
    const { flat } = await pdfText(await markdownToPdf("# 李雷 · 山田太郎 · 김민준\n\nשלום and مرحبا 🎉 ok", { title: "t" }));
    expect(flat).toContain("□□ · □□□□ · □□□");
    expect(flat).toContain("□□□□ and □□□□□ □ ok");
    expect(flat).toContain("Chinese, Japanese and Korean characters, right-to-left scripts (Hebrew, Arabic…), emoji");
    expect(flat).toContain("The Markdown download keeps every character.");
  });
});

describe("PDF font runs", () => {
  it("keeps spaces, digits and punctuation in the current font, and switches only for letters it lacks", async () => {
    const fonts = await loadFonts("regular");
    expect(splitRuns("नमस्ते 2024, Zoë", fonts)).toEqual([
      { font: 1, text: "नमस्ते 2024, " },
      { font: 0, text: "Zoë" }, // Latin letters in DejaVu, though the Devanagari font has some
    ]);
    expect(splitRuns("Zoë — नमस्ते", fonts)).toEqual([
      { font: 0, text: "Zoë — " },
      { font: 1, text: "नमस्ते" },
    ]);
    expect(splitRuns("a👩‍💻b", fonts)).toEqual([{ font: 0, text: "a□b" }]); // one box per grapheme
  });
});

/*
 * Each export read back, Markdown and PDF: what the page shows must be in the document,
 * section by section (feedback breakdowns with their weights, notes, measures with their
 * norm bands, transcripts with their source, content feedback, scores with their formulas).
 */

const breakdown = [
  { part: "coverage", score: 0.5, weight: 0.6, explanation: "2 of 4 key points fully covered, 0 partly." },
  { part: "structure", score: 1, weight: 0.15, explanation: "Clear reasoning in full sentences." },
  { part: "specificity", score: 0.8, weight: 0.15, explanation: "Names concrete tools." },
  { part: "length", score: 1, weight: 0.1, explanation: "About the right length." },
];

const contentFeedback = {
  source: "insights" as const,
  modelLabel: "insights engine",
  rating: 6,
  summary: "Covers idempotency; misses retries with backoff.",
  strengths: [{ point: "Names idempotency keys", quote: "we store an idempotency key", atMs: 4_000 }],
  gaps: [{ point: "Retry with exponential backoff", suggestion: "Not mentioned." }],
  modelAnswer: "Use idempotency keys and retry with backoff and jitter.",
  breakdown,
};

const readyAnswer: AnswerForExport = {
  position: 0,
  questionText: "How do you make payment retries safe?",
  status: "ready",
  error: null,
  followUpOf: null,
  durationMs: 42_000,
  score: 71,
  transcript: "Um, we store an idempotency key with each payment request.",
  transcriptSource: "stt",
  metrics: makeSpeechMetrics({
    wordsPerMinute: 176,
    fillers: { count: 3, perMinute: 4.3 },
    pauses: { count: 2, longestMs: 2_600 },
    moments: [{ kind: "long-pause", label: "Long pause 2.6 s", startMs: 9_000, endMs: 11_600 }],
    scores: {
      pace: { value: 176, band: { low: 120, high: 160 }, score: 62, verdict: "high", explanation: "176 words per minute is fast." },
      fillers: { value: 4.3, band: { low: 0, high: 5 }, score: 100, verdict: "within", explanation: "Few fillers." },
      thinkingTime: null,
      longestPause: { value: 2.6, band: { low: 0, high: 3 }, score: 100, verdict: "within", explanation: "No pause ran long." },
      pitchVariability: null,
      aggregate: 71,
    },
  }),
  feedback: {
    engine: "insights",
    items: [{ type: "improvement", metric: "pace", message: "Adjust your pace.", atMs: 3_000, quote: "an idempotency key" }],
    notes: ["Pitch was not measured: too little voiced audio."],
  },
  contentFeedback,
  contentRating: 6,
};

const recorded = {
  kindLabel: "Technical",
  mode: "recorded" as const,
  createdAt: new Date("2026-11-02T09:30:00Z"),
  answers: [
    readyAnswer,
    {
      ...readyAnswer,
      position: 1,
      questionText: "Why us?",
      status: "failed" as const,
      error: "The recording was silent.",
      metrics: null,
      contentFeedback: null,
      contentRating: null,
      score: null,
      transcript: null,
      transcriptSource: null,
    },
  ],
  notes: "Slow down after the first sentence.",
  baseline: { paceWpm: { median: 168, answers: 5 } },
};

const liveTurns = condenseMessages([
  { speaker: "interviewer", atMs: 0, text: "Tell me about a time you fixed a production incident." },
  { speaker: "candidate", atMs: 14_000, text: "Last spring our checkout API started timing out, so I rolled back the release." },
  { speaker: "candidate", atMs: 30_000, text: "Then I added an alert on the error budget, and we never saw it again." },
]);

const live: LiveInterviewForExport = {
  createdAt: new Date("2026-11-03T15:00:00Z"),
  durationMs: 95_000,
  score: 65,
  transcript: liveTurns,
  metrics: computeLiveMetrics(liveTurns, 95_000),
  feedback: {
    source: "llm",
    modelLabel: "Gemini 2.5 Flash",
    summary: "Clear story; add the outcome in numbers.",
    droppedUngrounded: 1,
    categories: [
      {
        name: "Substance",
        score: 7,
        explanation: "A real incident, told in order.",
        strengths: [{ point: "Acts quickly", quote: "I rolled back the release", atMs: 14_000 }],
        improvements: [],
      },
      {
        name: "Impact",
        score: 6,
        explanation: "No numbers.",
        strengths: [],
        improvements: [{ point: "Quantify the result", quote: "we never saw it again", atMs: 30_000 }],
      },
    ],
  },
  notes: "Lead with the outcome next time.",
};

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
  id: "q1",
  text: "How do you make retries safe?",
  difficulty: "medium",
  source: "insights",
  modelLabel: "insights engine",
  answer: "With idempotency keys.",
  rating: 6,
  feedbackSource: "insights",
  feedbackModelLabel: "insights engine",
  feedback: {
    rating: 6,
    summary: "Covers the key idea.",
    strengths: [{ point: "Idempotency", quote: "idempotency keys" }],
    gaps: [{ point: "Backoff", suggestion: "Not mentioned." }],
    modelAnswer: "Keys and backoff.",
    breakdown,
  },
  createdAt: new Date("2026-11-01T08:00:00Z"),
} as Question;

const day = (d: string) => new Date(`2026-11-${d}T12:00:00Z`);
const preparation = () =>
  jobPreparationMarkdown({
    job,
    questions: [question, { ...question, id: "q2", text: "What is a saga?", answer: null, rating: null, feedback: null, feedbackSource: null } as Question],
    resumes: [{ createdAt: day("01"), fileName: "cv.pdf", overallScore: 71, matchRate: 0.64, report: makeResumeReport() }],
    interviews: [{ createdAt: recorded.createdAt, answers: 2, ready: 1, meanScore: 71, detail: recorded }],
    liveInterviews: [{ createdAt: live.createdAt, durationMs: 95_000, score: 65, status: "ready", detail: live }],
    progress: {
      series: jobTrendSeries({
        questionRatings: [],
        recordedDelivery: [],
        liveScores: [],
        resumeScores: [62, 84, 84].map((value, i) => ({ id: `r${i}`, at: day(String(10 + i)), value })),
      }),
      drills: chooseDrills({ wordsPerMinute: [176, 180], fillersPerMinute: [], longestPauseSeconds: [], thinkingSeconds: [], topics: [] }),
    },
    exportedAt: day("22"),
  });

async function pdfOf(markdown: string) {
  return (await pdfText(await markdownToPdf(markdown, { title: "Export" }))).flat;
}

/** Phrases of a recorded answer the page shows, as the Markdown writes them and as the PDF reads back. */
const RECORDED_PHRASES: [markdown: string, pdf: string][] = [
  ["**Overall 64/100** = 60% content (6/10 → 60) + 40% delivery (71)", "Overall 64/100 = 60% content (6/10 → 60) + 40% delivery (71)"],
  ["- Transcript source: Transcribed on the server (speech-to-text)", "Transcript source: Transcribed on the server (speech-to-text)"],
  ["Um, we store an idempotency key with each payment request.", "Um, we store an idempotency key with each payment request."],
  ["| coverage | 50% | 0.6 | 0.3 | 2 of 4 key points fully covered, 0 partly. |", "coverage: 50%: 0.6: 0.3: 2 of 4 key points fully covered, 0 partly."],
  ["| structure | 100% | 0.15 | 0.15 |", "structure: 100%: 0.15: 0.15:"],
  ["Weighted total: 0.67 of 1.", "Weighted total: 0.67 of 1."],
  ["- Names idempotency keys “we store an idempotency key” (0:04)", "Names idempotency keys “we store an idempotency key” (0:04)"],
  ["- Retry with exponential backoff Not mentioned.", "Retry with exponential backoff Not mentioned."],
  ["Use idempotency keys and retry with backoff and jitter.", "Use idempotency keys and retry with backoff and jitter."],
  [
    "| Pace | 176 wpm | 120–160 | above the norm | 62/100 | 168 wpm (last 5) | 176 words per minute is fast. |",
    "Pace: 176 wpm: 120–160: above the norm: 62/100: 168 wpm (last 5): 176 words per minute is fast.",
  ],
  ["| Fillers | 4.3 per minute | 0–5 | within the norm | 100/100 |", "Fillers: 4.3 per minute: 0–5: within the norm: 100/100:"],
  ["- Pauses: 2 (longest 2.6 s)", "Pauses: 2 (longest 2.6 s)"],
  ["Moments: 0:09 Long pause 2.6 s", "Moments: 0:09 Long pause 2.6 s"],
  ["- (0:03) Adjust your pace. “an idempotency key”", "(0:03) Adjust your pace. “an idempotency key”"],
  ["- Pitch was not measured: too little voiced audio.", "Pitch was not measured: too little voiced audio."],
  ["_The analysis failed._ The recording was silent. Your recording is kept.", "The analysis failed. The recording was silent. Your recording is kept."],
  ["Slow down after the first sentence.", "Slow down after the first sentence."],
];

const LIVE_PHRASES: [markdown: string, pdf: string][] = [
  [
    "- Overall: 65/100 = the mean of the 2 category scores out of 10 (Substance 7, Impact 6) × 10",
    "Overall: 65/100 = the mean of the 2 category scores out of 10 (Substance 7, Impact 6) × 10",
  ],
  [
    "Written by an AI model (Gemini 2.5 Flash); every quote was checked against your transcript. 1 point(s) were left out",
    "Written by an AI model (Gemini 2.5 Flash); every quote was checked against your transcript. 1 point(s) were left out",
  ],
  ["- Acts quickly “I rolled back the release” (0:14)", "Acts quickly “I rolled back the release” (0:14)"],
  ["- Quantify the result “we never saw it again” (0:30)", "Quantify the result “we never saw it again” (0:30)"],
  ["| Your share of words |", "Your share of words:"],
  ["(norm 120–160 wpm,", "(norm 120–160 wpm,"],
  ["Lead with the outcome next time.", "Lead with the outcome next time."],
  ["_Transcribed by the live voice provider (Hume EVI) during the call", "Transcribed by the live voice provider (Hume EVI) during the call"],
  ["**You** (0:14): Last spring our checkout API started timing out", "You (0:14): Last spring our checkout API started timing out"],
  [
    "**Interviewer** (0:00): Tell me about a time you fixed a production incident.",
    "Interviewer (0:00): Tell me about a time you fixed a production incident.",
  ],
];

describe("recorded interview export", () => {
  const md = recordedInterviewMarkdown({ ...recorded, jobName: "Payments" });

  it("carries the summary with its formula, then per answer the score formula, transcript and source, content breakdown, measures against norms, feedback and notes", () => {
    expect(md).toMatch(/^# Recorded interview — Payments\n/);
    expect(md).toContain("- Answers analysed: 1 of 2");
    expect(md).toContain("- Overall: 64/100 = the one analysed answer's overall score (each 60% content + 40% delivery)");
    expect(md).toContain("- Content: 6/10 (1 graded)");
    expect(md).toContain("**How the rating was computed**"); // below "### Content": the PDF has three heading levels
    expect(md).toContain("### Content — 6/10");
    expect(md).toContain("### Delivery — 71/100");
    expect(md).toContain("## Your notes");
    for (const [phrase] of RECORDED_PHRASES) expect(md).toContain(phrase);
  });

  it("reads back from the PDF", async () => {
    const flat = await pdfOf(md);
    for (const [, phrase] of RECORDED_PHRASES) expect(flat).toContain(phrase);
  });

  it("names a spoken conversation as such and marks follow-ups", () => {
    const spoken = recordedInterviewMarkdown({
      ...recorded,
      mode: "conversation",
      jobName: "Payments",
      answers: [{ ...readyAnswer, position: 1, followUpOf: "a0" }],
    });
    expect(spoken).toMatch(/^# Spoken interview — Payments/);
    expect(spoken).toContain("## 2. Follow-up: How do you make payment retries safe?");
  });
});

describe("live interview export", () => {
  const md = liveInterviewMarkdown({ ...live, jobName: "Payments" });

  it("carries the score formula, feedback with quotes, every measure with norm bands, notes and the transcript with its source", () => {
    expect(md).toContain("## Feedback");
    expect(md).toContain("### Substance — 7/10");
    expect(md).toContain("## Speech measures");
    expect(md).toContain("### Per answer");
    expect(md).toContain("| Delivery score |");
    expect(md.indexOf("## Your notes")).toBeLessThan(md.indexOf("## Transcript"));
    for (const [phrase] of LIVE_PHRASES) expect(md).toContain(phrase);
  });

  it("reads back from the PDF", async () => {
    const flat = await pdfOf(md);
    for (const [, phrase] of LIVE_PHRASES) expect(flat).toContain(phrase);
  });
});

describe("job preparation export", () => {
  it("lists the job, every question with its feedback and breakdown, and every score", () => {
    const md = preparation();
    expect(md).toContain("# Interview preparation — Payments \\| API");
    expect(md).toContain("- Role: Backend Engineer, Senior");
    expect(md).toContain("Node.js and \\*PostgreSQL\\*.");
    expect(md).toContain("### 1. How do you make retries safe?");
    expect(md).toContain("- Difficulty: medium · rating 6/10 (automated analysis)");
    expect(md).toContain("**Your answer:** With idempotency keys.");
    expect(md).toContain("Covers the key idea.");
    expect(md).toContain("| coverage | 50% | 0.6 | 0.3 |");
    expect(md).toContain("- Idempotency “idempotency keys”");
    expect(md).toContain("### 2. What is a saga?\n\n- Difficulty: medium · unanswered");
    expect(md).toContain("- 2026-11-01: cv.pdf, 71/100, keywords 64%");
    expect(md).toMatch(/Overall \d+\/100\. Match rate \d+% = other skills \d+ of \d+ points/);
    expect(md).toContain("**ATS readiness — ");
    expect(md).toContain("- 2026-11-02: 1/2 answers analysed, delivery 71/100");
    expect(md).toContain("- 2026-11-03, 1:35 long, 65/100");
  });

  it("contains each interview in full, section by section, and the progress page's verdicts and drills", () => {
    const md = preparation();
    expect(md).toContain("## Recorded interview — 2026-11-02 09:30 UTC");
    expect(md).toContain("### 1. How do you make payment retries safe?");
    expect(md).toContain("## Live interview — 2026-11-03 15:00 UTC");
    for (const [phrase] of [...RECORDED_PHRASES, ...LIVE_PHRASES]) expect(md).toContain(phrase.replace(/^### /, "#### "));
    expect(md).toContain("### Resume match\n\n**Same as last:** Same as the previous result (84); up 22 points from the first result (62 → 84)");
    expect(md).toContain("- 2026-11-10: 62/100");
    expect(md).toContain("- **Slow-down drill:** Your median pace is 178 words per minute over 2 answers");
  });

  it("reads back from the PDF: notes, measures, transcripts and breakdowns of every section", async () => {
    const flat = await pdfOf(preparation());
    for (const [, phrase] of [...RECORDED_PHRASES, ...LIVE_PHRASES]) expect(flat).toContain(phrase);
    expect(flat).toContain("Same as last: Same as the previous result (84); up 22 points from the first result (62 → 84)");
    expect(flat).toContain("Payments | API");
  });
});
