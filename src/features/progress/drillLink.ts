import { getBankQuestion } from "@/insights/questionBank";
import { isUuid } from "@/lib/ids";
import type { Drill } from "@/progress/drills";

/**
 * A topic drill's link to the technical questions page, and how that page
 * reads it back: `?question=<id>` opens the weakest past answer on the topic
 * (its model answer is the drill's first step), `?topic=<name>` opens every
 * past question on the topic when no question is known.
 */
export type DrillSelection = { questionId?: string; topic?: string };

export function drillQuestionsHref(jobInfoId: string, drill: Pick<Drill, "target">): string {
  const base = `/app/job-infos/${jobInfoId}/questions`;
  const target = drill.target;
  if (target?.questionId) return `${base}?${new URLSearchParams({ question: target.questionId })}#question-${target.questionId}`;
  if (target?.topic) return `${base}?${new URLSearchParams({ topic: target.topic })}`;
  return base;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's query, untrusted: a malformed question id or an overlong topic selects nothing. */
export function readDrillSelection(searchParams: Record<string, string | string[] | undefined>): DrillSelection {
  const questionId = first(searchParams.question);
  const topic = first(searchParams.topic)?.trim();
  return {
    ...(isUuid(questionId) ? { questionId } : {}),
    ...(topic && topic.length <= 100 ? { topic } : {}),
  };
}

export function isSelectedByDrill(selection: DrillSelection, question: { id: string; bankQuestionId: string | null }): boolean {
  if (selection.questionId) return question.id === selection.questionId;
  if (!selection.topic || !question.bankQuestionId) return false;
  return getBankQuestion(question.bankQuestionId)?.topic === selection.topic;
}
