import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { LiveInterviewRoom } from "@/features/liveInterviews/components/LiveInterviewRoom";
import { getCachedLiveInterviewsThisMonth } from "@/features/liveInterviews/dbCache";
import { monthlyLiveInterviewLimit } from "@/features/liveInterviews/permissions";
import { requireUser } from "@/features/users/currentUser";
import { liveInterviewAllowance } from "@/features/users/plans";
import { humeSettings } from "@/services/hume";

export const metadata = { title: "Live interview" };

export default async function LiveInterviewPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo || !humeSettings()) notFound();
  // The free plan's monthly live interviews, said before the call is started.
  const allowance = monthlyLiveInterviewLimit(user) !== null ? liveInterviewAllowance(user.plan, await getCachedLiveInterviewsThisMonth(user.id)) : null;
  return (
    <div className="grid gap-6">
      <BackLink href={`/app/job-infos/${jobInfo.id}/interviews`}>Mock interviews</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Live interview</h1>
        <p className="text-muted-foreground">A spoken mock interview for {jobInfo.name} with an AI interviewer (Hume EVI).</p>
        {allowance ? (
          <p className="mt-1 text-sm" data-testid="live-allowance">
            {allowance.text}
            {allowance.left === 0 ? (
              <>
                {" "}
                <Link href="/app/pricing" className="font-medium text-primary underline-offset-4 hover:underline">
                  See plans
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <LiveInterviewRoom jobInfoId={jobInfo.id} jobName={jobInfo.name} />
    </div>
  );
}
