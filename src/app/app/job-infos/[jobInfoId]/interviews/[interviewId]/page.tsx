import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/drizzle/db";
import { AnswerResult, type AnswerResultData } from "@/features/interviews/components/AnswerResult";
import { InterviewNotes } from "@/features/interviews/components/InterviewNotes";
import { InterviewRunner } from "@/features/interviews/components/InterviewRunner";
import { getInterview, listAnswersInFull } from "@/features/interviews/db";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/services/auth";

export const metadata = { title: "Recorded interview" };

export default async function InterviewPage({ params }: { params: Promise<{ jobInfoId: string; interviewId: string }> }) {
  const { jobInfoId, interviewId } = await params;
  const user = await requireUser();
  const db = await getDb();
  const interview = await getInterview(db, user.id, interviewId);
  if (!interview || interview.jobInfoId !== jobInfoId) notFound();
  const answers = await listAnswersInFull(db, user.id, interview.id);
  const scored = answers.filter((a) => a.score !== null);
  const aggregate = scored.length ? Math.round(scored.reduce((s, a) => s + a.score!, 0) / scored.length) : null;
  const started = answers.filter((a) => a.status !== "awaiting");

  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfoId}/interviews`}>Mock interviews</BackLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Recorded interview</h1>
          <p className="text-muted-foreground">{formatDateTime(interview.createdAt)}</p>
        </div>
        {aggregate !== null ? (
          <p className="text-lg" aria-label={`Delivery score ${aggregate} out of 100 across ${scored.length} answers`}>
            <Badge>{aggregate}/100</Badge> <span className="text-sm text-muted-foreground">delivery, {scored.length} answer{scored.length > 1 ? "s" : ""}</span>
          </p>
        ) : null}
      </div>
      <InterviewRunner
        interviewId={interview.id}
        answers={answers.map(({ id, position, questionText, status }) => ({ id, position, questionText, status }))}
      />
      {started.length > 0 ? (
        <section aria-labelledby="answers-heading" className="grid gap-4">
          <h2 id="answers-heading" className="text-lg font-semibold">
            Your answers
          </h2>
          {started.map((a) => (
            <AnswerResult
              key={`${a.id}-${a.status}-${a.processedAt?.getTime() ?? 0}`}
              answer={{
                id: a.id,
                position: a.position,
                questionText: a.questionText,
                status: a.status,
                error: a.error,
                durationMs: a.durationMs,
                score: a.score,
                transcript: a.transcript,
                transcriptSource: a.transcriptSource,
                waveform: (a.waveform as number[] | null) ?? null,
                metrics: (a.metrics as AnswerResultData["metrics"]) ?? null,
                feedback: (a.feedback as AnswerResultData["feedback"]) ?? null,
              }}
            />
          ))}
        </section>
      ) : null}
      <InterviewNotes kind="recorded" id={interview.id} notes={interview.notes} />
    </div>
  );
}
