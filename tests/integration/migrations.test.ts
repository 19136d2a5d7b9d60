import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "@/drizzle/client";
import { assertLocalDatabaseUrl, createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";

/** postgres.js returns rows as an array, PGlite as `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

const EXPECTED_TABLES = [
  "answer_takes",
  "coach_messages",
  "deleted_users",
  "file_deletions",
  "interview_answers",
  "interviews",
  "job_infos",
  "live_interviews",
  "question_attempts",
  "question_usage",
  "questions",
  "rate_limits",
  "resume_analyses",
  "users",
  "webhook_events",
];

async function journalTags(): Promise<string[]> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

describe.each(databaseKinds)("migrations on %s", (kind) => {
  let t: TestDatabase;

  async function publicTables(): Promise<string[]> {
    const result = await t.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    return rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
  }
  async function appliedCount(): Promise<number> {
    const result = await t.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return rowsOf<{ n: number }>(result)[0]!.n;
  }
  /** Runs the migrator again on the same, already migrated database. */
  async function migrateAgain() {
    if (kind === "pglite") {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(t.db as never, { migrationsFolder });
    } else {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      await migrate(t.db as never, { migrationsFolder });
    }
  }

  beforeAll(async () => {
    // createTestDatabase starts from a brand-new, empty database and migrates it.
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("applies every migration in the journal", async () => {
    const tags = await journalTags();
    expect(tags.length).toBeGreaterThan(0);
    expect(await appliedCount()).toBe(tags.length);
  });

  it("creates exactly the expected tables", async () => {
    expect(await publicTables()).toEqual(EXPECTED_TABLES);
  });

  it("is a no-op when applied again, keeping data", async () => {
    await t.db.execute(sql`insert into users (id, email, name) values ('user_keep', 'k@example.com', 'Keep')`);
    const before = await appliedCount();

    await migrateAgain();

    expect(await appliedCount()).toBe(before);
    expect(await publicTables()).toEqual(EXPECTED_TABLES);
    const kept = await t.db.execute(sql`select id from users where id = 'user_keep'`);
    expect(rowsOf(kept)).toEqual([{ id: "user_keep" }]);
  });
});

describe("assertLocalDatabaseUrl", () => {
  it.each(["postgres://u@db.example.com/x", "postgres://u@10.0.0.5:5432/x", "postgres://u@localhost.example.com/x", "postgres://u@127.0.0.2/x"])(
    "refuses %s",
    (url) => {
      expect(() => assertLocalDatabaseUrl(url)).toThrow(/non-local/);
    },
  );

  it.each(["postgres://postgres@127.0.0.1:5432/test", "postgres://u@localhost/x", "postgresql://u:p@localhost:6543/x", "postgres://u@[::1]:5432/x"])(
    "accepts %s",
    (url) => {
      expect(() => assertLocalDatabaseUrl(url)).not.toThrow();
    },
  );
});
