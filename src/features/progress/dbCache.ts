import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { getDeliverySamples, getDrillInput, getJobProgress, getPlanData } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedJobProgress = cache(async (userId: string, jobInfoId: string) => getJobProgress(await getDb(), userId, jobInfoId));

export const getCachedDrillInput = cache(async (userId: string, jobInfoId: string) => getDrillInput(await getDb(), userId, jobInfoId));

export const getCachedPlanData = cache(async (userId: string, jobInfoId: string) => getPlanData(await getDb(), userId, jobInfoId));

/** The user's recent delivery measures: across all jobs, or one job's. */
export const getCachedDeliverySamples = cache(async (userId: string, jobInfoId?: string) => getDeliverySamples(await getDb(), userId, jobInfoId));
