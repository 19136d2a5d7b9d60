import { getBankQuestion, type Difficulty, type QuestionKind } from "./questionBank";
import { pickQuestion, type JobContext } from "./pickQuestion";
import type { ResumeReport } from "@/resume/report";
import { resumeAnalysisFromReport } from "./resumeAnalysis";
import { gradeAnswer, gradeOpenAnswer } from "./rubric";
import { analyseLiveInterview } from "./liveInterview";
import { coachQuestion, type CoachContext } from "./coach";
import { chooseFollowUp } from "./followUp";
import type { LiveMetrics, Turn } from "./liveInterviewTypes";

/**
 * The tasks the offline insights engine performs when it stands in for a
 * language model. Features pass them in `providerOptions[INSIGHTS_OPTIONS_KEY]`
 * (real models ignore that key), so the engine never has to parse prompts.
 */
export const INSIGHTS_OPTIONS_KEY = "darasaInsights";

/** Which engine produced a finished call: the insights engine tags its provider metadata. */
export function producedBy(providerMetadata: Record<string, unknown> | undefined): "llm" | "insights" {
  return providerMetadata && INSIGHTS_OPTIONS_KEY in providerMetadata ? "insights" : "llm";
}

export type InsightsTask =
  | {
      task: "question";
      job: JobContext;
      difficulty: Difficulty;
      excludeBankIds: string[];
      seed: string;
      kinds?: QuestionKind[];
      /** Chosen when the slot was reserved (under the per-user lock); null when the bank had nothing left. */
      reservedBankQuestionId?: string | null;
    }
  | {
      task: "feedback";
      bankQuestionId: string | null;
      answer: string;
      /** The question as asked: graded without reference points when it is not from the bank. */
      questionText?: string;
    }
  | { task: "resume"; report: ResumeReport }
  | { task: "liveInterview"; turns: Turn[]; metrics: LiveMetrics }
  | { task: "coach"; context: CoachContext }
  | { task: "followUp"; bankQuestionId: string | null; answer: string };

/** The feedback shape shared by every engine (validated by the feature's schema). */
export type FeedbackOutput = {
  rating: number;
  summary: string;
  strengths: { point: string; quote: string }[];
  gaps: { point: string; suggestion: string }[];
  modelAnswer: string;
  breakdown?: { part: string; score: number; weight: number; explanation: string }[];
};

/** What any engine answers when an answer needs no follow-up. */
export const NO_FOLLOW_UP = "NONE";

export class InsightsTaskError extends Error {
  override name = "InsightsTaskError";
}

export type InsightsResult = { text: string; metadata: Record<string, string | number | null> };

export function runInsightsTask(task: InsightsTask): InsightsResult {
  if (task.task === "resume") {
    const analysis = resumeAnalysisFromReport(task.report);
    return { text: JSON.stringify(analysis), metadata: { overall: analysis.overall.score } };
  }
  if (task.task === "followUp") {
    const question = task.bankQuestionId ? getBankQuestion(task.bankQuestionId) : undefined;
    const followUp = question ? chooseFollowUp(question, task.answer) : null;
    return { text: followUp?.text ?? NO_FOLLOW_UP, metadata: { keyPoint: followUp?.keyPoint ?? null } };
  }
  if (task.task === "coach") {
    const reply = coachQuestion(task.context);
    return { text: reply.text, metadata: { rule: reply.rule, intent: reply.intent, topic: reply.topic } };
  }
  if (task.task === "liveInterview") {
    const feedback = analyseLiveInterview(task.turns, task.metrics);
    return { text: JSON.stringify(feedback), metadata: { categories: feedback.categories.length } };
  }
  if (task.task === "question") {
    const reserved = task.reservedBankQuestionId ? getBankQuestion(task.reservedBankQuestionId) : undefined;
    const picked =
      task.reservedBankQuestionId === undefined
        ? pickQuestion(task.job, task.difficulty, new Set(task.excludeBankIds), task.seed, task.kinds)
        : reserved && { question: reserved, matchedSkills: [] as string[] };
    if (!picked) throw new InsightsTaskError("Every bank question at this difficulty has been asked for this job.");
    return {
      text: picked.question.question,
      metadata: { bankQuestionId: picked.question.id, matchedSkills: picked.matchedSkills.join(",") },
    };
  }
  const question = task.bankQuestionId ? getBankQuestion(task.bankQuestionId) : undefined;
  const openText = task.questionText?.trim();
  if (!question && !openText) throw new InsightsTaskError("The offline engine needs the question to grade an answer.");
  // A question outside the bank is graded on structure, specificity and relevance, and says so first.
  const graded = question ? gradeAnswer(question, task.answer) : gradeOpenAnswer({ text: openText! }, task.answer);
  const output: FeedbackOutput = {
    rating: graded.rating,
    // Self-contained, so exports without the breakdown still say how the rating came about.
    summary: `${graded.notes.join(" ")} Rating ${graded.rating}/10 from ${Object.entries(graded.breakdown)
      .map(([part, p]) => `${part} ${Math.round(p.score * 100)}% (weight ${p.weight})`)
      .join(", ")}.`,
    strengths: [
      ...graded.covered.map((c) => ({ point: c.point, quote: c.quote })),
      ...graded.strengths.filter((s) => !s.startsWith("Covered:")).map((point) => ({ point, quote: "" })),
    ],
    gaps: [
      ...graded.partial.map((p) => ({ point: p.point, suggestion: `Partly covered — also mention ${p.missing}.` })),
      ...graded.missed.map((m) => ({ point: m.point, suggestion: "Not mentioned." })),
      ...graded.gaps.filter((g) => !g.startsWith("Missing:") && !g.startsWith("Only partly covered:")).map((point) => ({ point, suggestion: "" })),
    ],
    modelAnswer: graded.modelAnswer,
    breakdown: Object.entries(graded.breakdown).map(([part, p]) => ({ part, score: p.score, weight: p.weight, explanation: p.explanation })),
  };
  return {
    text: JSON.stringify(output),
    metadata: { bankQuestionId: question?.id ?? null, rating: graded.rating, reference: graded.reference },
  };
}
