import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { InterviewNotes } from "@/features/interviews/components/InterviewNotes";
import { getCachedLiveInterview } from "@/features/liveInterviews/dbCache";
import { DeleteLiveInterviewButton } from "@/features/liveInterviews/components/DeleteLiveInterviewButton";
import { LiveFeedbackView, LiveMetricsView, TranscriptView } from "@/features/liveInterviews/components/LiveResults";
import { LiveStatus } from "@/features/liveInterviews/components/LiveStatus";
import { formatClock, formatDateTime } from "@/lib/format";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Live interview results" };

export default async function LiveInterviewResultPage({ params }: { params: Promise<{ jobInfoId: string; liveInterviewId: string }> }) {
  const { jobInfoId, liveInterviewId } = await params;
  const user = await requireUser();
  const interview = await getCachedLiveInterview(user.id, liveInterviewId);
  if (!interview || interview.jobInfoId !== jobInfoId || !interview.humeChatId) notFound();
  const turns = interview.transcript ?? [];
  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfoId}/interviews`}>Mock interviews</BackLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Live interview</h1>
          <p className="text-muted-foreground">
            {formatDateTime(interview.createdAt)}
            {interview.durationMs !== null ? ` · ${formatClock(interview.durationMs)} long (measured by the voice provider)` : ""}
          </p>
        </div>
        <div className="flex items-center gap-3">
          {interview.score !== null ? (
            <p className="text-lg" aria-label={`Overall ${interview.score} out of 100`}>
              <Badge>{interview.score}/100</Badge>
            </p>
          ) : null}
          {interview.status === "ready" ? (
            <span className="flex gap-3 text-sm font-medium">
              <a href={`/api/live-interviews/${interview.id}/export?format=pdf`} download className="text-primary underline-offset-4 hover:underline">
                Download PDF
              </a>
              <a href={`/api/live-interviews/${interview.id}/export?format=md`} download className="text-primary underline-offset-4 hover:underline">
                Markdown
              </a>
            </span>
          ) : null}
          <DeleteLiveInterviewButton id={interview.id} jobInfoId={jobInfoId} />
        </div>
      </div>
      <LiveStatus key={interview.status} interviewId={interview.id} status={interview.status} error={interview.error} />
      {interview.status === "ready" && !interview.feedback ? (
        <p className="rounded-xl border border-border p-4">
          No answers from you were recorded in this call, so there is no feedback. Try again with your microphone on.
        </p>
      ) : null}
      {interview.feedback ? <LiveFeedbackView feedback={interview.feedback} /> : null}
      {interview.metrics ? <LiveMetricsView metrics={interview.metrics} /> : null}
      <InterviewNotes kind="live" id={interview.id} notes={interview.notes} />
      {turns.length > 0 ? <TranscriptView turns={turns} /> : null}
    </div>
  );
}
