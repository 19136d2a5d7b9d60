import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { getDb } from "@/drizzle/db";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { JourneyList } from "@/features/progress/components/JourneyList";
import { SkillsInventoryTable } from "@/features/progress/components/SkillsInventoryTable";
import { getPlanData } from "@/features/progress/db";
import { journey } from "@/progress/journey";
import { skillsInventory } from "@/progress/skillsInventory";
import { requireUser } from "@/services/auth";

export const metadata = { title: "Preparation plan" };

export default async function PlanPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  const data = await getPlanData(await getDb(), user.id, jobInfo.id);
  const inventory = skillsInventory({ jobTitle: jobInfo.title, jobDescription: jobInfo.description, resumeText: data.resumeText, practice: data.practice });
  const jobPath = `/app/job-infos/${jobInfo.id}`;
  const phases = journey({ ...data.activity, jobSkills: inventory.length }, jobPath);
  return (
    <div className="grid gap-8">
      <BackLink href={jobPath}>{jobInfo.name}</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Preparation plan</h1>
        <p className="text-muted-foreground">Five steps, each marked done by what you have actually practised for this job.</p>
      </div>
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
    </div>
  );
}
