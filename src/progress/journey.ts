/**
 * The preparation journey for a job (pure): understand the role → build
 * stories → practise → mock interview → review. Each phase is done by what
 * the user has actually done; the first unfinished phase is the next step and
 * the unfinished ones after it stay locked until it is done.
 */
export type Activity = {
  /** Skills identified in the job description. */
  jobSkills: number;
  behaviouralGraded: number;
  technicalGraded: number;
  /** Recorded interviews with every answer analysed, plus analysed live interviews. */
  interviewsAnalysed: number;
  /** Interviews with notes, and resume analyses: evidence of reviewing. */
  interviewsWithNotes: number;
  resumesAnalysed: number;
  /** Whether the user's plan includes the resume check (Pro); without it, Review asks for notes only. */
  resumeCheck?: boolean;
};

export type PhaseId = "role" | "stories" | "practise" | "mock" | "review";
export type Phase = { id: PhaseId; title: string; goal: string; progress: string; state: "done" | "current" | "locked"; href: string };

export const GOALS = { jobSkills: 3, behavioural: 2, technical: 5, interviews: 1 } as const;

export function journey(a: Activity, jobPath: string): Phase[] {
  const phases: Omit<Phase, "state">[] = [
    {
      id: "role",
      title: "Understand the role",
      goal: `A job description from which at least ${GOALS.jobSkills} skills can be identified.`,
      progress: `${a.jobSkills} skills identified.`,
      href: `${jobPath}/edit`,
    },
    {
      id: "stories",
      title: "Build your stories",
      goal: `Answer ${GOALS.behavioural} behavioural questions and read their feedback.`,
      progress: `${a.behaviouralGraded} of ${GOALS.behavioural} graded.`,
      href: `${jobPath}/questions`,
    },
    {
      id: "practise",
      title: "Practise technical questions",
      goal: `Answer ${GOALS.technical} technical questions for this job.`,
      progress: `${a.technicalGraded} of ${GOALS.technical} graded.`,
      href: `${jobPath}/questions`,
    },
    {
      id: "mock",
      title: "Mock interview",
      goal: "Complete a recorded or live mock interview.",
      progress: `${a.interviewsAnalysed} analysed.`,
      href: `${jobPath}/interviews`,
    },
    a.resumeCheck === false
      ? {
          id: "review",
          title: "Review",
          goal: "Write notes on an interview: what went well and what to change. (Checking your resume against the job is part of the Pro plan.)",
          progress: `${a.interviewsWithNotes} with notes.`,
          href: `${jobPath}/interviews`,
        }
      : {
          id: "review",
          title: "Review",
          goal: "Write notes on an interview and check your resume against the job.",
          progress: `${a.interviewsWithNotes} with notes, ${a.resumesAnalysed} resume check${a.resumesAnalysed === 1 ? "" : "s"}.`,
          href: `${jobPath}/resumes`,
        },
  ];
  const done: Record<PhaseId, boolean> = {
    role: a.jobSkills >= GOALS.jobSkills,
    stories: a.behaviouralGraded >= GOALS.behavioural,
    practise: a.technicalGraded >= GOALS.technical,
    mock: a.interviewsAnalysed >= GOALS.interviews,
    review: a.interviewsWithNotes >= 1 && (a.resumeCheck === false || a.resumesAnalysed >= 1),
  };
  // The first unfinished phase is the current one; unfinished phases after it stay locked.
  const current = phases.find((p) => !done[p.id])?.id;
  return phases.map((p) => ({ ...p, state: done[p.id] ? "done" : p.id === current ? "current" : "locked" }));
}
