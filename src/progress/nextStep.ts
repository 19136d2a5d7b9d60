import type { Drill } from "./drills";
import type { Phase } from "./journey";

/**
 * The one thing to do next for a job (pure), shown on its hub: the current
 * step of the preparation journey while the journey is unfinished — except
 * that a measured weakness far outside its norm (a drill at least half a
 * norm band out) comes first once the user has practised enough to measure
 * it; with the journey done, the weakest measure's drill; with nothing left,
 * another mock interview.
 */
export type NextStep = {
  title: string;
  /** Why this step, in the user's own numbers where there are some. */
  why: string;
  /** What to do, and where. */
  action: { label: string; href: string };
  source: "journey" | "drill" | "mock";
};

/** A drill this far outside its norm (a fraction of the norm band) outranks the journey. */
export const URGENT_SEVERITY = 0.5;

export function nextStep(phases: readonly Phase[], drills: readonly Drill[], links: { jobPath: string; drillHref: (drill: Drill) => string }): NextStep {
  const current = phases.find((p) => p.state === "current");
  const weakest = [...drills].sort((a, b) => b.severity - a.severity)[0];
  const drillStep = (drill: Drill): NextStep => ({
    title: drill.title,
    why: drill.why,
    action: { label: drill.practise === "recorded" ? "Practise it in a one-question interview" : "Practise this topic", href: links.drillHref(drill) },
    source: "drill",
  });
  if (weakest && (!current || weakest.severity >= URGENT_SEVERITY)) return drillStep(weakest);
  if (current) {
    return {
      title: current.title,
      why: `${current.goal} So far: ${current.progress}`,
      action: { label: "Start this step", href: current.href },
      source: "journey",
    };
  }
  return {
    title: "Another mock interview",
    why: "Every step of the plan is done and no measure is outside its norm. A fresh interview keeps it that way and shows your progress.",
    action: { label: "Start a mock interview", href: `${links.jobPath}/interviews` },
    source: "mock",
  };
}
