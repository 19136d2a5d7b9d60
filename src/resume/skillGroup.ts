/** Shapes of the skills taxonomy (taxonomy.ts, taxonomyFields.ts) and the shorthand used to write it. */

export type SkillCategory = "language" | "framework" | "library" | "database" | "cloud" | "tool" | "practice" | "certification" | "soft";

export type SkillEntry = {
  canonical: string;
  category: SkillCategory;
  aliases: string[];
  caseSensitive?: string[];
  contextual?: boolean;
  implies?: string[];
  /** Canonical names that together show this skill when all are found ("Embedded C": C and embedded systems). */
  composedOf?: string[];
};

export type Options = Pick<SkillEntry, "caseSensitive" | "contextual" | "implies" | "composedOf">;

export function group(category: SkillCategory, rows: [string, string[]?, Options?][]): SkillEntry[] {
  return rows.map(([canonical, aliases = [], options = {}]) => ({ canonical, category, aliases, ...options }));
}

/** Short form for "match these exact-case forms only next to technical context". */
export const ctx = (...forms: string[]): Options => ({ caseSensitive: forms, contextual: true });
