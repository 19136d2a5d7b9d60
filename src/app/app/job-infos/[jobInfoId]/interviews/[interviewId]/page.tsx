import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { AnswerResult } from "@/features/interviews/components/AnswerResult";
import { InterviewNotes } from "@/features/interviews/components/InterviewNotes";
import { ConversationRunner } from "@/features/interviews/components/ConversationRunnerLoader";
import { DeleteInterviewButton } from "@/features/interviews/components/DeleteInterviewButton";
import { InterviewRunner } from "@/features/interviews/components/InterviewRunner";
import { CLOSING, greeting, WELCOME_BACK } from "@/features/interviews/interviewerLines";
import { interviewSummary } from "@/features/interviews/overallScore";
import { conversationTurns, transcriptSource } from "@/features/interviews/conversationTranscript";
import { interviewTitle } from "@/features/interviews/markdown";
import { InterviewResultsHeader, InterviewTranscript } from "@/features/interviews/components/InterviewResults";
import { interviewKindLabels } from "@/features/interviews/schemas";
import { getCachedDeliverySamples } from "@/features/progress/dbCache";
import { speakingBaseline } from "@/progress/baseline";
import { getCachedInterview, getCachedInterviewAnswers, getCachedTakeCounts } from "@/features/interviews/dbCache";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/features/users/currentUser";
import { isSttConfigured } from "@/services/stt";
import { isTtsConfigured } from "@/services/tts";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Recorded interview" };

export default async function InterviewPage({ params }: { params: Promise<{ jobInfoId: string; interviewId: string }> }) {
  const { jobInfoId, interviewId } = await params;
  const user = await requireUser();
  const interview = await getCachedInterview(user.id, interviewId);
  if (!interview || interview.jobInfoId !== jobInfoId) notFound();
  const answers = await getCachedInterviewAnswers(user.id, interview.id);
  const summary = interviewSummary(answers);
  const started = answers.filter((a) => a.status !== "awaiting");
  const transcript = conversationTurns(started);
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
      <InterviewResultsHeader
        title={interviewTitle(interview.mode)}
        subtitle={`${formatDateTime(interview.createdAt)} · ${interviewKindLabels[interview.kind].label}`}
        overall={summary.overall}
        facts={
          summary.ready > 0
            ? [
                ["Content", summary.content !== null ? `${summary.content}/10 (${summary.graded} graded)` : "—"],
                ["Delivery", summary.delivery !== null ? `${summary.delivery}/100` : "—"],
                ["Analysed", `${summary.ready} of ${summary.total} answers`],
              ]
            : []
        }
        exportBase={summary.ready > 0 ? `/api/interviews/${interview.id}/export` : null}
        deleteButton={<DeleteInterviewButton id={interview.id} jobInfoId={jobInfoId} />}
      />
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
      {transcript.length > 0 ? <InterviewTranscript source={transcriptSource(started)} turns={transcript} /> : null}
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/interviews/${interviewId}`} />
    </div>
  );
}
