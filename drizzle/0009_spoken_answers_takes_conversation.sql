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
CREATE TABLE "file_deletions" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"scheduled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "extra_fillers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD COLUMN "follow_up_of" uuid;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "mode" "interview_mode" DEFAULT 'recorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "answer_takes" ADD CONSTRAINT "answer_takes_answer_id_interview_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."interview_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_takes" ADD CONSTRAINT "answer_takes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_takes_answer_id_idx" ON "answer_takes" USING btree ("answer_id");--> statement-breakpoint
CREATE INDEX "answer_takes_user_id_idx" ON "answer_takes" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "interview_answers" ADD CONSTRAINT "interview_answers_follow_up_of_interview_answers_id_fk" FOREIGN KEY ("follow_up_of") REFERENCES "public"."interview_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_answers_follow_up_of_uq" ON "interview_answers" USING btree ("follow_up_of");--> statement-breakpoint
-- Stored files are scheduled for deletion in the same transaction as the rows that name them
-- (direct deletes and cascades from jobs, interviews and users alike), and when a re-record
-- replaces a recording. The purge deletes a scheduled file only once no row names it.
CREATE OR REPLACE FUNCTION "schedule_file_deletion"() RETURNS trigger AS $$
BEGIN
  IF OLD.storage_key IS NOT NULL AND (TG_OP = 'DELETE' OR NEW.storage_key IS DISTINCT FROM OLD.storage_key) THEN
    INSERT INTO "file_deletions" ("storage_key") VALUES (OLD.storage_key) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER "resume_analyses_schedule_file_deletion" AFTER DELETE ON "resume_analyses" FOR EACH ROW EXECUTE FUNCTION "schedule_file_deletion"();--> statement-breakpoint
CREATE TRIGGER "interview_answers_schedule_file_deletion" AFTER DELETE OR UPDATE OF "storage_key" ON "interview_answers" FOR EACH ROW EXECUTE FUNCTION "schedule_file_deletion"();--> statement-breakpoint
CREATE TRIGGER "answer_takes_schedule_file_deletion" AFTER DELETE ON "answer_takes" FOR EACH ROW EXECUTE FUNCTION "schedule_file_deletion"();
