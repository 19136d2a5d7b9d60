import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { TrendChart } from "@/features/progress/components/TrendChart";
import { DrillList } from "@/features/progress/components/DrillList";
import { SpeakingBaselineCard } from "@/features/progress/components/SpeakingBaselineCard";
import { getCachedDeliverySamples, getCachedDrillInput, getCachedJobProgress } from "@/features/progress/dbCache";
import { jobTrendSeries, paceTrendSeries } from "@/features/progress/trends";
import { speakingBaseline } from "@/progress/baseline";
import { chooseDrills } from "@/progress/drills";
import { requireUser } from "@/features/users/currentUser";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Progress" };

export default async function ProgressPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const [progress, drillInput, samples, jobSamples] = await Promise.all([
    getCachedJobProgress(user.id, jobInfo.id),
    getCachedDrillInput(user.id, jobInfo.id),
    getCachedDeliverySamples(user.id),
    getCachedDeliverySamples(user.id, jobInfo.id),
  ]);
  return (
    <div className="grid gap-6">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Progress</h1>
        <p className="text-muted-foreground">
          Your scores for this job over time. A change is called an improvement only when it is larger than the measured noise of that score.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {jobTrendSeries(progress).map(({ key, ...series }) => (
          <TrendChart key={key} {...series} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SpeakingBaselineCard baseline={speakingBaseline(samples)} answers={samples.length} />
        <TrendChart {...paceTrendSeries(jobSamples)} />
      </div>
      <DrillList drills={chooseDrills(drillInput)} jobInfoId={jobInfo.id} />
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/progress`} />
    </div>
  );
}
