import { generateText, Output } from "ai";
import { buildGradeAnswerPrompt } from "@/features/questions/prompts/gradeAnswer";
import { feedbackSchemaFor, type Feedback } from "@/features/questions/schemas";
import type { JobContext } from "@/insights/pickQuestion";
import { INSIGHTS_OPTIONS_KEY, type InsightsTask } from "@/insights/tasks";
import type { Logger } from "@/lib/logger";
import type { Producer } from "@/services/ai";
import { generateObjectFromProducers } from "@/services/ai/produce";
import type { SpokenContentFeedback } from "./overallScore";
import { gradeSpokenAnswerInstructions } from "./prompts/gradeSpokenAnswer";
import { locateQuoteInWords, type TimedWord } from "./transcriptTiming";

/**
 * Content feedback on a spoken answer: its transcript graded against the
 * question by the same grader as typed answers (the configured LLM, or the
 * insights engine's rubric for bank questions), each producer held to its
 * own bounded schema; an invalid answer is retried once, then the next
 * producer grades. Quotes get the time they were said when the transcript
 * has word timings.
 */
export async function gradeSpokenAnswer(input: {
  producers: readonly Producer[];
  job: JobContext;
  questionText: string;
  bankQuestionId: string | null;
  transcript: string;
  words: readonly TimedWord[];
  log?: Logger;
}): Promise<SpokenContentFeedback> {
  const task: InsightsTask = { task: "feedback", bankQuestionId: input.bankQuestionId, answer: input.transcript, questionText: input.questionText };
  const prompt = buildGradeAnswerPrompt(input.job, input.questionText, input.transcript);
  const { value: draft, producer } = await generateObjectFromProducers(
    input.producers,
    async (producer) =>
      (
        await generateText({
          model: producer.model,
          instructions: gradeSpokenAnswerInstructions,
          prompt,
          output: Output.object({ schema: feedbackSchemaFor(producer.kind) }),
          providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
          maxRetries: 0,
        })
      ).output,
    (producer, output): Feedback => feedbackSchemaFor(producer.kind).parse(output),
    { log: input.log },
  );
  return {
    source: producer.kind,
    modelLabel: producer.label,
    rating: draft.rating,
    summary: draft.summary,
    strengths: draft.strengths.map((s) => ({ ...s, atMs: s.quote ? locateQuoteInWords(input.words, s.quote) : undefined })),
    gaps: draft.gaps,
    modelAnswer: draft.modelAnswer,
    // Only the engine's schema has a breakdown (each score and weight validated in 0..1).
    breakdown: draft.breakdown,
  };
}
