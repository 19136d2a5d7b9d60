// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the
// PGlite data folder when it is not set. (The server also does this on start.)
import { closeDatabase, getDatabase } from "../src/drizzle/db";

const database = await getDatabase();
console.log(`migrations applied (${database.kind})`);
await closeDatabase();
