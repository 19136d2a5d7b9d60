import "server-only";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import { listLocalUsers } from "./db";

// Page reads: per render only (ARCHITECTURE.md, "Cache rule"). The signed-in
// user is read by currentUser.ts, itself wrapped in cache() for the same reason.

/** Local mode's sign-in list (no owner: it is the list of accounts on this machine). */
export const getCachedLocalUsers = cache(async () => listLocalUsers(await getDb()));
