import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Store for rate-limiter-flexible's Drizzle limiter (local protection adapter). */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
