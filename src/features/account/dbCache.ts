import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { countUserData } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedUserDataCounts = cache(async (userId: string) => countUserData(await getDb(), userId));
