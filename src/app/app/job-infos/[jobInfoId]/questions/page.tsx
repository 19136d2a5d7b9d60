import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { isSelectedByDrill, readDrillSelection } from "@/features/progress/drillLink";
import { getCachedQuestionAttempts, getCachedQuestions, getCachedQuestionUsage } from "@/features/questions/dbCache";
import { DeleteQuestionButton } from "@/features/questions/components/DeleteQuestionButton";
import { shownRating } from "@/features/questions/feedbackDisplay";
import { PastQuestionAnswer } from "@/features/questions/components/PastQuestionAnswer";
import { QuestionAttempts, type ShownAttempt } from "@/features/questions/components/QuestionAttempts";
import { QuestionPractice } from "@/features/questions/components/QuestionPractice";
import { deleteQuestionDescription, isQuestionCounted, monthlyQuestionLimit } from "@/features/questions/permissions";
import { difficultyLabels, feedbackDrafts } from "@/features/questions/schemas";
import { formatDate } from "@/lib/format";
import { getModel } from "@/services/ai";
import { requireUser } from "@/features/users/currentUser";
import { questionAllowance } from "@/features/users/plans";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Technical questions" };

export default async function QuestionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ jobInfoId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { jobInfoId } = await params;
  // A drill's link preselects the past question (or topic) to go back to.
  const drill = readDrillSelection(await searchParams);
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const limited = monthlyQuestionLimit(user) !== null;
  const [history, earlierAttempts, usage] = await Promise.all([
    getCachedQuestions(user.id, jobInfo.id),
    getCachedQuestionAttempts(user.id, jobInfo.id),
    limited ? getCachedQuestionUsage(user.id) : null,
  ]);
  // Said before the click: what the free plan's month has left.
  const allowance = usage ? questionAllowance(user.plan, usage) : null;
  const choice = getModel(user.aiProvider);
  const drafts = feedbackDrafts();
  const engineLabel =
    choice.primary === "insights"
      ? "Offline mode: questions come from Darasa's curated bank, matched to this job; feedback is automated rubric analysis, not an AI model."
      : `Questions and feedback by ${choice.label}; when it cannot answer, the next configured model or the offline engine does, and each result says which.`;

  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Technical questions</h1>
      <QuestionPractice
        jobInfoId={jobInfo.id}
        engineLabel={engineLabel}
        allowance={allowance ? { text: allowance.text, exhausted: allowance.left === 0 } : null}
        drafts={drafts}
      />
      <section aria-labelledby="history-heading" className="grid gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Past questions
        </h2>
        {history.length === 0 ? (
          <p className="text-muted-foreground">Questions you generate for this job are kept here with your answers.</p>
        ) : (
          <ul className="grid gap-3" aria-label="Past questions">
            {history.map((q) => {
              // The row holds the latest attempt; earlier ones come newest first.
              const attempts: ShownAttempt[] = [...(q.answer !== null ? [q as ShownAttempt] : []), ...earlierAttempts.filter((a) => a.questionId === q.id)];
              return (
                <li key={q.id} id={`question-${q.id}`} className="rounded-xl border border-border bg-card p-4 target:ring-2 target:ring-primary">
                  <details open={isSelectedByDrill(drill, q)}>
                    <summary className="flex cursor-pointer list-none flex-wrap items-start justify-between gap-2">
                      <span className="min-w-0 flex-1 break-words">{q.text}</span>
                      <span className="flex items-center gap-2">
                        <Badge variant="outline">{difficultyLabels[q.difficulty]}</Badge>
                        {attempts.length > 1 ? <Badge variant="outline">{attempts.length} attempts</Badge> : null}
                        {q.rating !== null ? (
                          <Badge>{shownRating(q.rating)}/10</Badge>
                        ) : q.answer ? (
                          <Badge variant="warning">Not graded</Badge>
                        ) : (
                          <Badge variant="secondary">Unanswered</Badge>
                        )}
                      </span>
                    </summary>
                    <div className="mt-4 grid gap-4 border-t border-border pt-4">
                      {attempts.length > 0 ? (
                        <QuestionAttempts attempts={attempts} />
                      ) : (
                        <p className="text-sm text-muted-foreground">
                          {isQuestionCounted(q)
                            ? "Not answered yet. It counts against the monthly limit since it was kept over 24 hours."
                            : "Not answered yet, so it does not count against the monthly limit yet: it counts once answered, or after 24 hours unanswered. Delete it to skip it."}
                        </p>
                      )}
                      <PastQuestionAnswer questionId={q.id} answered={q.answer !== null} drafts={drafts} />
                      <div className="flex justify-between text-xs text-muted-foreground">
                        <span>
                          Asked {formatDate(q.createdAt)} · {q.source === "insights" ? "from the question bank" : q.modelLabel}
                        </span>
                        <DeleteQuestionButton id={q.id} description={deleteQuestionDescription(user.plan, isQuestionCounted(q))} />
                      </div>
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/questions`} />
    </div>
  );
}
