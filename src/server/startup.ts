import { describeAdapters, isLoopbackHost, selectAdapters } from "@/config/adapters";
import { adapterEnv, env } from "@/config/env";
import { closeDatabase, getDatabase } from "@/drizzle/db";
import { logger } from "@/lib/logger";
import { startWorkers, stopWorkers } from "./workers";

type ShutdownGlobal = typeof globalThis & { __darasaShutdown?: () => Promise<void> };

/**
 * Start-up: validate configuration, refuse unsafe combinations, log the
 * adapters once, open and migrate the database, register shutdown.
 * Any failure stops the process with a readable message.
 */
export async function startServer() {
  try {
    const adapters = selectAdapters(adapterEnv());
    if (adapters.auth === "local" && !isLoopbackHost(env.HOST) && process.env.DARASA_ALLOW_LOCAL_AUTH_ON_NETWORK !== "1") {
      throw new Error(
        `Local sign-in is active (no Clerk keys) but HOST=${env.HOST} would expose it to the network. ` + "Configure Clerk, or bind to 127.0.0.1.",
      );
    }
    if (!env.WORKERS && !env.DATABASE_URL) {
      throw new Error(
        "WORKERS=0 needs DATABASE_URL: with the embedded PGlite no other process can open the database to run the jobs. " +
          "Unset WORKERS (this server runs them), or use Postgres and `npm run worker`.",
      );
    }
    logger.info({ adapters }, `adapters: ${describeAdapters(adapters)}`);
    const started = Date.now();
    const database = await getDatabase();
    logger.info({ database: database.kind, ms: Date.now() - started }, "database ready (migrations applied)");
    if (env.WORKERS) await startWorkers();
    else logger.info("WORKERS=0: jobs are queued here and run by `npm run worker`");
    (globalThis as ShutdownGlobal).__darasaShutdown = async () => {
      await stopWorkers();
      await closeDatabase();
      logger.info("queue stopped, database closed");
    };
  } catch (error) {
    logger.fatal({ err: (error as Error).message }, "cannot start");
    console.error(`\nDarasa cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
