import path from "node:path";
import { env } from "@/config/env";
import { openDatabase, type DatabaseHandle, type Db } from "./client";

export type { Db, DbOrTx } from "./client";

type DbGlobal = typeof globalThis & { __darasaDatabase?: Promise<DatabaseHandle> };
const store = globalThis as DbGlobal;

/**
 * The one database of this process, opened (and migrated) on first use.
 * Lives on globalThis so the proxy, route bundles and the server share it:
 * two PGlite instances on one data folder would lose data.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  store.__darasaDatabase ??= openDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: path.join(env.DARASA_DATA_DIR, "pglite") },
  ).catch((error: unknown) => {
    store.__darasaDatabase = undefined;
    throw error;
  });
  return store.__darasaDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = store.__darasaDatabase;
  store.__darasaDatabase = undefined;
  if (pending) await (await pending).close();
}
