CREATE TYPE "public"."answer_status" AS ENUM('awaiting', 'processing', 'ready', 'failed');--> statement-breakpoint
CREATE TYPE "public"."interview_status" AS ENUM('in_progress', 'completed');--> statement-breakpoint
CREATE TYPE "public"."transcript_source" AS ENUM('stt', 'user');--> statement-breakpoint
CREATE TABLE "interview_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"position" integer NOT NULL,
	"question_text" text NOT NULL,
	"bank_question_id" text,
	"status" "answer_status" DEFAULT 'awaiting' NOT NULL,
	"storage_key" text,
	"audio_bytes" integer,
	"duration_ms" integer,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"metrics" jsonb,
	"waveform" jsonb,
	"transcript" text,
	"transcript_source" "transcript_source",
	"feedback" jsonb,
	"score" integer,
	"recorded_at" timestamp with time zone,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"job_info_id" uuid NOT NULL,
	"status" "interview_status" DEFAULT 'in_progress' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "interview_answers" ADD CONSTRAINT "interview_answers_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD CONSTRAINT "interview_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_job_info_id_job_infos_id_fk" FOREIGN KEY ("job_info_id") REFERENCES "public"."job_infos"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_answers_interview_position_uq" ON "interview_answers" USING btree ("interview_id","position");--> statement-breakpoint
CREATE INDEX "interview_answers_user_id_idx" ON "interview_answers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interviews_user_id_idx" ON "interviews" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interviews_job_info_id_created_at_idx" ON "interviews" USING btree ("job_info_id","created_at");