import { BackLink } from "@/components/shell/BackLink";
import { JobInfoForm } from "@/features/jobInfos/components/JobInfoForm";

export const metadata = { title: "New job" };

export default function NewJobInfoPage() {
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <BackLink href="/app">Your jobs</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Describe the job</h1>
      <JobInfoForm />
    </div>
  );
}
