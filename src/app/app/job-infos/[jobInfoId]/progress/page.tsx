import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { getDb } from "@/drizzle/db";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { TrendChart } from "@/features/progress/components/TrendChart";
import { DrillList } from "@/features/progress/components/DrillList";
import { SpeakingBaselineCard } from "@/features/progress/components/SpeakingBaselineCard";
import { getDeliverySamples, getDrillInput, getJobProgress } from "@/features/progress/db";
import { speakingBaseline } from "@/progress/baseline";
import { chooseDrills } from "@/progress/drills";
import { DELIVERY_SCORE_NOISE, QUESTION_RATING_NOISE, RESUME_SCORE_NOISE } from "@/progress/noise";
import { assessTrend } from "@/progress/trend";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Progress" };

export default async function ProgressPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const db = await getDb();
  const [progress, drillInput, samples, jobSamples] = await Promise.all([
    getJobProgress(db, user.id, jobInfo.id),
    getDrillInput(db, user.id, jobInfo.id),
    getDeliverySamples(db, user.id),
    getDeliverySamples(db, user.id, jobInfo.id),
  ]);
  const pacePoints = jobSamples.flatMap((s) => (s.paceWpm ? [{ id: s.id, at: s.at, value: Math.round(s.paceWpm) }] : [])).reverse();
  // Only the insights engine's rating noise is measured; ratings written by an LLM get no claim.
  const ratingsByEngine = progress.questionRatings.every((p) => p.source === "insights");
  return (
    <div className="grid gap-6">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Progress</h1>
        <p className="text-muted-foreground">
          Your scores for this job over time. A change is called an improvement only when it is larger than the measured noise of that
          score.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TrendChart
          title="Technical answers"
          points={progress.questionRatings}
          min={0}
          max={10}
          unit="/10"
          verdict={assessTrend(progress.questionRatings, ratingsByEngine ? QUESTION_RATING_NOISE : null)}
          empty="Answer technical questions to see your ratings here."
        />
        <TrendChart
          title="Recorded interviews (delivery)"
          points={progress.recordedDelivery}
          min={0}
          max={100}
          unit="/100"
          verdict={assessTrend(progress.recordedDelivery, DELIVERY_SCORE_NOISE)}
          empty="Record a mock interview to see your delivery score here."
        />
        <TrendChart
          title="Live interviews"
          points={progress.liveScores}
          min={0}
          max={100}
          unit="/100"
          verdict={assessTrend(progress.liveScores, null)}
          empty="Live interviews you complete appear here."
        />
        <TrendChart
          title="Resume match"
          points={progress.resumeScores}
          min={0}
          max={100}
          unit="/100"
          verdict={assessTrend(progress.resumeScores, RESUME_SCORE_NOISE)}
          empty="Analyse your resume against this job to see its score here."
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SpeakingBaselineCard baseline={speakingBaseline(samples)} answers={samples.length} />
        <TrendChart
          title="Pace per recorded answer (wpm)"
          points={pacePoints}
          min={60}
          max={220}
          unit=" wpm"
          verdict={assessTrend(pacePoints, null)}
          empty="Answers with a transcript show their words per minute here."
        />
      </div>
      <DrillList drills={chooseDrills(drillInput)} jobInfoId={jobInfo.id} />
    </div>
  );
}
