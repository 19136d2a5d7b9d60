import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { countQuestionUsage, getQuestionSummary, listQuestionAttempts, listQuestions } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedQuestions = cache(async (userId: string, jobInfoId: string) => listQuestions(await getDb(), userId, jobInfoId));

export const getCachedQuestionSummary = cache(async (userId: string, jobInfoId: string) => getQuestionSummary(await getDb(), userId, jobInfoId));

export const getCachedQuestionAttempts = cache(async (userId: string, jobInfoId: string) => listQuestionAttempts(await getDb(), userId, jobInfoId));

/** This month's counted and pending questions (the plan's limit), as of the request. */
export const getCachedQuestionUsage = cache(async (userId: string) => countQuestionUsage(await getDb(), userId));
