import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Webhook deliveries already processed, keyed by the sender's message id (svix-id). */
export const webhookEvents = pgTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Users deleted by a Clerk event: later (out-of-order) create/update events must not bring them back. */
export const deletedUsers = pgTable("deleted_users", {
  id: text("id").primaryKey(),
  deletedAt: timestamp("deleted_at", { withTimezone: true }).notNull().defaultNow(),
});
