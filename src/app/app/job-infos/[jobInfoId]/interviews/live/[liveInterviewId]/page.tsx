import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { InterviewNotes } from "@/features/interviews/components/InterviewNotes";
import { InterviewResultsHeader, InterviewTranscript } from "@/features/interviews/components/InterviewResults";
import { getCachedLiveInterview } from "@/features/liveInterviews/dbCache";
import { DeleteLiveInterviewButton } from "@/features/liveInterviews/components/DeleteLiveInterviewButton";
import { LiveFeedbackView, LiveMetricsView } from "@/features/liveInterviews/components/LiveResults";
import { LiveStatus } from "@/features/liveInterviews/components/LiveStatus";
import { LIVE_TRANSCRIPT_SOURCE, liveScoreFormula } from "@/features/liveInterviews/markdown";
import { formatClock, formatDateTime } from "@/lib/format";
import { requireUser } from "@/features/users/currentUser";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Live interview results" };

export default async function LiveInterviewResultPage({ params }: { params: Promise<{ jobInfoId: string; liveInterviewId: string }> }) {
  const { jobInfoId, liveInterviewId } = await params;
  const user = await requireUser();
  const interview = await getCachedLiveInterview(user.id, liveInterviewId);
  if (!interview || interview.jobInfoId !== jobInfoId || !interview.humeChatId) notFound();
  const turns = interview.transcript ?? [];
  const formula = liveScoreFormula(interview.feedback, interview.score);
  const delivery = interview.metrics?.summary.deliveryScore ?? null;
  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfoId}/interviews`}>Mock interviews</BackLink>
      <InterviewResultsHeader
        title="Live interview"
        subtitle={`${formatDateTime(interview.createdAt)}${interview.durationMs !== null ? ` · ${formatClock(interview.durationMs)} long (measured by the voice provider)` : ""}`}
        overall={interview.score !== null && formula ? { score: interview.score, formula } : null}
        facts={interview.status === "ready" && interview.metrics ? [["Delivery", delivery !== null ? `${delivery}/100` : "—"]] : []}
        exportBase={interview.status === "ready" ? `/api/live-interviews/${interview.id}/export` : null}
        deleteButton={<DeleteLiveInterviewButton id={interview.id} jobInfoId={jobInfoId} />}
      />
      <LiveStatus key={interview.status} interviewId={interview.id} status={interview.status} error={interview.error} />
      {interview.status === "ready" && !interview.feedback ? (
        <p className="rounded-xl border border-border p-4">
          No answers from you were recorded in this call, so there is no feedback. Try again with your microphone on.
        </p>
      ) : null}
      {interview.feedback ? <LiveFeedbackView feedback={interview.feedback} /> : null}
      {interview.metrics ? <LiveMetricsView metrics={interview.metrics} /> : null}
      <InterviewNotes kind="live" id={interview.id} notes={interview.notes} />
      {turns.length > 0 ? (
        <InterviewTranscript source={LIVE_TRANSCRIPT_SOURCE} turns={turns.map((t) => ({ speaker: t.speaker, text: t.text, at: formatClock(t.firstAtMs) }))} />
      ) : null}
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/interviews/live/${liveInterviewId}`} />
    </div>
  );
}
