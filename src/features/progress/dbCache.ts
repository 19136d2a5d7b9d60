import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { drillInputFrom, getDeliverySamples, getJobProgress, getPracticeRows, planDataFrom } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedJobProgress = cache(async (userId: string, jobInfoId: string) => getJobProgress(await getDb(), userId, jobInfoId));

/** The plan and the drills read the same rows: one set of reads per render for both. */
const getCachedPracticeRows = cache(async (userId: string, jobInfoId: string) => getPracticeRows(await getDb(), userId, jobInfoId));

export const getCachedDrillInput = cache(async (userId: string, jobInfoId: string) => drillInputFrom(await getCachedPracticeRows(userId, jobInfoId)));

export const getCachedPlanData = cache(async (userId: string, jobInfoId: string) => planDataFrom(await getCachedPracticeRows(userId, jobInfoId)));

/** The user's recent delivery measures: across all jobs, or one job's. */
export const getCachedDeliverySamples = cache(async (userId: string, jobInfoId?: string) => getDeliverySamples(await getDb(), userId, jobInfoId));
