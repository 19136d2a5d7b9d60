import Link from "next/link";
import { BackLink } from "@/components/shell/BackLink";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { JobInfoForm } from "@/features/jobInfos/components/JobInfoForm";
import { getCachedJobInfos } from "@/features/jobInfos/dbCache";
import { requireUser } from "@/features/users/currentUser";
import { jobAllowance } from "@/features/users/plans";

export const metadata = { title: "New job" };

export default async function NewJobInfoPage() {
  const user = await requireUser();
  // The free plan's job limit, said before the form is filled in (creating is refused at the limit).
  const allowance = jobAllowance(user.plan, (await getCachedJobInfos(user.id)).length);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <BackLink href="/app">Your jobs</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Describe the job</h1>
      {allowance?.left === 0 ? (
        <Alert data-testid="job-limit">
          <AlertDescription>
            {allowance.text}{" "}
            <Link href="/app/pricing" className="font-medium underline">
              See plans
            </Link>
          </AlertDescription>
        </Alert>
      ) : (
        <>
          {allowance ? (
            <p className="text-sm text-muted-foreground" data-testid="job-limit">
              {allowance.text}
            </p>
          ) : null}
          <JobInfoForm />
        </>
      )}
    </div>
  );
}
