import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { StartInterviewForm } from "@/features/interviews/components/StartInterviewForm";
import { getCachedInterviews } from "@/features/interviews/dbCache";
import { interviewHistory, type HistoryState } from "@/features/interviews/history";
import { interviewKindLabels } from "@/features/interviews/schemas";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { formatClock, formatDateTime } from "@/lib/format";
import { getCachedLiveInterviews, getCachedLiveInterviewsThisMonth } from "@/features/liveInterviews/dbCache";
import { LIVE_INTERVIEW_LIMITS } from "@/features/liveInterviews/permissions";
import { requireUser } from "@/features/users/currentUser";
import { humeSettings } from "@/services/hume";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Mock interviews" };

export default async function InterviewsPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const liveEnabled = !!humeSettings();
  const liveLimit = LIVE_INTERVIEW_LIMITS[user.plan];
  const [recorded, live, liveUsed] = await Promise.all([
    getCachedInterviews(user.id, jobInfo.id),
    getCachedLiveInterviews(user.id, jobInfo.id),
    liveEnabled && liveLimit !== null ? getCachedLiveInterviewsThisMonth(user.id) : 0,
  ]);
  // One history for every kind of interview; live ones stay listed even if Hume is switched off later.
  const history = interviewHistory(jobInfo.id, recorded, live);
  const liveLeft = liveLimit === null ? null : Math.max(0, liveLimit - liveUsed);
  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Mock interviews</h1>
      {liveEnabled ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Live interview</CardTitle>
            <p className="text-sm text-muted-foreground">
              Talk with an AI interviewer (Hume EVI) who asks about this job one question at a time and follows up. Afterwards you get the transcript, timing
              measures and feedback that quotes your answers.
              {liveLimit !== null ? ` Your plan includes ${liveLimit} live interviews a month; ${liveLeft} left this month.` : ""}
            </p>
          </CardHeader>
          <CardContent>
            {liveLeft === 0 ? (
              <p className="text-sm">
                You have used this month&apos;s live interviews.{" "}
                <Link href="/app/pricing" className="font-medium text-primary underline-offset-4 hover:underline">
                  See plans and upgrade
                </Link>{" "}
                or practise with a recorded interview below.
              </p>
            ) : (
              <Link
                href={`/app/job-infos/${jobInfo.id}/interviews/live`}
                className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
              >
                Prepare a live interview
              </Link>
            )}
          </CardContent>
        </Card>
      ) : (
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground" data-testid="live-unavailable">
          Hume&apos;s live voice interviewer is not configured on this server. The spoken conversation below works without it, or practise with the recorded
          interview.
        </p>
      )}
      <Card>
        <CardHeader>
          <CardTitle as="h2">Spoken interview</CardTitle>
          <p className="text-sm text-muted-foreground">
            Recorded: each question is shown (and read aloud when your browser has voices) and you record your answer at your own pace. Spoken conversation: the
            interviewer asks, listens, and follows up once on what your answer missed; a pause ends your turn. Either way every answer gets a transcript,
            content feedback and delivery measures (pace, pauses, pitch, loudness, fillers).
          </p>
        </CardHeader>
        <CardContent>
          <StartInterviewForm
            jobInfoId={jobInfo.id}
            kinds={Object.entries(interviewKindLabels).map(([value, k]) => ({ value, label: k.label, description: k.description }))}
          />
        </CardContent>
      </Card>
      <section aria-labelledby="past-interviews" className="grid gap-3">
        <h2 id="past-interviews" className="text-lg font-semibold">
          Past interviews
        </h2>
        {history.length === 0 ? (
          <p className="text-muted-foreground">Your interviews for this job — recorded, spoken and live — are kept here.</p>
        ) : (
          <ul className="grid gap-2" aria-label="Past interviews">
            {history.map((i) => (
              <li key={i.id}>
                <Link
                  href={i.href}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-border bg-card p-4 hover:border-primary/60"
                >
                  <span>
                    {formatDateTime(i.createdAt)} <span className="text-sm text-muted-foreground">· {i.label}</span>
                  </span>
                  <span className="flex items-center gap-2 text-sm text-muted-foreground">
                    {i.progress}
                    {i.durationMs !== null ? formatClock(i.durationMs) : null}
                    {i.score !== null ? <Badge>{i.score}/100</Badge> : null}
                    <Badge variant={STATE_BADGES[i.state].variant}>{STATE_BADGES[i.state].label}</Badge>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/interviews`} />
    </div>
  );
}

const STATE_BADGES: Record<HistoryState, { label: string; variant: "success" | "warning" | "outline" | "destructive" }> = {
  completed: { label: "Completed", variant: "success" },
  in_progress: { label: "In progress", variant: "outline" },
  abandoned: { label: "Not finished · resume", variant: "warning" },
  analysing: { label: "Analysing", variant: "outline" },
  not_analysed: { label: "Not analysed", variant: "outline" },
  failed: { label: "Failed", variant: "destructive" },
};
