import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/drizzle/client";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Tests may only ever touch a database on this machine. */
export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against non-local database host "${host}".`);
}

export type TestDatabase = DatabaseHandle & { label: string; dispose: () => Promise<void> };

/** A fresh in-memory PGlite with migrations applied. */
export async function createPgliteTestDatabase(): Promise<TestDatabase> {
  const handle = await openDatabase({ kind: "pglite" });
  return { ...handle, label: "pglite", dispose: handle.close };
}

/**
 * A brand-new database on the local Postgres (TEST_DATABASE_URL), migrated
 * from zero, dropped afterwards. Undefined when TEST_DATABASE_URL is unset.
 */
export async function createPostgresTestDatabase(): Promise<TestDatabase | undefined> {
  const scratch = await createScratchPostgres();
  if (!scratch) return undefined;
  const handle = await openDatabase({ kind: "postgres", url: scratch.url, max: 4 });
  return {
    ...handle,
    label: "postgres",
    dispose: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * An empty database on the local Postgres (TEST_DATABASE_URL) for a server
 * under test to migrate and use; `drop` removes it. Undefined when unset.
 */
export async function createScratchPostgres(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) return undefined;
  assertLocalDatabaseUrl(baseUrl);
  const name = `darasa_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The databases every integration suite runs against. */
export const databaseKinds = ["pglite", ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : [])] as const;

export async function createTestDatabase(kind: "pglite" | "postgres"): Promise<TestDatabase> {
  if (kind === "pglite") return createPgliteTestDatabase();
  const db = await createPostgresTestDatabase();
  if (!db) throw new Error("TEST_DATABASE_URL is not set");
  return db;
}
