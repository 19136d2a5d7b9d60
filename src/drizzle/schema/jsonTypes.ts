import type { z } from "zod";
import type { SpokenContentFeedback } from "@/features/interviews/overallScore";
import type { SpeechFeedback } from "@/features/interviews/speechFeedback";
import type { TranscriptTiming } from "@/features/interviews/transcriptTiming";
import type { LiveMetrics } from "@/features/liveInterviews/metrics";
import type { LiveFeedback } from "@/features/liveInterviews/schemas";
import type { Feedback } from "@/features/questions/schemas";
import type { storedResumeAnalysisSchema } from "@/features/resumeAnalyses/schemas";
import type { ResumeReport } from "@/resume/report";
import type { Turn } from "@/services/hume/transcript";
import type { SpeechMetrics, SpeechScores } from "@/speech/types";

/**
 * What the JSON columns hold, for `jsonb().$type<…>()`: the shapes the code writes, defined where
 * they are produced. Type-only imports (erased: no runtime dependency, no change to the SQL),
 * gathered in this one file so the schema has a single place that names types of higher layers.
 * Rows written before a field existed can lack it; readers of such fields stay defensive.
 */

/** A recorded answer's speech measures, without the waveform (its own column), with the scores. */
export type StoredSpeechMetrics = Omit<SpeechMetrics, "waveform"> & { scores: SpeechScores };
/** Delivery feedback, with notes on what was unavailable (absent on the oldest rows). */
export type StoredSpeechFeedback = SpeechFeedback & { notes?: string[] };
/** A resume analysis by an LLM or the insights engine, as read back for display. */
export type StoredResumeAnalysis = z.infer<typeof storedResumeAnalysisSchema>;

export type { Feedback as QuestionFeedback, LiveFeedback, LiveMetrics, ResumeReport, SpokenContentFeedback, TranscriptTiming, Turn };
