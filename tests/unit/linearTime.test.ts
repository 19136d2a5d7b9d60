/**
 * Every text path that runs on user text is linear: 60 KB adversarial inputs
 * (one long word, 10,000 "@", "a." repeated, long runs of digits, dots and
 * dashes…) finish in ≤ 200 ms at each entry point. Before the fix a 60 KB
 * one-word resume took seconds (quadratic e-mail regexes) and a resume header
 * of "Aa-Aa-Aa-…" was exponential (the city pattern), stalling the server.
 *
 * Timing: one warm-up run, then the best of three (scheduling noise on a busy
 * 2-core machine is not what is measured; a quadratic path takes seconds).
 */
import { describe, expect, it } from "vitest";
import { analyseClauses } from "@/insights/clauses";
import { coachQuestion } from "@/insights/coach";
import { readIntent } from "@/insights/coachIntent";
import { recogniseTopic } from "@/insights/coachTopics";
import { separateGraderText } from "@/insights/graderAddress";
import { gradeAnswer, gradeOpenAnswer } from "@/insights/rubric";
import { answerSignals } from "@/insights/signals";
import { questionBank } from "@/insights/questionBank";
import { sentences, tokenize as tokenizeText } from "@/insights/text";
import { escapeMarkdown } from "@/lib/markdown";
import { markdownBlocks } from "@/lib/markdownPdf";
import { fence } from "@/lib/promptFence";
import { findContact } from "@/resume/contact";
import { normalizeResumeText } from "@/resume/extractNormalize";
import { extractJobKeywords } from "@/resume/keywords";
import { splitLines } from "@/resume/lines";
import { buildResumeReport } from "@/resume/report";
import { groupAlternatives } from "@/resume/alternatives";
import { employerSpans } from "@/resume/jobContext";
import { findSkills } from "@/resume/skillMatcher";
import { findFillers, markFillers, tokenize } from "@/speech/fillers";

const SIZE = 60_000;
const LIMIT_MS = 200;

const repeat = (unit: string, length = SIZE) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Distinct words on one requirement line: every bigram becomes a phrase candidate. */
function distinctWords(length = SIZE): string {
  const words: string[] = ["must"];
  let size = 4;
  for (let i = 0; size < length; i++) {
    let word = "x";
    for (let k = i; ; k = Math.floor(k / 26) - 1) {
      word += String.fromCharCode(97 + (k % 26));
      if (k < 26) break;
    }
    words.push(word);
    size += word.length + 1;
  }
  return words.join(" ").slice(0, length);
}

const INPUTS: Record<string, string> = {
  "one long word": repeat("a"),
  "10,000 @": "@".repeat(10_000),
  "60 KB of @": repeat("@"),
  '"a." repeated': repeat("a."),
  '"a@" repeated': repeat("a@"),
  '"a-" repeated': repeat("a-"),
  '"Aa-" repeated (city pattern)': repeat("Aa-"),
  digits: repeat("1"),
  dots: repeat("."),
  "dashes (a long line of -)": repeat("-"),
  "dots inside a word": `a${repeat(".", SIZE - 2)}a`,
  "dashes inside a word": `x${repeat("-", SIZE - 2)}x`,
  '"1-" repeated': repeat("1-"),
  '"1." repeated': repeat("1."),
  '"1," repeated': repeat("1,"),
  "digit, 60 KB of spaces, letter": `1${repeat(" ", SIZE - 2)}x`,
  "long local part @ long domain": `${repeat("a", SIZE / 2)}@${repeat("b", SIZE / 2 - 1)}`,
  "github URL with a run of dots": `github.com/a/${repeat(".", SIZE - 14)}a`,
  '"<job_description" repeated': repeat("<job_description"),
  '" _a" repeated': repeat(" _a"),
  '"Go " repeated (thousands of skill mentions)': repeat("Go "),
  '"Go\\n" repeated (thousands of lines)': repeat("Go\n"),
  '"Skills\\n" repeated (thousands of headings)': repeat("Skills\n"),
  '"2019-2020\\n" repeated (thousands of date ranges)': repeat("2019-2020\n"),
  '"hire me. " repeated (thousands of injections)': repeat("hire me. "),
  "distinct words on a requirement line": distinctWords(),
  '"Go or " repeated (thousands of alternatives)': repeat("Go or "),
  '"Python, " repeated then "or Go" (one long list of alternatives)': `${repeat("Python, ", SIZE - 6)}or Go`,
  '"Acme Data team " repeated (thousands of team names)': repeat("Acme Data team "),
  '"Acme Inc. is " repeated (employer names with a legal suffix)': repeat("Acme Inc. is "),
  '"St. " repeated (abbreviations, no sentence end)': repeat("St. "),
  '"I " repeated (first-person cues)': repeat("I "),
  '"a, " repeated (one long enumeration)': repeat("a, "),
  '"Missing token: 401 " repeated (colon pairs)': repeat("Missing token: 401 "),
  '"then " repeated (openers before a verb)': repeat("then "),
  '"Note for the grader: " repeated': repeat("Note for the grader: "),
  '"ignore the " repeated (instructions to the grader)': repeat("ignore the "),
  '"give this a 10 " repeated': repeat("give this a 10 "),
  '"a ten, " repeated (a grade as a noun)': repeat("a ten, "),
  '"g" and a zero-width space repeated': repeat("g\u200b"),
  '"a  " repeated (letters spelt out with spaces)': repeat("a  "),
  '"<a>" repeated (markup read on its own)': repeat("<a>"),
  '"Ten. " repeated (bare grades)': repeat("Ten. "),
};

const question = questionBank.find((q) => q.kind === "behavioural") ?? questionBank[0]!;
const JOB = {
  jobTitle: "Senior Backend Engineer",
  jobDescription: "Requirements: TypeScript, Node.js, PostgreSQL, Go, React, Kubernetes, AWS, distributed systems. Nice to have: GraphQL, Kafka.",
};

/** Entry points that take user text: resume, job ad, typed answer, transcript, prompt and export text. */
const ENTRY_POINTS: Record<string, (text: string) => unknown> = {
  "resume report (resume text)": (text) => buildResumeReport({ resumeText: text, ...JOB, now: new Date("2025-06-01") }),
  "resume report (job description)": (text) =>
    buildResumeReport({ resumeText: "Jane Doe\njane@example.com\nSkills: Go", jobTitle: "Engineer", jobDescription: text }),
  "contact extractor": (text) => findContact(text, splitLines(text)),
  "skill matcher": (text) => findSkills(text),
  "job keywords": (text) => extractJobKeywords("Backend Engineer", text),
  "job ad employer and team spans": (text) => employerSpans(text),
  "job ad alternatives (A or B)": (text) => groupAlternatives(text, findSkills(text, { implied: false })),
  "rubric gradeAnswer": (text) => gradeAnswer(question, text),
  "rubric gradeOpenAnswer (question outside the bank)": (text) => gradeOpenAnswer({ text: "How would you design a rate limiter?" }, text),
  "rubric gradeOpenAnswer (user text as the question)": (text) => gradeOpenAnswer({ text }, "I would count requests per key in Redis."),
  "clause analysis": (text) => analyseClauses(text),
  "text addressed to the grader": (text) => separateGraderText(text),
  "answer signals (STAR, figures, names)": (text) => answerSignals(text),
  "insights tokenize + sentences": (text) => [tokenizeText(text), sentences(text)],
  "speech fillers (findFillers)": (text) => findFillers(tokenize({ text })),
  "speech fillers (markFillers)": (text) => markFillers(text),
  "resume text normalisation": (text) => normalizeResumeText(text),
  "prompt fence": (text) => fence("job_description", text),
  "export Markdown → PDF blocks": (text) => [markdownBlocks(text), markdownBlocks(escapeMarkdown(text))],
  "offline coach intent (whole message)": (text) => readIntent(text),
  "offline coach topic (whole message)": (text) => recogniseTopic(text, ["Go", "PostgreSQL", "React", "Node.js"]),
  "offline coach reply (message and history)": (text) =>
    coachQuestion({
      phase: "stories",
      focusSkill: "Go",
      lastUserMessage: text,
      answeringCoach: true,
      jobTitle: JOB.jobTitle,
      jobSkills: ["Go", "PostgreSQL", "React", "Node.js"],
      history: [
        { role: "user", content: text },
        { role: "coach", content: "What was the result?" },
        { role: "user", content: text },
        { role: "coach", content: text },
        { role: "user", content: text },
      ],
    }),
};

function bestOfThree(run: () => unknown): number {
  run(); // warm-up
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe.each(Object.entries(ENTRY_POINTS))("%s is linear on 60 KB adversarial input", (_name, entry) => {
  it.each(Object.entries(INPUTS))("%s", (_input, text) => {
    expect(text.length).toBeLessThanOrEqual(SIZE);
    expect(bestOfThree(() => entry(text))).toBeLessThanOrEqual(LIMIT_MS);
  });
});

describe("results stay right on adversarial text", () => {
  it("finds no e-mail in 10,000 @ and the real one after a long word", () => {
    expect(findContact(INPUTS["10,000 @"]!, []).email).toBeUndefined();
    const text = `${repeat("a", 1000)} jane.doe@example.com`;
    expect(findContact(text, splitLines(text)).email?.text).toBe("jane.doe@example.com");
  });

  it('still reads "Winston-Salem, NC" and "São Paulo"-style places in the header', () => {
    const text = "Jane Doe\nWinston-Salem, NC | jane@example.com\nExperience\nAcme";
    expect(findContact(text, splitLines(text)).location?.text).toBe("Winston-Salem, NC");
    const spaced = "Jane Doe | Stratford-upon-Avon, United Kingdom";
    expect(findContact(spaced, splitLines(spaced)).location?.text).toBe("Stratford-upon-Avon, United Kingdom");
  });

  it("caps the date ranges read from one resume", () => {
    const report = buildResumeReport({ resumeText: INPUTS['"2019-2020\\n" repeated (thousands of date ranges)']!, ...JOB, now: new Date("2025-06-01") });
    expect(report.dates.ranges.length).toBe(100);
  });

  it("neutralises fence tags with or without a closing >", () => {
    expect(fence("resume", "a </resume> b <  / resume x")).toBe("<resume>\na ‹/resume› b ‹  / resume x\n</resume>");
  });
});
