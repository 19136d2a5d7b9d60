import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { ResumeUpload } from "@/features/resumeAnalyses/components/ResumeUpload";
import { getCachedResumeAnalyses } from "@/features/resumeAnalyses/dbCache";
import { canAnalyseResumes } from "@/features/resumeAnalyses/permissions";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/features/users/currentUser";
import { planSummaries } from "@/features/users/plans";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Resume check" };

export default async function ResumesPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const analyses = await getCachedResumeAnalyses(user.id, jobInfo.id);

  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Resume check</h1>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Check a resume against this job</CardTitle>
          <p className="text-sm text-muted-foreground">
            We extract the text, compare it with the job&apos;s skills and keywords, and check sections, contact details, quantified achievements, action verbs,
            length and dates. Every finding points at your own words.
          </p>
        </CardHeader>
        <CardContent>
          {canAnalyseResumes(user) ? (
            <ResumeUpload jobInfoId={jobInfo.id} />
          ) : (
            <Alert>
              <AlertDescription>
                Resume analysis is part of the Pro plan. {planSummaries.free}{" "}
                <Link href="/app/pricing" className="font-medium underline">
                  See plans
                </Link>
              </AlertDescription>
            </Alert>
          )}
        </CardContent>
      </Card>
      <section aria-labelledby="analyses-heading" className="grid gap-3">
        <h2 id="analyses-heading" className="text-lg font-semibold">
          Past analyses
        </h2>
        {analyses.length === 0 ? (
          <p className="text-muted-foreground">Analyses of resumes you upload for this job are kept here.</p>
        ) : (
          <>
            <ul className="grid gap-2" aria-label="Past analyses">
              {analyses.map((a) => (
                <li key={a.id}>
                  <Link
                    href={`/app/job-infos/${jobInfo.id}/resumes/${a.id}`}
                    className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-border bg-card p-4 hover:border-primary/60"
                  >
                    <span className="min-w-0 break-words font-medium">{a.fileName}</span>
                    <span className="text-sm text-muted-foreground">
                      {formatDateTime(a.createdAt)} · score {a.overallScore}/100 · keywords {Math.round(a.matchRate * 100)}%
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {analyses.length >= 2 ? (
              <form action={`/app/job-infos/${jobInfo.id}/resumes/compare`} className="flex flex-wrap items-end gap-2">
                <label className="grid gap-1 text-sm">
                  Compare
                  <Select name="a" defaultValue={analyses[1]!.id}>
                    {analyses.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.fileName} ({formatDateTime(a.createdAt)})
                      </option>
                    ))}
                  </Select>
                </label>
                <label className="grid gap-1 text-sm">
                  with
                  <Select name="b" defaultValue={analyses[0]!.id}>
                    {analyses.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.fileName} ({formatDateTime(a.createdAt)})
                      </option>
                    ))}
                  </Select>
                </label>
                <Button type="submit" variant="outline">
                  Compare
                </Button>
              </form>
            ) : null}
          </>
        )}
      </section>
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/resumes`} />
    </div>
  );
}
