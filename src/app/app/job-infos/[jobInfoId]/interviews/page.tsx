import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/drizzle/db";
import { StartInterviewForm } from "@/features/interviews/components/StartInterviewForm";
import { listInterviews } from "@/features/interviews/db";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/services/auth";

export const metadata = { title: "Mock interviews" };

export default async function InterviewsPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const interviews = await listInterviews(await getDb(), user.id, jobInfo.id);
  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Mock interviews</h1>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Recorded interview</CardTitle>
          <p className="text-sm text-muted-foreground">
            Each question is shown (and read aloud when your browser has voices). Record your answer; Darasa measures
            your pace, pauses, pitch variation, loudness and filler words from the audio, on this server. Live voice
            interviews with an AI interviewer are not available yet.
          </p>
        </CardHeader>
        <CardContent>
          <StartInterviewForm jobInfoId={jobInfo.id} />
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
                  <span>{formatDateTime(i.createdAt)}</span>
                  <span className="flex items-center gap-2 text-sm text-muted-foreground">
                    {i.ready}/{i.answers} analysed
                    {i.meanScore !== null ? <Badge>{i.meanScore}/100</Badge> : null}
                    {i.status === "completed" ? <Badge variant="success">Completed</Badge> : <Badge variant="outline">In progress</Badge>}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
