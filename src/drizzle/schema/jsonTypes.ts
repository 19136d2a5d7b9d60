import type { QuestionFeedback, SpokenContentFeedback } from "@/insights/answerFeedback";
import type { LiveFeedback, LiveMetrics, Turn } from "@/insights/liveInterviewTypes";
import type { StoredResumeAnalysis } from "@/insights/storedResumeAnalysis";
import type { ResumeReport } from "@/resume/report";
import type { SpeechFeedback, SpeechMetrics, SpeechScores, TranscriptTiming } from "@/speech/types";

/**
 * What the JSON columns hold, for `jsonb().$type<…>()`. The shapes live in the pure domain layers
 * (insights, speech, resume), below both the features that write them and this schema, so the
 * database layer never imports a feature, service or route (ARCHITECTURE.md, "Layer rule").
 * Type-only imports (erased: no runtime dependency, no change to the SQL).
 * Rows written before a field existed can lack it; readers of such fields stay defensive.
 */

/** A recorded answer's speech measures, without the waveform (its own column), with the scores. */
export type StoredSpeechMetrics = Omit<SpeechMetrics, "waveform"> & { scores: SpeechScores };
/** Delivery feedback, with notes on what was unavailable (absent on the oldest rows). */
export type StoredSpeechFeedback = SpeechFeedback & { notes?: string[] };

export type { LiveFeedback, LiveMetrics, QuestionFeedback, ResumeReport, SpokenContentFeedback, StoredResumeAnalysis, TranscriptTiming, Turn };
