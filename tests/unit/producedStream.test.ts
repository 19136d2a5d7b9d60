import { describe, expect, it } from "vitest";
import { z } from "zod";
import { engineFeedbackSchema, llmFeedbackSchema } from "@/features/questions/schemas";
import { resumeAnalysisSchema } from "@/features/resumeAnalyses/schemas";
import { boundedDraft, type DraftSchema } from "@/lib/boundedDraft";
import { encodeEvent, producerFromHeaders, producerHeaders, readEvents, type ProducedEvent } from "@/lib/producedStream";
import { shownPercent, shownRating } from "@/features/questions/feedbackDisplay";
import { engineResumeAnalysisSchema } from "@/features/resumeAnalyses/schemas";
import { questionBank } from "@/insights/questionBank";
import { resumeAnalysisFromReport } from "@/insights/resumeAnalysis";
import { runInsightsTask } from "@/insights/tasks";
import { buildResumeReport } from "@/resume/report";
import { REALISTIC_RESUME_TEXT } from "../support/resumeFiles";

/** What the browser does with a partial object while it streams, and how it reads the stream. */

const llmDraft = z.toJSONSchema(llmFeedbackSchema) as DraftSchema;
const engineDraft = z.toJSONSchema(engineFeedbackSchema) as DraftSchema;

describe("a streaming object cut to its producer's schema", () => {
  it("shows nothing an LLM may not write: no breakdown, however it got into the stream", () => {
    const partial = { rating: 7, summary: "Good.", breakdown: [{ part: "coverage", score: 5, weight: 5 }] };
    expect(boundedDraft(llmDraft, partial)).toEqual({ rating: 7, summary: "Good." });
  });

  it("leaves out numbers outside their range or not integers, until they are valid", () => {
    expect(boundedDraft(llmDraft, { rating: 11 })).toEqual({});
    expect(boundedDraft(llmDraft, { rating: 0 })).toEqual({});
    expect(boundedDraft(llmDraft, { rating: 7.5 })).toEqual({});
    expect(boundedDraft(llmDraft, { rating: 10 })).toEqual({ rating: 10 });
  });

  it("keeps the engine's breakdown, but only scores and weights within 0..1", () => {
    const shown = boundedDraft(engineDraft, {
      breakdown: [
        { part: "coverage", score: 0.8, weight: 0.4 },
        { part: "length", score: 5, weight: 0.1 },
      ],
    });
    expect(shown).toEqual({
      breakdown: [
        { part: "coverage", score: 0.8, weight: 0.4 },
        { part: "length", weight: 0.1 },
      ],
    });
  });

  it("cuts lists and text at their maximum and drops an enum value until it is complete", () => {
    const strengths = Array.from({ length: 12 }, (_, i) => ({ point: `p${i}`, quote: "q".repeat(900) }));
    const shown = boundedDraft(llmDraft, { strengths, summary: "s".repeat(5000) }) as { strengths: { quote: string }[]; summary: string };
    expect(shown.strengths).toHaveLength(8);
    expect(shown.strengths[0]!.quote).toHaveLength(500);
    expect(shown.summary).toHaveLength(1200);
    const resume = z.toJSONSchema(resumeAnalysisSchema) as DraftSchema;
    expect(
      boundedDraft(resume, {
        ats: {
          score: 140,
          items: [
            { type: "stren", message: "m" },
            { type: "major", message: "x" },
          ],
        },
      }),
    ).toEqual({
      ats: { items: [{ message: "m" }, { type: "major", message: "x" }] },
    });
  });

  it("stored numbers are clamped when shown: never above 100% or outside 1–10", () => {
    expect(shownPercent(5)).toBe(100);
    expect(shownPercent(-0.2)).toBe(0);
    expect(shownPercent(0.714)).toBe(71);
    expect(shownPercent(Number.NaN)).toBe(0);
    expect(shownRating(50)).toBe(10);
    expect(shownRating(0)).toBe(1);
  });
});

describe("the structured stream's wire format", () => {
  const stream = (chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });

  it("reads events split anywhere, even inside a multi-byte character, and skips lines that are not events", async () => {
    const events: ProducedEvent[] = [
      { type: "start", producer: { kind: "llm", label: "qwen2.5 · 14b" }, replacing: false },
      { type: "delta", text: '{"summary":"Très bien — ' },
      { type: "done", object: { rating: 7 } },
    ];
    const bytes = new TextEncoder().encode(
      `${encodeEvent(events[0]!)}not json\n{"type":"nope"}\n${encodeEvent(events[1]!)}${encodeEvent(events[2]!).trimEnd()}`,
    );
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    const read: ProducedEvent[] = [];
    for await (const event of readEvents(stream(chunks))) read.push(event);
    expect(read).toEqual(events);
  });

  it("carries any model name through the headers", () => {
    const producer = { kind: "llm" as const, label: "Llama 3.1 · 8B “instruct”" };
    expect(producerFromHeaders(new Headers(producerHeaders(producer)))).toEqual(producer);
    expect(producerFromHeaders(new Headers({ "x-darasa-producer": "someone" }))).toBeNull();
  });
});

describe("the insights engine's own output passes its own schema", () => {
  it("feedback on every bank question, for strong, weak, empty-ish and very long answers", () => {
    for (const question of questionBank) {
      for (const answer of [question.modelAnswer, "I don't know.", "x ".repeat(4000), question.modelAnswer.repeat(6)]) {
        const output = JSON.parse(runInsightsTask({ task: "feedback", bankQuestionId: question.id, answer }).text);
        const parsed = engineFeedbackSchema.safeParse(output);
        expect(parsed.success, `${question.id}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      }
    }
  });

  it("the resume analysis built from the deterministic report", () => {
    for (const text of [REALISTIC_RESUME_TEXT, "Jane Doe\nSkills: none", REALISTIC_RESUME_TEXT.repeat(4)]) {
      const report = buildResumeReport({
        resumeText: text,
        jobTitle: "Engineer",
        jobDescription: "TypeScript, PostgreSQL, Kubernetes, Kafka, Go, React, AWS, Terraform, Redis.",
      });
      expect(engineResumeAnalysisSchema.safeParse(resumeAnalysisFromReport(report)).success).toBe(true);
    }
  });
});
