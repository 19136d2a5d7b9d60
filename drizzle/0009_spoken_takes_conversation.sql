CREATE TYPE "public"."interview_mode" AS ENUM('recorded', 'conversation');--> statement-breakpoint
CREATE TABLE "answer_takes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"storage_key" text NOT NULL,
	"audio_bytes" integer,
	"duration_ms" integer,
	"metrics" jsonb,
	"waveform" jsonb,
	"transcript" text,
	"transcript_source" "transcript_source",
	"transcript_timing" jsonb,
	"feedback" jsonb,
	"score" integer,
	"content_feedback" jsonb,
	"content_rating" integer,
	"recorded_at" timestamp with time zone,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "extra_fillers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD COLUMN "follow_up_of" uuid;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "mode" "interview_mode" DEFAULT 'recorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "answer_takes" ADD CONSTRAINT "answer_takes_answer_id_interview_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."interview_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_takes" ADD CONSTRAINT "answer_takes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_takes_answer_id_idx" ON "answer_takes" USING btree ("answer_id");--> statement-breakpoint
CREATE INDEX "answer_takes_user_id_idx" ON "answer_takes" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "interview_answers" ADD CONSTRAINT "interview_answers_follow_up_of_interview_answers_id_fk" FOREIGN KEY ("follow_up_of") REFERENCES "public"."interview_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_answers_follow_up_of_uq" ON "interview_answers" USING btree ("follow_up_of");