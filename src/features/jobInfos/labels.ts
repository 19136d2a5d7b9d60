import type { experienceLevels } from "@/lib/domainValues";

// Kept apart from schemas.ts (which re-exports them) so that the job form, a
// client component, does not load zod for its limits and labels.

export const JOB_LIMITS = { name: 100, title: 120, description: 20_000 } as const;

export const experienceLevelLabels: Record<(typeof experienceLevels)[number], string> = {
  junior: "Junior",
  "mid-level": "Mid-level",
  senior: "Senior",
};
