import type { Difficulty, QuestionKind } from "./questionBank";
import { rankQuestions, type JobContext, type ScoredQuestion } from "./pickQuestion";

/**
 * The questions of a recorded interview: the kinds the user chose, difficulty
 * rising through the interview, and each pick preferring a job skill the
 * earlier picks have not covered yet, so the interview spreads over the job.
 */
export type InterviewKind = "mixed" | "behavioural" | "technical" | "opener";

const DIFFICULTY_CYCLE: readonly Difficulty[] = ["easy", "medium", "medium", "hard"];

function kindAt(kind: InterviewKind, position: number): QuestionKind {
  if (kind === "mixed") return position === 0 ? "opener" : position % 2 === 1 ? "technical" : "behavioural";
  return kind;
}

export function planInterview(job: JobContext, kind: InterviewKind, count: number): ScoredQuestion[] {
  const picked: ScoredQuestion[] = [];
  const asked = new Set<string>();
  const covered = new Set<string>();
  for (let position = 0; position < count; position++) {
    const questionKind = kindAt(kind, position);
    // Openers are all easy; other kinds follow the difficulty cycle, then any difficulty once one runs dry.
    const difficulty = questionKind === "opener" ? null : DIFFICULTY_CYCLE[position % DIFFICULTY_CYCLE.length]!;
    let ranked = rankQuestions(job, difficulty, asked, [questionKind]);
    if (ranked.length === 0 && difficulty !== null) ranked = rankQuestions(job, null, asked, [questionKind]);
    if (ranked.length === 0) continue;
    const best = ranked[0]!.score;
    const fresh = ranked.find((r) => r.score >= best - 2 && r.matchedSkills.some((s) => !covered.has(s)));
    const choice = fresh ?? ranked[0]!;
    picked.push(choice);
    asked.add(choice.question.id);
    for (const skill of choice.matchedSkills) covered.add(skill);
  }
  return picked;
}
