import { z } from "zod";
import { interviewKinds, interviewModes } from "@/lib/domainValues";
import { MAX_AUDIO_MS } from "@/speech/decode";

export const TRANSCRIPT_MAX = 20_000;
/** A browser transcript: ~3 minutes of speech is a few hundred results; this leaves room. */
export const TRANSCRIPT_BODY_MAX_BYTES = 256 * 1024;

const noNul = (s: string) => !s.includes("\u0000");

const transcriptText = z
  .string({ error: "Type what you said." })
  .trim()
  .min(1, "Type what you said.")
  .max(TRANSCRIPT_MAX, `Keep the transcript under ${TRANSCRIPT_MAX.toLocaleString("en")} characters.`)
  .refine(noNul, "The transcript contains characters that are not text.");

/** Typed or corrected by the user. */
export const typedTranscriptSchema = z.object({ transcript: transcriptText });

const ms = z.number().int().min(0).max(MAX_AUDIO_MS);

/** Final results of the browser's recogniser, timed from the recording start. */
export const browserTranscriptSchema = z.object({
  segments: z
    .array(
      z
        .object({
          text: z.string().max(2_000, "A recognised phrase is too long.").refine(noNul, "The transcript contains characters that are not text."),
          startMs: ms,
          endMs: ms,
        })
        .refine((s) => s.endMs >= s.startMs, "A phrase ends before it starts."),
    )
    .min(1, "The browser recognised no words.")
    .max(2_000, "Too many recognised phrases."),
});

export const interviewKindLabels: Record<(typeof interviewKinds)[number], { label: string; description: string }> = {
  mixed: { label: "Mixed", description: "Technical and behavioural questions matched to the job." },
  technical: { label: "Technical", description: "Questions on the job's skills, easy to hard." },
  behavioural: { label: "Behavioural", description: "Stories about your experience, graded on STAR structure." },
  opener: { label: "Short opener", description: "“Tell me about yourself”, “Why this role?” and similar first questions." },
};

export const startInterviewSchema = z.object({
  jobInfoId: z.string(),
  kind: z.enum(interviewKinds, { error: "Choose a kind of interview." }).default("mixed"),
  mode: z.enum(interviewModes, { error: "Choose recorded or conversation." }).default("recorded"),
  questionCount: z.coerce.number().int().min(1, "Choose 1 to 8 questions.").max(8, "Choose 1 to 8 questions."),
});
