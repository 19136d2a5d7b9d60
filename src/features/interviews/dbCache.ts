import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { getAnswer, getInterview, listAnswersInFull, listInterviews } from "./db";
import { countTakesByAnswer, getTake, listTakes } from "./takesDb";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedInterviews = cache(async (userId: string, jobInfoId: string) => listInterviews(await getDb(), userId, jobInfoId));

export const getCachedInterview = cache(async (userId: string, id: string) => getInterview(await getDb(), userId, id));

export const getCachedInterviewAnswers = cache(async (userId: string, interviewId: string) => listAnswersInFull(await getDb(), userId, interviewId));

export const getCachedAnswer = cache(async (userId: string, id: string) => getAnswer(await getDb(), userId, id));

export const getCachedTakes = cache(async (userId: string, answerId: string) => listTakes(await getDb(), userId, answerId));

export const getCachedTake = cache(async (userId: string, id: string) => getTake(await getDb(), userId, id));

/** Keyed by the array's identity, so two calls share a query only when they pass the same array. */
export const getCachedTakeCounts = cache(async (userId: string, answerIds: string[]) => countTakesByAnswer(await getDb(), userId, answerIds));
