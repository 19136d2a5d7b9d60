// Kept apart from schemas.ts (which re-exports it) so that the analysis view,
// also shown by a client component, does not load zod for its headings.
export const RESUME_CATEGORIES = [
  { key: "ats", label: "ATS readiness" },
  { key: "jobMatch", label: "Job match" },
  { key: "writing", label: "Writing & formatting" },
  { key: "keywords", label: "Keyword coverage" },
  { key: "other", label: "Other" },
] as const;
