/**
 * Shared types of the speech-analytics module (see analyse.ts for how each
 * metric is computed and which source it follows). All times are milliseconds
 * from the start of the recording; all levels are dBFS (0 dB = full scale).
 */

export type TimedWord = { word: string; startMs: number; endMs: number };
export type TimedSegment = { text: string; startMs: number; endMs: number };

/**
 * A recorded answer's transcript timings, whichever source produced it
 * (features/interviews/transcriptTiming.ts computes them).
 */
export type TranscriptTiming = {
  words: TimedWord[];
  segments: TimedSegment[];
  /** "exact": word times from the engine; "interpolated": spread inside each segment by length; "none": typed. */
  wordTimings: "exact" | "interpolated" | "none";
};

export type Transcript = {
  text: string;
  /** Word timings from the speech-to-text engine, when it provides them. */
  words?: TimedWord[];
};

export type SpeechInput = {
  /** Mono PCM in [-1, 1]. */
  samples: Float32Array;
  sampleRate: number;
  transcript?: Transcript;
  /** The speaker's own filler words or two-word phrases (speaking profile), counted besides the built-in ones. */
  extraFillers?: readonly string[];
};

export type Interval = { startMs: number; endMs: number };

export type Pause = Interval & { durationMs: number };

export type MomentKind = "long-pause" | "filler";

export type Moment = Interval & { kind: MomentKind; label: string };

export type FillerHit = {
  /** Normalised filler form, e.g. "um", "you know", "like". */
  filler: string;
  /** Present only when the transcript had word timings. */
  startMs?: number;
  endMs?: number;
};

export type SpeechMetrics = {
  durationMs: number;
  /** Total duration of speech segments (voice activity, pauses < 250 ms bridged). */
  speakingMs: number;
  /** durationMs − speakingMs: thinking time + mid-answer pauses + trailing silence. */
  silenceMs: number;
  /** Speech segments from voice activity detection. */
  segments: Interval[];
  /** First speech onset minus recording start (null when no speech was found). */
  thinkingTimeMs: number | null;
  /** Silence after the last speech segment; excluded from pauses and rates. */
  trailingSilenceMs: number;
  /** From the first speech onset to the last speech offset. */
  answerSpanMs: number;
  pauses: {
    count: number;
    meanMs: number;
    longestMs: number;
    /** Pauses of LONG_PAUSE_MS or more. */
    longCount: number;
    list: Pause[];
  };
  /** Syllable nuclei found in the audio (de Jong & Wempe 2009). */
  syllables: number;
  syllablesPerSecond: {
    /** Syllables / speaking time (de Jong & Wempe's "articulation rate"). */
    articulation: number;
    /** Syllables / total recording time (de Jong & Wempe's "speech rate"). */
    speech: number;
    /** Syllables / answer span (thinking time and trailing silence excluded). */
    answer: number;
  };
  /** Audio-only pace: answer-span syllable rate ÷ SYLLABLES_PER_WORD × 60. */
  estimatedWordsPerMinute: number;
  /** Only with a transcript. */
  words: number | null;
  /** Words / answer-span minutes (comparable to published speaking-rate norms). Only with a transcript. */
  wordsPerMinute: number | null;
  /** Words / speaking minutes (pauses excluded). Only with a transcript. */
  articulationWordsPerMinute: number | null;
  pitch: {
    /** Median F0 of voiced frames, Hz (null when nothing was voiced). */
    medianHz: number | null;
    /** Standard deviation of F0 in semitones around the median. */
    variabilitySemitones: number | null;
    /** Voiced 10 ms pitch frames the median was taken over (20 ms frames in analyses made before issue 14). */
    voicedFrames: number;
    monotone: boolean;
  };
  loudness: {
    /** Mean level of speech frames, dBFS (null without speech). */
    meanDb: number | null;
    /** Standard deviation of the level of speech frames, dB. */
    variabilityDb: number | null;
  };
  fillers: {
    /** null without a transcript. */
    count: number | null;
    perMinute: number | null;
    hits: FillerHit[];
  };
  /** ~1000 bucket peaks, normalised to 0..1, for instant display. */
  waveform: number[];
  moments: Moment[];
};

export type Verdict = "within" | "low" | "high";

export type MetricScore = {
  value: number;
  band: { low: number; high: number };
  score: number;
  verdict: Verdict;
  explanation: string;
};

export type SpeechScores = {
  pace: MetricScore | null;
  fillers: MetricScore | null;
  thinkingTime: MetricScore | null;
  longestPause: MetricScore | null;
  pitchVariability: MetricScore | null;
  /** Weighted mean of the available metric scores (null when none applies). */
  aggregate: number | null;
};

/** Delivery feedback from the metrics and their norm bands (features/interviews/speechFeedback.ts writes it). */
export type SpeechFeedbackItem = { type: "strength" | "improvement"; metric: string; message: string; atMs?: number; quote?: string };
export type SpeechFeedback = { engine: "insights"; items: SpeechFeedbackItem[] };
