import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowRight, Download, FileText, LineChart, ListChecks, MessageSquareText, Mic, Pencil, type LucideIcon } from "lucide-react";
import { BackLink } from "@/components/shell/BackLink";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DeleteJobInfoButton } from "@/features/jobInfos/components/DeleteJobInfoButton";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { experienceLevelLabels } from "@/features/jobInfos/schemas";
import { getCachedInterviews } from "@/features/interviews/dbCache";
import { getCachedQuestionSummary } from "@/features/questions/dbCache";
import { getCachedResumeAnalyses } from "@/features/resumeAnalyses/dbCache";
import { requireUser } from "@/features/users/currentUser";
import { getCachedDrillInput, getCachedPlanData } from "@/features/progress/dbCache";
import { drillQuestionsHref } from "@/features/progress/drillLink";
import { chooseDrills } from "@/progress/drills";
import { journey } from "@/progress/journey";
import { nextStep } from "@/progress/nextStep";
import { skillsInventory } from "@/progress/skillsInventory";

/** Descriptions longer than this are shown as a summary with "show all". */
const DESCRIPTION_PREVIEW_CHARS = 420;

function PracticeCard({ href, icon: Icon, title, summary }: { href: string; icon: LucideIcon; title: string; summary: string }) {
  return (
    <li>
      <Link href={href} className="block h-full rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <Card className="h-full transition-colors hover:border-primary/60">
          <CardHeader>
            <Icon aria-hidden className="size-5 text-primary" />
            <CardTitle as="h3">{title}</CardTitle>
            <CardDescription>{summary}</CardDescription>
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
  const [questions, resumes, interviews, plan, drillInput] = await Promise.all([
    getCachedQuestionSummary(user.id, jobInfo.id),
    getCachedResumeAnalyses(user.id, jobInfo.id),
    getCachedInterviews(user.id, jobInfo.id),
    getCachedPlanData(user.id, jobInfo.id),
    getCachedDrillInput(user.id, jobInfo.id),
  ]);
  const jobPath = `/app/job-infos/${jobInfo.id}`;
  const inventory = skillsInventory({ jobTitle: jobInfo.title, jobDescription: jobInfo.description, resumeText: plan.resumeText, practice: plan.practice });
  const next = nextStep(journey({ ...plan.activity, jobSkills: inventory.length }, jobPath), chooseDrills(drillInput), {
    jobPath,
    drillHref: (drill) => (drill.practise === "recorded" ? `${jobPath}/progress#drills-heading` : drillQuestionsHref(jobInfo.id, drill)),
  });
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
      <section
        aria-labelledby="next-step-heading"
        className="rounded-xl border border-primary/40 bg-primary/5 p-5"
        data-testid="next-step"
        data-source={next.source}
      >
        <p className="text-sm font-medium text-primary">Next step</p>
        <h2 id="next-step-heading" className="text-lg font-semibold">
          {next.title}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{next.why}</p>
        <Link href={next.action.href} className={`${buttonVariants()} mt-3`}>
          {next.action.label} <ArrowRight aria-hidden className="size-4" />
        </Link>
      </section>
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
