import { FILLERS_PER_MINUTE, LONGEST_PAUSE_SECONDS, PACE_WPM, THINKING_SECONDS } from "@/speech/score";

/**
 * Short targeted exercises chosen from the user's weakest measures (pure).
 * Every drill rests on at least MIN_MEASURES data points: a speech drill on
 * that many measurements whose median is outside the norm band the scores use
 * (speech/score.ts), a topic drill on that many rated answers whose mean is
 * below WEAK_TOPIC_RATING. Each drill states the evidence it was chosen from.
 * Most severe first, at most MAX_DRILLS.
 */
export const MIN_MEASURES = 2;
export const WEAK_TOPIC_RATING = 6;
export const MAX_DRILLS = 3;

export type DrillInput = {
  /** From recent recorded answers (and live interviews where measured). */
  wordsPerMinute: number[];
  fillersPerMinute: number[];
  longestPauseSeconds: number[];
  thinkingSeconds: number[];
  /** Graded bank questions by topic (1–10 ratings), with the questions when known (for the drill's link). */
  topics: { topic: string; ratings: number[]; questions?: { id: string; rating: number }[] }[];
};

export type Drill = {
  id: "fillers" | "pace-fast" | "pace-slow" | "pauses" | "thinking" | "topic";
  title: string;
  /** The measured evidence, with numbers. */
  why: string;
  how: string;
  /** Where to practise: a one-question recorded interview, or the technical questions. */
  practise: "recorded" | "questions";
  /** How far outside the norm, as a fraction of the norm band (for ordering). */
  severity: number;
  /** A topic drill's topic, and its lowest-rated question to go back to (the link preselects it). */
  target?: { topic: string; questionId?: string };
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const r = (n: number, digits = 0) => Number(n.toFixed(digits));

export function chooseDrills(input: DrillInput): Drill[] {
  const drills: Drill[] = [];
  const measured = (values: number[]) => values.length >= MIN_MEASURES;

  if (measured(input.fillersPerMinute)) {
    const m = median(input.fillersPerMinute);
    if (m > FILLERS_PER_MINUTE.high) {
      drills.push({
        id: "fillers",
        title: "Filler drill",
        why: `Your median is ${r(m, 1)} fillers per minute over ${input.fillersPerMinute.length} answers; under ${FILLERS_PER_MINUTE.high} is not distracting.`,
        how: "Answer one question in about a minute. When you feel an “um” coming, close your mouth and pause instead; a silent pause sounds deliberate.",
        practise: "recorded",
        severity: (m - FILLERS_PER_MINUTE.high) / (FILLERS_PER_MINUTE.zeroHigh - FILLERS_PER_MINUTE.high),
      });
    }
  }
  if (measured(input.wordsPerMinute)) {
    const m = median(input.wordsPerMinute);
    if (m > PACE_WPM.high) {
      drills.push({
        id: "pace-fast",
        title: "Slow-down drill",
        why: `Your median pace is ${r(m)} words per minute over ${input.wordsPerMinute.length} answers; ${PACE_WPM.low}–${PACE_WPM.high} is easiest to follow.`,
        how: "Answer one question while pausing briefly after each key point. Aim to say less, more clearly.",
        practise: "recorded",
        severity: (m - PACE_WPM.high) / (PACE_WPM.zeroHigh - PACE_WPM.high),
      });
    } else if (m < PACE_WPM.low) {
      drills.push({
        id: "pace-slow",
        title: "Flow drill",
        why: `Your median pace is ${r(m)} words per minute over ${input.wordsPerMinute.length} answers; ${PACE_WPM.low}–${PACE_WPM.high} sounds conversational.`,
        how: "Jot three bullet points first, then answer one question straight through them without restarting sentences.",
        practise: "recorded",
        severity: (PACE_WPM.low - m) / (PACE_WPM.low - PACE_WPM.zeroLow),
      });
    }
  }
  if (measured(input.longestPauseSeconds)) {
    const m = median(input.longestPauseSeconds);
    if (m > LONGEST_PAUSE_SECONDS.high) {
      drills.push({
        id: "pauses",
        title: "Signposting drill",
        why: `Your longest mid-answer pause has a median of ${r(m, 1)} s over ${input.longestPauseSeconds.length} answers; over ${LONGEST_PAUSE_SECONDS.high} s can sound like losing the thread.`,
        how: "Before answering, say how many parts your answer has (“There are two reasons…”), then use them as stepping stones.",
        practise: "recorded",
        severity: (m - LONGEST_PAUSE_SECONDS.high) / (LONGEST_PAUSE_SECONDS.zeroHigh - LONGEST_PAUSE_SECONDS.high),
      });
    }
  }
  if (measured(input.thinkingSeconds)) {
    const m = median(input.thinkingSeconds);
    if (m > THINKING_SECONDS.high) {
      drills.push({
        id: "thinking",
        title: "Quick-start drill",
        why: `You take a median of ${r(m, 1)} s before your first word over ${input.thinkingSeconds.length} answers; 1–${THINKING_SECONDS.high} s reads as normal planning time.`,
        how: "Start with a one-sentence headline answer, then expand. “My short answer is…” buys time without silence.",
        practise: "recorded",
        severity: (m - THINKING_SECONDS.high) / (THINKING_SECONDS.zeroHigh - THINKING_SECONDS.high),
      });
    }
  }
  const weakest = input.topics
    .filter((t) => t.ratings.length >= MIN_MEASURES)
    .map((t) => ({ ...t, mean: t.ratings.reduce((s, v) => s + v, 0) / t.ratings.length }))
    .filter((t) => t.mean < WEAK_TOPIC_RATING)
    .sort((a, b) => a.mean - b.mean || a.topic.localeCompare(b.topic))[0];
  if (weakest) {
    const lowest = [...(weakest.questions ?? [])].sort((a, b) => a.rating - b.rating || a.id.localeCompare(b.id))[0];
    drills.push({
      id: "topic",
      title: `Topic drill: ${weakest.topic}`,
      why: `Your ${weakest.ratings.length} rated answers on ${weakest.topic} average ${r(weakest.mean, 1)}/10, your lowest topic.`,
      how: "Read the model answer of your weakest attempt, then answer a new question on it, covering each key point in your own words.",
      practise: "questions",
      severity: (WEAK_TOPIC_RATING - weakest.mean) / WEAK_TOPIC_RATING,
      target: { topic: weakest.topic, ...(lowest ? { questionId: lowest.id } : {}) },
    });
  }
  return drills.sort((a, b) => b.severity - a.severity).slice(0, MAX_DRILLS);
}
