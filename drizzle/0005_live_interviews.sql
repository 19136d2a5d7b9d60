CREATE TYPE "public"."live_interview_status" AS ENUM('created', 'in_call', 'processing', 'ready', 'failed');--> statement-breakpoint
CREATE TABLE "live_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"job_info_id" uuid NOT NULL,
	"status" "live_interview_status" DEFAULT 'created' NOT NULL,
	"hume_chat_id" text,
	"hume_chat_group_id" text,
	"chat_started_at" timestamp with time zone,
	"chat_ended_at" timestamp with time zone,
	"duration_ms" integer,
	"transcript" jsonb,
	"metrics" jsonb,
	"feedback" jsonb,
	"score" integer,
	"feedback_source" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attached_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"processed_at" timestamp with time zone,
	CONSTRAINT "live_interviews_hume_chat_id_unique" UNIQUE("hume_chat_id")
);
--> statement-breakpoint
ALTER TABLE "live_interviews" ADD CONSTRAINT "live_interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_interviews" ADD CONSTRAINT "live_interviews_job_info_id_job_infos_id_fk" FOREIGN KEY ("job_info_id") REFERENCES "public"."job_infos"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_interviews_user_id_created_at_idx" ON "live_interviews" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "live_interviews_job_info_id_idx" ON "live_interviews" USING btree ("job_info_id");