import { getDatabase } from "@/drizzle/db";
import { apiError, apiOk } from "@/lib/apiResponse";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** Liveness and readiness: reports each dependency with its latency. */
export async function GET() {
  const started = performance.now();
  try {
    const database = await getDatabase();
    await database.ping();
    return apiOk({ status: "ok", database: { adapter: database.kind, ok: true, ms: Math.round(performance.now() - started) } });
  } catch (error) {
    logger.error({ err: (error as Error).message }, "health check: database unavailable");
    return apiError(503, "DATABASE_UNAVAILABLE", "The database is not reachable.");
  }
}
