import { liveDeps, startLiveInterview } from "@/features/liveInterviews/service";
import { apiOk } from "@/lib/apiResponse";
import { defineRoute } from "@/server/route";

/** Creates the interview record and mints the browser's short-lived Hume token. */
export const POST = defineRoute({ params: ["jobInfoId"], limit: "ai" }, async ({ user, params, log }) => {
  const session = await startLiveInterview(await liveDeps(log), user, params.jobInfoId);
  return apiOk(session, { status: 201, headers: { "cache-control": "no-store" } });
});
