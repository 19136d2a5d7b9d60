import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/drizzle/db";
import type { JobInfo } from "@/drizzle/schema";
import { getJobInfo, listJobInfos } from "./db";

// Tag scheme: global / per user / per id, all invalidated by the writes.
export const jobInfoTags = {
  global: () => "jobInfos:global",
  user: (userId: string) => `jobInfos:user:${userId}`,
  id: (id: string) => `jobInfos:id:${id}`,
};

/** What pages render: plain data that survives the cache's JSON round trip. */
export type JobInfoView = Omit<JobInfo, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string };

const toView = (row: JobInfo): JobInfoView => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function getCachedJobInfos(userId: string): Promise<JobInfoView[]> {
  return unstable_cache(async () => (await listJobInfos(await getDb(), userId)).map(toView), ["jobInfos", userId], {
    tags: [jobInfoTags.global(), jobInfoTags.user(userId)],
  })();
}

export function getCachedJobInfo(userId: string, id: string): Promise<JobInfoView | null> {
  return unstable_cache(
    async () => {
      const row = await getJobInfo(await getDb(), userId, id);
      return row ? toView(row) : null;
    },
    ["jobInfo", userId, id],
    { tags: [jobInfoTags.global(), jobInfoTags.user(userId), jobInfoTags.id(id)] },
  )();
}

export function revalidateJobInfoCache({ userId, id }: { userId: string; id?: string }) {
  const now = { expire: 0 };
  revalidateTag(jobInfoTags.user(userId), now);
  if (id) revalidateTag(jobInfoTags.id(id), now);
}
