import { z } from "zod";
import { experienceLevels } from "@/lib/domainValues";
import { JOB_LIMITS } from "./labels";

export { JOB_LIMITS, experienceLevelLabels } from "./labels";

export const jobInfoSchema = z.object({
  name: z.string({ error: "Give this job a name." }).trim().min(1, "Give this job a name.").max(JOB_LIMITS.name, `Use at most ${JOB_LIMITS.name} characters.`),
  title: z
    .string()
    .trim()
    .max(JOB_LIMITS.title, `Use at most ${JOB_LIMITS.title} characters.`)
    .optional()
    .transform((v) => (v ? v : null)),
  experienceLevel: z.enum(experienceLevels, { error: "Choose junior, mid-level or senior." }),
  description: z
    .string({ error: "Paste or write the job description." })
    .trim()
    .min(1, "Paste or write the job description.")
    .max(JOB_LIMITS.description, `Use at most ${JOB_LIMITS.description.toLocaleString("en")} characters.`),
});

export type JobInfoInput = z.infer<typeof jobInfoSchema>;
