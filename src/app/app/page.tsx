import Link from "next/link";
import { Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCachedJobInfos, getCachedJobProgressSummaries } from "@/features/jobInfos/dbCache";
import type { JobProgressSummary } from "@/features/jobInfos/db";
import { formatDate } from "@/lib/format";
import { experienceLevelLabels } from "@/features/jobInfos/schemas";
import { requireUser } from "@/features/users/currentUser";
import { jobAllowance } from "@/features/users/plans";

export const metadata = { title: "Your jobs" };

export default async function JobsPage() {
  const user = await requireUser();
  const [jobInfos, summaries] = await Promise.all([getCachedJobInfos(user.id), getCachedJobProgressSummaries(user.id)]);
  const progressOf = new Map(summaries.map((p) => [p.jobInfoId, p]));
  // The free plan's job limit, said before the click (null: no limit).
  const jobsLeft = jobAllowance(user.plan, jobInfos.length);
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Your jobs</h1>
          <p className="text-muted-foreground">Each job you prepare for gets its own questions, interviews and resume checks.</p>
        </div>
        {jobsLeft?.left === 0 ? (
          <p className="max-w-sm text-sm" data-testid="job-limit">
            {jobsLeft.text}{" "}
            <Link href="/app/pricing" className="font-medium text-primary underline-offset-4 hover:underline">
              See plans
            </Link>
          </p>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            {jobsLeft ? (
              <span className="text-sm text-muted-foreground" data-testid="job-limit">
                {jobsLeft.short}
              </span>
            ) : null}
            <Link href="/app/job-infos/new" className={buttonVariants()}>
              <Plus aria-hidden className="size-4" /> New job
            </Link>
          </div>
        )}
      </div>
      {jobInfos.length === 0 ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">No jobs yet</CardTitle>
            <CardDescription>
              Start by describing a job you want: paste the posting and choose your level. Everything you practise is tailored to it.
            </CardDescription>
          </CardHeader>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Jobs">
          {jobInfos.map((job) => (
            <li key={job.id}>
              <Link
                href={`/app/job-infos/${job.id}`}
                className="block h-full rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                <Card className="h-full transition-colors hover:border-primary/60">
                  <CardHeader>
                    <CardTitle as="h2" className="break-words">
                      {job.name}
                    </CardTitle>
                    <CardDescription>{[job.title, experienceLevelLabels[job.experienceLevel]].filter(Boolean).join(" · ")}</CardDescription>
                    <JobProgressLine progress={progressOf.get(job.id)} />
                  </CardHeader>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What has been practised for a job, and when: the dashboard card's summary line. */
function JobProgressLine({ progress }: { progress: JobProgressSummary | undefined }) {
  if (!progress || (progress.questionsGraded === 0 && progress.interviews === 0 && progress.latestResumeScore === null)) {
    return <p className="text-sm text-muted-foreground">Not practised yet: open it to see the first step.</p>;
  }
  const parts = [
    progress.questionsGraded > 0
      ? `${progress.questionsGraded} question${progress.questionsGraded === 1 ? "" : "s"} graded (mean ${progress.meanRating}/10)`
      : null,
    progress.interviews > 0
      ? `${progress.interviews} interview${progress.interviews === 1 ? "" : "s"}${progress.latestInterviewScore !== null ? `, latest ${progress.latestInterviewScore}/100` : ""}`
      : null,
    progress.latestResumeScore !== null ? `resume ${progress.latestResumeScore}/100` : null,
  ].filter(Boolean);
  return (
    <p className="text-sm text-muted-foreground" data-testid="job-progress">
      {parts.join(" · ")}
      {progress.lastPracticeAt ? <span className="block">Last practised {formatDate(progress.lastPracticeAt)}</span> : null}
    </p>
  );
}
