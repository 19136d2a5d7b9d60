import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A database handle or an open transaction: query functions accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export type DatabaseHandle = {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
  /** Cheap round trip for health checks. */
  ping: () => Promise<void>;
  /** The underlying connection for libraries that share it (pg-boss): a URL, or the in-process PGlite. */
  raw: { kind: "postgres"; url: string } | { kind: "pglite"; client: import("@electric-sql/pglite").PGlite };
};

export type DatabaseOptions =
  | { kind: "postgres"; url: string; max?: number }
  /** `dataDir` undefined = in memory (tests). */
  | { kind: "pglite"; dataDir?: string };

export const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Opens a database and applies pending migrations. Callers own the handle. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const sql = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzle(sql, { schema });
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      close: () => sql.end({ timeout: 5 }),
      ping: async () => void (await sql`select 1`),
      raw: { kind: "postgres", url: options.url },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (options.dataDir) await mkdir(path.dirname(path.resolve(options.dataDir)), { recursive: true });
  const client = new PGlite(options.dataDir ? path.resolve(options.dataDir) : undefined);
  await client.waitReady;
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    close: () => client.close(),
    ping: async () => void (await client.query("select 1")),
    raw: { kind: "pglite", client },
  };
}
