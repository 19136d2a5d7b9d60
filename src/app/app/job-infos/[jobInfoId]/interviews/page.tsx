import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/drizzle/db";
import { StartInterviewForm } from "@/features/interviews/components/StartInterviewForm";
import { listInterviews } from "@/features/interviews/db";
import { interviewKindLabels } from "@/features/interviews/schemas";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { formatClock, formatDateTime } from "@/lib/format";
import { countLiveInterviewsThisMonth, listLiveInterviews } from "@/features/liveInterviews/db";
import { LIVE_INTERVIEW_LIMITS } from "@/features/liveInterviews/permissions";
import { requireUser } from "@/features/users/currentUser";
import { humeSettings } from "@/services/hume";

/** An interview left with unanswered questions for a day: marked, and resumable where it stopped. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
const isAbandoned = (i: { status: string; answers: number; ready: number; lastActivityAt: Date }) =>
  i.status === "in_progress" && Date.now() - new Date(i.lastActivityAt).getTime() > ABANDONED_AFTER_MS;

export const metadata = { title: "Mock interviews" };

export default async function InterviewsPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const db = await getDb();
  const interviews = await listInterviews(db, user.id, jobInfo.id);
  const liveEnabled = !!humeSettings();
  const live = liveEnabled ? await listLiveInterviews(db, user.id, jobInfo.id) : [];
  const liveLimit = LIVE_INTERVIEW_LIMITS[user.plan];
  const liveUsed = liveEnabled && liveLimit !== null ? await countLiveInterviewsThisMonth(db, user.id) : 0;
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
              Talk with an AI interviewer (Hume EVI) who asks about this job one question at a time and follows up. Afterwards you get the
              transcript, timing measures and feedback that quotes your answers.
              {liveLimit !== null ? ` Your plan includes ${liveLimit} live interviews a month; ${liveLeft} left this month.` : ""}
            </p>
          </CardHeader>
          <CardContent>
            {liveLeft === 0 ? (
              <p className="text-sm">
                You have used this month&apos;s live interviews.{" "}
                <Link href="/app/settings" className="font-medium text-primary underline-offset-4 hover:underline">
                  Upgrade in Settings
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
          Hume&apos;s live voice interviewer is not configured on this server. The spoken conversation below works without it, or practise
          with the recorded interview.
        </p>
      )}
      <Card>
        <CardHeader>
          <CardTitle as="h2">Spoken interview</CardTitle>
          <p className="text-sm text-muted-foreground">
            Recorded: each question is shown (and read aloud when your browser has voices) and you record your answer at your own pace.
            Spoken conversation: the interviewer asks, listens, and follows up once on what your answer missed; a pause ends your turn.
            Either way every answer gets a transcript, content feedback and delivery measures (pace, pauses, pitch, loudness, fillers).
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
        {interviews.length === 0 ? (
          <p className="text-muted-foreground">Your recorded interviews for this job are kept here.</p>
        ) : (
          <ul className="grid gap-2" aria-label="Past interviews">
            {interviews.map((i) => (
              <li key={i.id}>
                <Link
                  href={`/app/job-infos/${jobInfo.id}/interviews/${i.id}`}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-border bg-card p-4 hover:border-primary/60"
                >
                  <span>
                    {formatDateTime(i.createdAt)}{" "}
                    <span className="text-sm text-muted-foreground">
                      · {i.mode === "conversation" ? "Spoken conversation" : "Recorded"}, {interviewKindLabels[i.kind].label.toLowerCase()}
                    </span>
                  </span>
                  <span className="flex items-center gap-2 text-sm text-muted-foreground">
                    {i.ready}/{i.answers} analysed
                    {i.meanScore !== null ? <Badge>{i.meanScore}/100</Badge> : null}
                    {i.status === "completed" ? (
                      <Badge variant="success">Completed</Badge>
                    ) : isAbandoned(i) ? (
                      <Badge variant="warning">Not finished · resume</Badge>
                    ) : (
                      <Badge variant="outline">In progress</Badge>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {live.length > 0 ? (
        <section aria-labelledby="past-live" className="grid gap-3">
          <h2 id="past-live" className="text-lg font-semibold">
            Past live interviews
          </h2>
          <ul className="grid gap-2" aria-label="Past live interviews">
            {live.map((i) => (
              <li key={i.id}>
                <Link
                  href={`/app/job-infos/${jobInfo.id}/interviews/live/${i.id}`}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-border bg-card p-4 hover:border-primary/60"
                >
                  <span>{formatDateTime(i.createdAt)}</span>
                  <span className="flex items-center gap-2 text-sm text-muted-foreground">
                    {i.durationMs !== null ? formatClock(i.durationMs) : null}
                    {i.score !== null ? <Badge>{i.score}/100</Badge> : null}
                    <Badge variant={i.status === "ready" ? "success" : i.status === "failed" ? "destructive" : "outline"}>{LIVE_STATUS_LABELS[i.status]}</Badge>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

const LIVE_STATUS_LABELS = { created: "Not started", in_call: "Not analysed", processing: "Analysing", ready: "Ready", failed: "Failed" } as const;
