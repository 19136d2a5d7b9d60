import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { JobInfoForm } from "@/features/jobInfos/components/JobInfoForm";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Edit job" };

export default async function EditJobInfoPage({ params }: { params: Promise<{ jobInfoId: string }> }) {
  const { jobInfoId } = await params;
  const user = await requireUser();
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) notFound();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <BackLink href={`/app/job-infos/${jobInfo.id}`}>{jobInfo.name}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Edit job</h1>
      <JobInfoForm jobInfo={jobInfo} />
    </div>
  );
}
