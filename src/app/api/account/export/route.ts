import { getDb } from "@/drizzle/db";
import { exportUserData } from "@/features/account/db";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/** Downloads everything the signed-in user owns as JSON. */
export const GET = defineRoute({ limit: "read" }, async ({ user }) => {
  const data = await exportUserData(await getDb(), user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="darasa-export-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
