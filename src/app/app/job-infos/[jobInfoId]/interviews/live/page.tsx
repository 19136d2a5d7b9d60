import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { LiveInterviewRoom } from "@/features/liveInterviews/components/LiveInterviewRoom";
import { requireUser } from "@/features/users/currentUser";
import { humeSettings } from "@/services/hume";

export const metadata = { title: "Live interview" };

export default async function LiveInterviewPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo || !humeSettings()) notFound();
  return (
    <div className="grid gap-6">
      <BackLink href={`/app/job-infos/${jobInfo.id}/interviews`}>Mock interviews</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Live interview</h1>
        <p className="text-muted-foreground">A spoken mock interview for {jobInfo.name} with an AI interviewer (Hume EVI).</p>
      </div>
      <LiveInterviewRoom jobInfoId={jobInfo.id} jobName={jobInfo.name} />
    </div>
  );
}
