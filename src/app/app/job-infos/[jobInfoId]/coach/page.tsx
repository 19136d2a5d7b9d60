import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { CoachChat } from "@/features/coach/components/CoachChat";
import { getCachedCoachMessages } from "@/features/coach/dbCache";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { JourneyList } from "@/features/progress/components/JourneyList";
import { SkillsInventoryTable } from "@/features/progress/components/SkillsInventoryTable";
import { getCachedPlanData } from "@/features/progress/dbCache";
import { jobPlan } from "@/progress/jobPlan";
import { canAnalyseResumes } from "@/features/resumeAnalyses/permissions";
import { requireUser } from "@/features/users/currentUser";
import { JobNextStep } from "@/features/progress/components/NextStepCard";

export const metadata = { title: "Coach" };

export default async function CoachPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const [data, conversation] = await Promise.all([getCachedPlanData(user.id, jobInfo.id), getCachedCoachMessages(user.id, jobInfo.id)]);
  const { inventory, phases } = jobPlan(jobInfo, data, { resumeCheck: canAnalyseResumes(user) });
  const jobPath = `/app/job-infos/${jobInfo.id}`;
  return (
    <div className="grid gap-8">
      <BackLink href={jobPath}>{jobInfo.name}</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Coach</h1>
        <p className="text-muted-foreground">
          A coach that asks rather than tells, a five-step plan marked done by what you have actually practised for this job, and the job&apos;s skills linked
          to your evidence.
        </p>
      </div>
      <section aria-labelledby="coach-heading" className="grid gap-3">
        <h2 id="coach-heading" className="text-lg font-semibold">
          Talk it through
        </h2>
        <CoachChat jobInfoId={jobInfo.id} initial={conversation.map(({ id, role, content, source }) => ({ id, role, content, source }))} />
      </section>
      <section aria-labelledby="journey-heading" className="grid gap-3">
        <h2 id="journey-heading" className="text-lg font-semibold">
          Your journey
        </h2>
        <JourneyList phases={phases} />
      </section>
      <section aria-labelledby="skills-heading" className="grid gap-3">
        <h2 id="skills-heading" className="text-lg font-semibold">
          Skills inventory
        </h2>
        <p className="text-sm text-muted-foreground">
          The skills this job asks for, where your latest resume claims them, and where you have shown them in answers and interviews.
        </p>
        <SkillsInventoryTable rows={inventory} />
      </section>
      <JobNextStep user={user} jobInfoId={jobInfoId} currentPath={`/app/job-infos/${jobInfoId}/coach`} />
    </div>
  );
}
