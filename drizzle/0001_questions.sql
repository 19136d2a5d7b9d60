CREATE TYPE "public"."ai_engine" AS ENUM('llm', 'insights');--> statement-breakpoint
CREATE TYPE "public"."question_difficulty" AS ENUM('easy', 'medium', 'hard');--> statement-breakpoint
CREATE TYPE "public"."question_status" AS ENUM('generating', 'ready');--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"job_info_id" uuid NOT NULL,
	"difficulty" "question_difficulty" NOT NULL,
	"status" "question_status" DEFAULT 'generating' NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"source" "ai_engine",
	"bank_question_id" text,
	"model_label" text,
	"answer" text,
	"answered_at" timestamp with time zone,
	"feedback" jsonb,
	"rating" integer,
	"feedback_source" "ai_engine",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "ai_provider" text;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_job_info_id_job_infos_id_fk" FOREIGN KEY ("job_info_id") REFERENCES "public"."job_infos"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questions_user_id_created_at_idx" ON "questions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "questions_job_info_id_created_at_idx" ON "questions" USING btree ("job_info_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_job_bank_question_uq" ON "questions" USING btree ("job_info_id","bank_question_id") WHERE "questions"."bank_question_id" is not null;