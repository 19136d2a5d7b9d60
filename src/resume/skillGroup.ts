/** Shapes of the skills taxonomy (taxonomy.ts, taxonomyFields.ts) and the shorthand used to write it. */

export type SkillCategory = "language" | "framework" | "library" | "database" | "cloud" | "tool" | "practice" | "certification" | "soft";

export type SkillEntry = {
  canonical: string;
  category: SkillCategory;
  aliases: string[];
  caseSensitive?: string[];
  /**
   * The case-sensitive forms are also ordinary words: `true` needs technical
   * context nearby, `"listed"` (product names such as "Adaptive", "Indeed",
   * "Word") needs another skill next to it or "in"/"using"/"with" before it;
   * `"related"` (short names of several fields: "ATS", "SD", "CPM", "IPC")
   * needs a related skill next to it (one implies the other, both imply a
   * common skill, or two credentials) or, for a credential, a credentials line.
   */
  contextual?: boolean | "listed" | "related";
  implies?: string[];
  /**
   * Forms (lower-case, among the canonical name and aliases) that show the
   * skill in a resume but name people or describe something else in a job
   * ad: "account manager" in "work with key account managers", "forecasted"
   * in "forecasted occupancy". They are not read in job ads.
   */
  resumeOnly?: string[];
  /** Canonical names that together show this skill when all are found ("Embedded C": C and embedded systems). */
  composedOf?: string[];
};

export type Options = Pick<SkillEntry, "caseSensitive" | "contextual" | "implies" | "composedOf" | "resumeOnly">;

export function group(category: SkillCategory, rows: [string, string[]?, Options?][]): SkillEntry[] {
  return rows.map(([canonical, aliases = [], options = {}]) => ({ canonical, category, aliases, ...options }));
}

/** Short form for "match these exact-case forms only next to technical context". */
export const ctx = (...forms: string[]): Options => ({ caseSensitive: forms, contextual: true });

/** Short form for "match these exact-case product names only in a list of skills or after in/using/with" ("Adaptive, Anaplan or Pigment"). */
export const listed = (...forms: string[]): Options => ({ caseSensitive: forms, contextual: "listed" });

/** Short form for "match these exact-case short names only next to a related skill" ("SD through DD and CDs", "CPSM or CPM"). */
export const paired = (...forms: string[]): Options => ({ caseSensitive: forms, contextual: "related" });
