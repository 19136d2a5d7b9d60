import { getDb } from "@/drizzle/db";
import { exportUserData } from "@/features/account/db";
import { apiError } from "@/lib/apiResponse";
import { getCurrentUser } from "@/features/users/currentUser";

export const dynamic = "force-dynamic";

/** Downloads everything the signed-in user owns as JSON. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return apiError(401, "UNAUTHENTICATED", "Please sign in to continue.");
  const data = await exportUserData(await getDb(), user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="darasa-export-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
