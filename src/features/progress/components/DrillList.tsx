import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StartDrillButton } from "@/features/interviews/components/StartDrillButton";
import type { Drill } from "@/progress/drills";
import { drillQuestionsHref } from "../drillLink";

/** Drills chosen from the user's weakest measures, each with its evidence. */
export function DrillList({ drills, jobInfoId }: { drills: Drill[]; jobInfoId: string }) {
  return (
    <section aria-labelledby="drills-heading" className="grid gap-3">
      <h2 id="drills-heading" className="text-lg font-semibold">
        Drills
      </h2>
      {drills.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No drills yet: they are chosen once at least two answers show a measure outside its usual range, or at least two rated answers on a topic average
          under 6/10.
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-3" aria-label="Suggested drills">
          {drills.map((d) => (
            <li key={d.id}>
              <Card className="h-full">
                <CardHeader>
                  <CardTitle as="h3">{d.title}</CardTitle>
                  <CardDescription>{d.why}</CardDescription>
                </CardHeader>
                <CardContent className="grid gap-3 text-sm">
                  <p>{d.how}</p>
                  {d.practise === "recorded" ? (
                    <StartDrillButton jobInfoId={jobInfoId} />
                  ) : (
                    <Link href={drillQuestionsHref(jobInfoId, d)} className="font-medium text-primary underline-offset-4 hover:underline">
                      {d.target?.questionId ? `Open your weakest ${d.target.topic} answer` : "Practise a technical question"}
                    </Link>
                  )}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
