import Link from "next/link";
import { CheckCircle2, Circle, Lock } from "lucide-react";
import type { Phase } from "@/progress/journey";

const ICONS = { done: CheckCircle2, current: Circle, locked: Lock } as const;
const STATE_LABEL = { done: "Done", current: "Next step", locked: "Locked until the steps before are done" } as const;

export function JourneyList({ phases }: { phases: Phase[] }) {
  return (
    <ol className="grid gap-3" aria-label="Preparation journey">
      {phases.map((p, i) => {
        const Icon = ICONS[p.state];
        return (
          <li
            key={p.id}
            className={
              p.state === "current"
                ? "rounded-xl border-2 border-primary bg-card p-4"
                : "rounded-xl border border-border bg-card p-4 " + (p.state === "locked" ? "opacity-70" : "")
            }
            aria-current={p.state === "current" ? "step" : undefined}
          >
            <div className="flex items-start gap-3">
              <Icon aria-hidden className={p.state === "done" ? "mt-0.5 size-5 shrink-0 text-success" : "mt-0.5 size-5 shrink-0 text-muted-foreground"} />
              <div className="grid gap-1">
                <h3 className="font-semibold">
                  {i + 1}. {p.title} <span className="sr-only">({STATE_LABEL[p.state]})</span>
                </h3>
                <p className="text-sm">{p.goal}</p>
                <p className="text-sm text-muted-foreground">
                  {p.progress} {p.state === "locked" ? STATE_LABEL.locked + "." : null}
                </p>
                {p.state === "current" ? (
                  <Link href={p.href} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                    Go to this step
                  </Link>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
