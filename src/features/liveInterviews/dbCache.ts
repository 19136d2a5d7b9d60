import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { countLiveInterviewsThisMonth, getLiveInterview, listLiveInterviews } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedLiveInterviews = cache(async (userId: string, jobInfoId: string) => listLiveInterviews(await getDb(), userId, jobInfoId));

export const getCachedLiveInterview = cache(async (userId: string, id: string) => getLiveInterview(await getDb(), userId, id));

/** The live interviews counting against this month's limit, as of the request. */
export const getCachedLiveInterviewsThisMonth = cache(async (userId: string) => countLiveInterviewsThisMonth(await getDb(), userId));
