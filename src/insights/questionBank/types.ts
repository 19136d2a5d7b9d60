/**
 * The curated question bank behind the offline insights engine.
 * Plain data, written by the Darasa team; no framework imports.
 */
export type Role = "frontend" | "backend" | "fullstack" | "data" | "devops" | "mobile";
export type Level = "junior" | "mid-level" | "senior";
export type Difficulty = "easy" | "medium" | "hard";
/** Technical questions test skills; behavioural ones ask for a story (STAR); openers start an interview. */
export type QuestionKind = "technical" | "behavioural" | "opener";

/**
 * One thing a strong answer covers. `concepts` are groups of alternative
 * phrasings (synonyms, abbreviations, paraphrases); the point counts as
 * covered when the answer mentions something from every group.
 * Matching is on word stems, so "caching", "cached" and "caches" all match "cache".
 */
export type KeyPoint = {
  point: string;
  concepts: string[][];
  /**
   * Story points shared by every behavioural question: covered when the story
   * shows these STAR parts (found by the rubric's story cues, the same ones the
   * structure score uses), or when `concepts` match. One entry per concept group.
   */
  star?: ("situation" | "task" | "action" | "result" | "measure" | "reflection")[];
};

export type BankQuestion = {
  /** Stable slug, unique across the bank, e.g. "be-idempotent-payments". */
  id: string;
  kind: QuestionKind;
  /** Roles it suits; behavioural questions list every role. */
  roles: Role[];
  levels: Level[];
  difficulty: Difficulty;
  topic: string;
  /** Lower-case skills/keywords it tests, matched against the job description ("react", "postgresql", "kubernetes"). */
  skills: string[];
  question: string;
  /** 3–6 points a strong answer covers. */
  keyPoints: KeyPoint[];
  /** A concise strong answer (3–6 sentences) shown after feedback. */
  modelAnswer: string;
};
