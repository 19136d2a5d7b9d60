import { generateText, Output } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { buildGradeAnswerPrompt } from "@/features/questions/prompts/gradeAnswer";
import { feedbackSchema } from "@/features/questions/schemas";
import type { JobContext } from "@/insights/pickQuestion";
import { INSIGHTS_OPTIONS_KEY, producedBy, type InsightsTask } from "@/insights/tasks";
import type { SpokenContentFeedback } from "./overallScore";
import { gradeSpokenAnswerInstructions } from "./prompts/gradeSpokenAnswer";
import { locateQuoteInWords, type TimedWord } from "./transcriptTiming";

/**
 * Content feedback on a spoken answer: its transcript graded against the
 * question by the same grader as typed answers (the configured LLM, or the
 * insights engine's rubric for bank questions). Quotes get the time they
 * were said when the transcript has word timings.
 */
const clamp01 = (n: number) => Math.max(0, Math.min(1, n));

export async function gradeSpokenAnswer(input: {
  model: LanguageModelV4;
  job: JobContext;
  questionText: string;
  bankQuestionId: string | null;
  transcript: string;
  words: readonly TimedWord[];
}): Promise<SpokenContentFeedback> {
  const task: InsightsTask = { task: "feedback", bankQuestionId: input.bankQuestionId, answer: input.transcript };
  const result = await generateText({
    model: input.model,
    instructions: gradeSpokenAnswerInstructions,
    prompt: buildGradeAnswerPrompt(input.job, input.questionText, input.transcript),
    output: Output.object({ schema: feedbackSchema }),
    providerOptions: { [INSIGHTS_OPTIONS_KEY]: task },
    maxRetries: 0,
  });
  const draft = feedbackSchema.parse(result.output);
  const source = producedBy(result.providerMetadata);
  return {
    source,
    rating: draft.rating,
    summary: draft.summary,
    strengths: draft.strengths.map((s) => ({ ...s, atMs: s.quote ? locateQuoteInWords(input.words, s.quote) : undefined })),
    gaps: draft.gaps,
    modelAnswer: draft.modelAnswer,
    // Only the rubric's breakdown is shown: a model's numbers here have no agreed meaning.
    breakdown: source === "insights" ? draft.breakdown?.map((b) => ({ ...b, score: clamp01(b.score), weight: clamp01(b.weight) })) : undefined,
  };
}
