import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { getJobInfo, listJobInfos, listJobProgressSummaries } from "./db";

// Page reads (ARCHITECTURE.md, "Cache rule"): React cache() shares one query
// among everything a single render asks for; nothing is kept across requests,
// so a write on any server is seen by the next page on every server.

export const getCachedJobInfos = cache(async (userId: string) => listJobInfos(await getDb(), userId));

export const getCachedJobInfo = cache(async (userId: string, id: string) => getJobInfo(await getDb(), userId, id));

export const getCachedJobProgressSummaries = cache(async (userId: string) => listJobProgressSummaries(await getDb(), userId));
