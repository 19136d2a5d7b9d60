CREATE TYPE "public"."resume_file_type" AS ENUM('pdf', 'docx', 'txt');--> statement-breakpoint
CREATE TABLE "resume_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"job_info_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_type" "resume_file_type" NOT NULL,
	"file_size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"page_count" integer,
	"resume_text" text NOT NULL,
	"report" jsonb NOT NULL,
	"overall_score" integer NOT NULL,
	"match_rate" real NOT NULL,
	"ai_analysis" jsonb,
	"ai_source" "ai_engine",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resume_analyses" ADD CONSTRAINT "resume_analyses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_analyses" ADD CONSTRAINT "resume_analyses_job_info_id_job_infos_id_fk" FOREIGN KEY ("job_info_id") REFERENCES "public"."job_infos"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resume_analyses_user_id_idx" ON "resume_analyses" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "resume_analyses_job_info_id_created_at_idx" ON "resume_analyses" USING btree ("job_info_id","created_at");