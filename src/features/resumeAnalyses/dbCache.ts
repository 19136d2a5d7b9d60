import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { getResumeAnalysis, listResumeAnalyses } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedResumeAnalyses = cache(async (userId: string, jobInfoId: string) => listResumeAnalyses(await getDb(), userId, jobInfoId));

export const getCachedResumeAnalysis = cache(async (userId: string, id: string) => getResumeAnalysis(await getDb(), userId, id));
