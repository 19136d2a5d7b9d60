import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { getCachedJobInfo } from "@/features/jobInfos/dbCache";
import type { User } from "@/drizzle/schema";
import type { NextStep } from "@/progress/nextStep";
import { nextStepForJob } from "../nextStepForJob";

/**
 * The job's next step. `card` leads the job hub; `footer` ends every other page
 * of the job, so whichever page the user is on says what to do next. On the
 * page the step points to, the footer says so instead of linking to itself.
 */
export function NextStepCard({ step, variant, currentPath }: { step: NextStep; variant: "card" | "footer"; currentPath?: string }) {
  if (variant === "card") {
    return (
      <section
        aria-labelledby="next-step-heading"
        className="rounded-xl border border-primary/40 bg-primary/5 p-5"
        data-testid="next-step"
        data-source={step.source}
      >
        <p className="text-sm font-medium text-primary">Next step</p>
        <h2 id="next-step-heading" className="text-lg font-semibold">
          {step.title}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{step.why}</p>
        <Link href={step.action.href} className={`${buttonVariants()} mt-3`}>
          {step.action.label} <ArrowRight aria-hidden className="size-4" />
        </Link>
      </section>
    );
  }
  const here = currentPath !== undefined && step.action.href.split(/[?#]/)[0] === currentPath;
  return (
    <aside
      aria-label="Next step"
      className="rounded-xl border border-primary/30 bg-primary/5 p-4 text-sm"
      data-testid="next-step-footer"
      data-source={step.source}
    >
      <p>
        <span className="font-medium text-primary">Next step: </span>
        <span className="font-medium">{step.title}</span>
        {here ? <span className="text-muted-foreground"> — you are on the right page for it.</span> : null}
      </p>
      <p className="mt-1 text-muted-foreground">{step.why}</p>
      {here ? null : (
        <Link href={step.action.href} className="mt-2 inline-flex items-center gap-1 font-medium text-primary underline-offset-4 hover:underline">
          {step.action.label} <ArrowRight aria-hidden className="size-4" />
        </Link>
      )}
    </aside>
  );
}

/** The footer form for any page of a job: reads what it needs (per-request cache; the page has already owner-checked the job). */
export async function JobNextStep({ user, jobInfoId, currentPath }: { user: Pick<User, "id" | "plan">; jobInfoId: string; currentPath: string }) {
  const jobInfo = await getCachedJobInfo(user.id, jobInfoId);
  if (!jobInfo) return null;
  return <NextStepCard step={await nextStepForJob(user, jobInfo)} variant="footer" currentPath={currentPath} />;
}
