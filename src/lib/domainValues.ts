/**
 * Value lists shared by the database enums (src/drizzle/schema), validation
 * and forms. No imports, so client components can use them without pulling
 * the database layer into the browser bundle.
 */
export const experienceLevels = ["junior", "mid-level", "senior"] as const;
export const questionDifficulties = ["easy", "medium", "hard"] as const;
export const transcriptSources = ["stt", "browser", "user"] as const;
export const interviewKinds = ["mixed", "behavioural", "technical", "opener"] as const;
export const interviewModes = ["recorded", "conversation"] as const;
