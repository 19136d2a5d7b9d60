CREATE TYPE "public"."interview_kind" AS ENUM('mixed', 'behavioural', 'technical', 'opener');--> statement-breakpoint
ALTER TYPE "public"."transcript_source" ADD VALUE 'browser' BEFORE 'user';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "speech_language" text DEFAULT 'en-US' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "cloud_recognition_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD COLUMN "transcript_timing" jsonb;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD COLUMN "content_feedback" jsonb;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD COLUMN "content_rating" integer;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "kind" "interview_kind" DEFAULT 'mixed' NOT NULL;