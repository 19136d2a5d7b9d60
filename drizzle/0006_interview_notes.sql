ALTER TABLE "interviews" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "live_interviews" ADD COLUMN "notes" text;