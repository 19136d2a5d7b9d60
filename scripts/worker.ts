// `npm run worker`: runs the background jobs — answer analysis (decoding and
// speech metrics on a worker-thread pool), live-interview analysis (with Hume),
// the purge of deleted files and the stuck-answer sweeper — and nothing else,
// against DATABASE_URL (Postgres). Start web servers with WORKERS=0 so that
// they only queue jobs, and as many of these as the jobs need.
//
// Reads the same configuration as the web server: the environment, then the
// .env files Next.js reads (`@next/env`, the loader `next start` uses). Run
// with tsx (the app's TypeScript and its `@/` alias) and `--conditions
// react-server`, the export conditions the server's bundle is built with:
// modules on the job path (services/hume, the question bank) import
// "server-only", which refuses to load without it.
//
// SIGTERM / SIGINT: stop taking jobs, give a running job the queue's grace
// period (10 s) to finish or fail it back to the queue for another worker,
// stop the threads, close the database. (SIGKILL instead: the job expires and
// another worker runs it again.)
import path from "node:path";
import nextEnv from "@next/env";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root); // the migrations, the speech thread and a relative DARASA_DATA_DIR are found from here
(process.env as Record<string, string>).NODE_ENV ??= "production";
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error });

const { env, adapterEnv } = await import("../src/config/env");
if (!env.DATABASE_URL) {
  console.error(
    "\nDarasa worker cannot start: DATABASE_URL is not set.\n" +
      "A separate worker needs Postgres: the embedded PGlite database can be opened by one process only (the web server,\n" +
      "which then runs the jobs itself). Set DATABASE_URL for the worker and the web servers (WORKERS=0 on the web servers).\n",
  );
  process.exit(1);
}

const [{ describeAdapters, selectAdapters }, { closeDatabase, getDatabase }, { logger }, { startWorkers, stopWorkers }] = await Promise.all([
  import("../src/config/adapters"),
  import("../src/drizzle/db"),
  import("../src/lib/logger"),
  import("../src/server/workers"),
]);
const log = logger.child({ process: "worker" });

let stopping = false;
async function shutdown(signal: string) {
  // A terminal's Ctrl-C reaches npm, tsx and this process at once, and they pass it on: one stop is enough.
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping (no new jobs; a running job finishes or goes back to the queue)`);
  try {
    await stopWorkers();
    await closeDatabase();
    log.info("worker stopped, database closed");
    process.exit(0);
  } catch (error) {
    log.error({ err: (error as Error).message }, "worker stopped with an error");
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

try {
  const adapters = selectAdapters(adapterEnv());
  log.info({ adapters }, `adapters: ${describeAdapters(adapters)}`);
  const started = Date.now();
  await getDatabase();
  log.info({ ms: Date.now() - started }, "database ready (migrations applied)");
  await startWorkers();
  log.info("worker ready: running background jobs");
} catch (error) {
  log.fatal({ err: (error as Error).message }, "cannot start");
  console.error(`\nDarasa worker cannot start: ${(error as Error).message}\n`);
  process.exit(1);
}
