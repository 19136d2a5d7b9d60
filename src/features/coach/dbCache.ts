import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { listCoachMessages } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule").

export const getCachedCoachMessages = cache(async (userId: string, jobInfoId: string) => listCoachMessages(await getDb(), userId, jobInfoId));
