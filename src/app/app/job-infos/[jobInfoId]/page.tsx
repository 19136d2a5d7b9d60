import Link from "next/link";
import { notFound } from "next/navigation";
import { Download, FileText, LineChart, ListChecks, MessageSquareText, Mic, Pencil, type LucideIcon } from "lucide-react";
import { BackLink } from "@/components/shell/BackLink";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DeleteJobInfoButton } from "@/features/jobInfos/components/DeleteJobInfoButton";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { experienceLevelLabels } from "@/features/jobInfos/schemas";
import { getCachedInterviews } from "@/features/interviews/dbCache";
import { getCachedQuestionSummary, getCachedQuestionUsage } from "@/features/questions/dbCache";
import { getCachedLiveInterviewsThisMonth } from "@/features/liveInterviews/dbCache";
import { monthlyLiveInterviewLimit } from "@/features/liveInterviews/permissions";
import { monthlyQuestionLimit } from "@/features/questions/permissions";
import { getCachedResumeAnalyses } from "@/features/resumeAnalyses/dbCache";
import { requireUser } from "@/features/users/currentUser";
import { liveInterviewAllowance, questionAllowance } from "@/features/users/plans";
import { humeSettings } from "@/services/hume";
import { NextStepCard } from "@/features/progress/components/NextStepCard";
import { nextStepForJob } from "@/features/progress/nextStepForJob";

/** Descriptions longer than this are shown as a summary with "show all". */
const DESCRIPTION_PREVIEW_CHARS = 420;

function PracticeCard({ href, icon: Icon, title, summary, limit }: { href: string; icon: LucideIcon; title: string; summary: string; limit?: string }) {
  return (
    <li>
      <Link href={href} className="block h-full rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <Card className="h-full transition-colors hover:border-primary/60">
          <CardHeader>
            <Icon aria-hidden className="size-5 text-primary" />
            <CardTitle as="h3">{title}</CardTitle>
            <CardDescription>{summary}</CardDescription>
            {limit ? (
              <p className="text-sm font-medium" data-testid="plan-limit">
                {limit}
              </p>
            ) : null}
          </CardHeader>
        </Card>
      </Link>
    </li>
  );
}

export default async function JobInfoHubPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const liveLimited = !!humeSettings() && monthlyLiveInterviewLimit(user) !== null;
  const [questions, resumes, interviews, next, questionUsage, liveUsed] = await Promise.all([
    getCachedQuestionSummary(user.id, jobInfo.id),
    getCachedResumeAnalyses(user.id, jobInfo.id),
    getCachedInterviews(user.id, jobInfo.id),
    nextStepForJob(user, jobInfo),
    monthlyQuestionLimit(user) !== null ? getCachedQuestionUsage(user.id) : null,
    liveLimited ? getCachedLiveInterviewsThisMonth(user.id) : null,
  ]);
  // The free plan's limits, said on the cards that lead to them (before the click).
  const questionsLeft = questionUsage ? questionAllowance(user.plan, questionUsage) : null;
  const liveLeft = liveUsed !== null ? liveInterviewAllowance(user.plan, liveUsed) : null;
  const longDescription = jobInfo.description.length > DESCRIPTION_PREVIEW_CHARS;
  return (
    <div className="grid gap-8">
      <BackLink href="/app">Your jobs</BackLink>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{jobInfo.name}</h1>
          <p className="text-muted-foreground">{[jobInfo.title, experienceLevelLabels[jobInfo.experienceLevel]].filter(Boolean).join(" · ")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <a href={`/api/job-infos/${jobInfo.id}/export?format=pdf`} download className={buttonVariants({ variant: "ghost" })}>
            <Download aria-hidden className="size-4" /> PDF
          </a>
          <a href={`/api/job-infos/${jobInfo.id}/export?format=md`} download className={buttonVariants({ variant: "ghost" })}>
            <Download aria-hidden className="size-4" /> Markdown
          </a>
          <Link href={`/app/job-infos/${jobInfo.id}/edit`} className={buttonVariants({ variant: "outline" })}>
            <Pencil aria-hidden className="size-4" /> Edit
          </Link>
          <DeleteJobInfoButton id={jobInfo.id} name={jobInfo.name} />
        </div>
      </div>
      <NextStepCard step={next} variant="card" />
      <section aria-labelledby="practice-heading" className="grid gap-4">
        <h2 id="practice-heading" className="text-lg font-semibold">
          Practise for this job
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          <PracticeCard
            href={`/app/job-infos/${jobInfo.id}/interviews`}
            icon={Mic}
            title="Mock interviews"
            summary={
              interviews.length === 0
                ? "Spoken answers, recorded one by one, with pace, pauses, pitch and filler analysis."
                : `${interviews.length} interview${interviews.length > 1 ? "s" : ""}${interviews[0]!.meanScore !== null ? ` · latest ${interviews[0]!.meanScore}/100` : ""}`
            }
            limit={liveLeft ? `${liveLeft.short}; recorded and spoken interviews without limit.` : undefined}
          />
          <PracticeCard
            href={`/app/job-infos/${jobInfo.id}/questions`}
            icon={MessageSquareText}
            title="Technical questions"
            summary={
              questions.asked === 0
                ? "Questions tailored to this job, with graded feedback on your answers."
                : `${questions.asked} asked · ${questions.graded} graded${questions.meanRating !== null ? ` · mean ${questions.meanRating}/10` : ""}`
            }
            limit={questionsLeft ? `${questionsLeft.short}.` : undefined}
          />
          <PracticeCard
            href={`/app/job-infos/${jobInfo.id}/resumes`}
            icon={FileText}
            title={user.plan === "pro" ? "Resume check" : "Resume check (Pro)"}
            summary={
              resumes.length === 0
                ? user.plan === "pro"
                  ? "Your resume against this job: keywords, sections and a scored report."
                  : "Pro plan: your resume against this job — keywords, sections and a scored report. The free plan includes questions, interviews and the coach."
                : `${resumes.length} analysed · latest ${resumes[0]!.overallScore}/100, keywords ${Math.round(resumes[0]!.matchRate * 100)}%`
            }
          />
          <PracticeCard
            href={`/app/job-infos/${jobInfo.id}/coach`}
            icon={ListChecks}
            title="Coach"
            summary="A coach that asks rather than tells, a five-step plan gated by what you have done, and the job's skills linked to your evidence."
          />
          <PracticeCard
            href={`/app/job-infos/${jobInfo.id}/progress`}
            icon={LineChart}
            title="Progress"
            summary="Your scores over time, with improvements claimed only when they beat the scoring's measured noise."
          />
        </ul>
      </section>
      <section aria-labelledby="description-heading" className="grid gap-2">
        <h2 id="description-heading" className="text-lg font-semibold">
          Job description
        </h2>
        <div className="rounded-xl border border-border bg-card p-4 text-sm leading-relaxed">
          {longDescription ? (
            <details className="group">
              <summary className="cursor-pointer list-none">
                <span className="whitespace-pre-wrap break-words group-open:hidden">{`${jobInfo.description.slice(0, DESCRIPTION_PREVIEW_CHARS).trimEnd()}…`}</span>
                <span className="mt-2 block font-medium text-primary group-open:hidden">
                  Show all ({jobInfo.description.length.toLocaleString("en")} characters)
                </span>
                <span className="hidden font-medium text-primary group-open:block">Show less</span>
              </summary>
              <p className="mt-3 whitespace-pre-wrap break-words">{jobInfo.description}</p>
            </details>
          ) : (
            <p className="whitespace-pre-wrap break-words">{jobInfo.description}</p>
          )}
        </div>
      </section>
    </div>
  );
}
