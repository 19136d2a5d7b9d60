import { getDatabase } from "@/drizzle/db";
import { apiOk } from "@/lib/apiResponse";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/** Liveness and readiness: reports each dependency with its latency. Public: load balancers and monitors call it. */
export const GET = defineRoute({ auth: "public" }, async ({ log }) => {
  const started = performance.now();
  try {
    const database = await getDatabase();
    await database.ping();
    return apiOk({ status: "ok", database: { adapter: database.kind, ok: true, ms: Math.round(performance.now() - started) } });
  } catch (error) {
    log.error({ err: (error as Error).message }, "health check: database unavailable");
    throw new AppError("DATABASE_UNAVAILABLE", "The database is not reachable.");
  }
});
