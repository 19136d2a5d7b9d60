import type { StoredSpeechMetrics } from "@/drizzle/schema/jsonTypes";
import type { LiveMetrics } from "@/features/liveInterviews/metrics";
import { buildResumeReport, type ResumeReport } from "@/resume/report";
import type { Speaker, Turn } from "@/services/hume/transcript";
import type { SpeechScores } from "@/speech/types";

/**
 * Complete values for the typed JSON columns, for tests that care about a few fields only:
 * what they set is overridden, everything else is a plausible default.
 */

const NO_SCORES: SpeechScores = { pace: null, fillers: null, thinkingTime: null, longestPause: null, pitchVariability: null, aggregate: null };

export function makeSpeechMetrics(
  overrides: Partial<Omit<StoredSpeechMetrics, "fillers" | "pauses">> & {
    fillers?: Partial<StoredSpeechMetrics["fillers"]>;
    pauses?: Partial<StoredSpeechMetrics["pauses"]>;
  } = {},
): StoredSpeechMetrics {
  const { fillers, pauses, ...rest } = overrides;
  return {
    durationMs: 30_000,
    speakingMs: 24_000,
    silenceMs: 6_000,
    segments: [],
    thinkingTimeMs: 1_500,
    trailingSilenceMs: 500,
    answerSpanMs: 28_000,
    syllables: 110,
    syllablesPerSecond: { articulation: 4.6, speech: 3.7, answer: 3.9 },
    estimatedWordsPerMinute: 150,
    words: null,
    wordsPerMinute: null,
    articulationWordsPerMinute: null,
    pitch: { medianHz: 160, variabilitySemitones: 3, voicedFrames: 900, monotone: false },
    loudness: { meanDb: -22, variabilityDb: 4 },
    moments: [],
    scores: NO_SCORES,
    ...rest,
    pauses: { count: 0, meanMs: 0, longestMs: 0, longCount: 0, list: [], ...pauses },
    fillers: { count: null, perMinute: null, hits: [], ...fillers },
  };
}

export function makeLiveMetrics(summary: Partial<LiveMetrics["summary"]> = {}): LiveMetrics {
  return {
    method: "test",
    durationMs: 60_000,
    answers: [],
    summary: {
      answers: 0,
      candidateWords: 0,
      interviewerWords: 0,
      candidateWordShare: null,
      medianWordsPerMinute: null,
      medianLatencyMs: null,
      fillersPerMinute: null,
      meanAnswerWords: null,
      longestAnswerWords: null,
      shortestAnswerWords: null,
      deliveryScore: null,
      ...summary,
    },
    expressions: [],
  };
}

export function makeTurn(speaker: Speaker, text: string, atMs = 0): Turn {
  const words = text.split(/\s+/).filter(Boolean).length;
  return { speaker, text, firstAtMs: atMs, lastAtMs: atMs, messages: 1, messageTimes: [atMs], messageWords: [words] };
}

/** A real (small) report, as an upload would store. */
export function makeResumeReport(resumeText = "Amani Otieno, software engineer. TypeScript, PostgreSQL."): ResumeReport {
  return buildResumeReport({ resumeText, jobTitle: "Backend engineer", jobDescription: "Backend engineer with TypeScript and PostgreSQL." });
}
