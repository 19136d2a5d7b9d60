import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { AnswerResult } from "@/features/interviews/components/AnswerResult";
import { InterviewNotes } from "@/features/interviews/components/InterviewNotes";
import { ConversationRunner } from "@/features/interviews/components/ConversationRunner";
import { DeleteInterviewButton } from "@/features/interviews/components/DeleteInterviewButton";
import { InterviewRunner } from "@/features/interviews/components/InterviewRunner";
import { CLOSING, greeting, WELCOME_BACK } from "@/features/interviews/interviewerLines";
import { overallScore } from "@/features/interviews/overallScore";
import { interviewKindLabels } from "@/features/interviews/schemas";
import { getCachedDeliverySamples } from "@/features/progress/dbCache";
import { speakingBaseline } from "@/progress/baseline";
import { getCachedInterview, getCachedInterviewAnswers, getCachedTakeCounts } from "@/features/interviews/dbCache";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/features/users/currentUser";
import { isSttConfigured } from "@/services/stt";
import { isTtsConfigured } from "@/services/tts";

export const metadata = { title: "Recorded interview" };

export default async function InterviewPage({ params }: { params: Promise<{ jobInfoId: string; interviewId: string }> }) {
  const { jobInfoId, interviewId } = await params;
  const user = await requireUser();
  const interview = await getCachedInterview(user.id, interviewId);
  if (!interview || interview.jobInfoId !== jobInfoId) notFound();
  const answers = await getCachedInterviewAnswers(user.id, interview.id);
  const mean = (values: number[]) => (values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : null);
  const ready = answers.filter((a) => a.status === "ready");
  const delivery = mean(ready.flatMap((a) => (a.score !== null ? [a.score] : [])));
  const contentRatings = ready.flatMap((a) => (a.contentRating !== null ? [a.contentRating] : []));
  const content = contentRatings.length ? Math.round((contentRatings.reduce((s, v) => s + v, 0) / contentRatings.length) * 10) / 10 : null;
  const overall = mean(ready.flatMap((a) => overallScore(a.contentRating, a.score)?.score ?? []));
  const started = answers.filter((a) => a.status !== "awaiting");
  const [takeCounts, samples] = await Promise.all([
    getCachedTakeCounts(
      user.id,
      answers.map((a) => a.id),
    ),
    getCachedDeliverySamples(user.id),
  ]);
  const baseline = speakingBaseline(samples);
  const recognition = { serverStt: isSttConfigured(), language: user.speechLanguage, cloudConsent: user.cloudRecognitionConsentAt !== null };

  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfoId}/interviews`}>Mock interviews</BackLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{interview.mode === "conversation" ? "Spoken interview" : "Recorded interview"}</h1>
          <p className="text-muted-foreground">
            {formatDateTime(interview.createdAt)} · {interviewKindLabels[interview.kind].label}
          </p>
        </div>
        {overall !== null ? (
          <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label="Interview summary">
            <div className="flex items-center gap-1">
              <dt className="text-muted-foreground">Overall</dt>
              <dd>
                <Badge>{overall}/100</Badge>
              </dd>
            </div>
            <div className="flex items-center gap-1">
              <dt className="text-muted-foreground">Content</dt>
              <dd>{content !== null ? `${content}/10 (${contentRatings.length} graded)` : "—"}</dd>
            </div>
            <div className="flex items-center gap-1">
              <dt className="text-muted-foreground">Delivery</dt>
              <dd>{delivery !== null ? `${delivery}/100` : "—"}</dd>
            </div>
            <div className="text-muted-foreground">
              {ready.length} of {answers.length} answers analysed
            </div>
          </dl>
        ) : null}
      </div>
      {interview.mode === "conversation" ? (
        <ConversationRunner
          key={interview.id}
          interviewId={interview.id}
          lines={{ greeting: greeting(user.name), welcomeBack: WELCOME_BACK, closing: CLOSING }}
          serverVoice={isTtsConfigured()}
          turns={answers.map((a) => ({ id: a.id, text: a.questionText, followUp: a.followUpOf !== null, status: a.status, producer: a.followUpProducer }))}
          recognition={recognition}
        />
      ) : (
        <InterviewRunner
          interviewId={interview.id}
          answers={answers.map(({ id, position, questionText, status }) => ({ id, position, questionText, status }))}
          recognition={recognition}
        />
      )}
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
                followUp: a.followUpOf !== null,
                status: a.status,
                error: a.error,
                durationMs: a.durationMs,
                score: a.score,
                transcript: a.transcript,
                transcriptSource: a.transcriptSource,
                waveform: a.waveform,
                metrics: a.metrics,
                feedback: a.feedback,
                contentFeedback: a.contentFeedback,
              }}
              speaker={{ baseline, ownFillers: user.extraFillers }}
              retake={{
                interviewId: interview.id,
                recognition,
                earlierTakes: takeCounts.get(a.id) ?? 0,
                takesHref: `/app/job-infos/${jobInfoId}/interviews/${interview.id}/answers/${a.id}/takes`,
              }}
            />
          ))}
        </section>
      ) : null}
      <InterviewNotes kind="recorded" id={interview.id} notes={interview.notes} />
      <div className="flex flex-wrap items-center gap-4">
        {ready.length > 0 ? (
          <span className="flex gap-3 text-sm font-medium">
            <a href={`/api/interviews/${interview.id}/export?format=pdf`} download className="text-primary underline-offset-4 hover:underline">
              Download PDF
            </a>
            <a href={`/api/interviews/${interview.id}/export?format=md`} download className="text-primary underline-offset-4 hover:underline">
              Markdown
            </a>
          </span>
        ) : null}
        <DeleteInterviewButton id={interview.id} jobInfoId={jobInfoId} />
      </div>
    </div>
  );
}
