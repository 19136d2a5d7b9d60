import { questionBank, type BankQuestion, type Difficulty, type Level, type QuestionKind, type Role } from "./questionBank";
import { findPhrase, tokenize, type Token } from "./text";

/**
 * Chooses a bank question for a job: questions whose skills appear in the job
 * description rank first, then those for the job's likely role and level.
 * Deterministic for a given seed, so results are reproducible in tests.
 */

const ROLE_SIGNALS: Record<Role, string[]> = {
  frontend: ["frontend", "front-end", "react", "vue", "angular", "css", "browser", "ui", "web accessibility", "next.js"],
  backend: ["backend", "back-end", "api", "microservices", "database", "sql", "java", "go", "python", "node.js", "server"],
  fullstack: ["full stack", "full-stack", "fullstack", "end to end", "next.js"],
  data: ["data engineer", "data scientist", "analytics", "etl", "spark", "warehouse", "machine learning", "pandas", "dbt"],
  devops: ["devops", "sre", "site reliability", "kubernetes", "terraform", "infrastructure", "ci/cd", "observability", "on-call"],
  mobile: ["mobile", "ios", "android", "swift", "kotlin", "react native", "flutter", "app store"],
};

export type JobContext = { title?: string | null; description: string; experienceLevel: Level };

function countHits(tokens: Token[], phrases: string[]): number {
  return phrases.filter((p) => findPhrase(tokens, p, 0)).length;
}

export function inferRoles(tokens: Token[]): Role[] {
  const scored = (Object.keys(ROLE_SIGNALS) as Role[])
    .map((role) => ({ role, hits: countHits(tokens, ROLE_SIGNALS[role]) }))
    .filter((r) => r.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  return scored.slice(0, 2).map((r) => r.role);
}

/** Small deterministic PRNG (mulberry32) seeded from a string. */
function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ScoredQuestion = { question: BankQuestion; score: number; matchedSkills: string[] };

/** Technical practice and mixed interviews; openers only when asked for. */
export const DEFAULT_KINDS: readonly QuestionKind[] = ["technical", "behavioural"];

export function rankQuestions(
  job: JobContext,
  difficulty: Difficulty | null,
  excludeIds: ReadonlySet<string>,
  kinds: readonly QuestionKind[] = DEFAULT_KINDS,
): ScoredQuestion[] {
  const tokens = tokenize(`${job.title ?? ""}\n${job.description}`);
  const roles = inferRoles(tokens);
  return questionBank
    .filter((q) => (difficulty === null || q.difficulty === difficulty) && kinds.includes(q.kind) && !excludeIds.has(q.id))
    .map((question) => {
      const matchedSkills = question.skills.filter((s) => findPhrase(tokens, s, 0));
      const roleFit = question.roles.some((r) => roles.includes(r)) ? 1 : 0;
      const levelFit = question.levels.includes(job.experienceLevel) ? 1 : 0;
      const behaviouralBase = question.kind === "behavioural" ? 0.5 : 0;
      return { question, matchedSkills, score: matchedSkills.length * 2 + roleFit * 1.5 + levelFit + behaviouralBase };
    })
    .sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id));
}

/** One of the best-fitting unasked questions (varied among the top few), or undefined when all are asked. */
export function pickQuestion(
  job: JobContext,
  difficulty: Difficulty | null,
  excludeIds: ReadonlySet<string>,
  seed: string,
  kinds: readonly QuestionKind[] = DEFAULT_KINDS,
): ScoredQuestion | undefined {
  const ranked = rankQuestions(job, difficulty, excludeIds, kinds);
  if (ranked.length === 0) return undefined;
  const top = ranked.filter((r) => r.score >= ranked[0]!.score - 1).slice(0, 4);
  return top[Math.floor(seededRandom(seed)() * top.length)];
}
