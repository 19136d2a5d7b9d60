import { DELIVERY_SCORE_NOISE, QUESTION_RATING_NOISE, RESUME_SCORE_NOISE } from "@/progress/noise";
import { assessTrend, type TrendVerdict } from "@/progress/trend";
import type { JobProgress, ProgressPoint } from "./db";

/** One chart of the progress page, as the page draws it and the export writes it. */
export type TrendSeries = {
  key: string;
  title: string;
  points: ProgressPoint[];
  min: number;
  max: number;
  unit: string;
  verdict: TrendVerdict;
  empty: string;
};

/** A job's score charts, each judged against its own measured noise (none claimed where it is unmeasured). */
export function jobTrendSeries(progress: JobProgress): TrendSeries[] {
  // Only the insights engine's rating noise is measured; ratings written by an LLM get no claim.
  const ratingsByEngine = progress.questionRatings.every((p) => p.source === "insights");
  return [
    {
      key: "questions",
      title: "Technical answers",
      points: progress.questionRatings,
      min: 0,
      max: 10,
      unit: "/10",
      verdict: assessTrend(progress.questionRatings, ratingsByEngine ? QUESTION_RATING_NOISE : null),
      empty: "Answer technical questions to see your ratings here.",
    },
    {
      key: "recorded",
      title: "Recorded interviews (delivery)",
      points: progress.recordedDelivery,
      min: 0,
      max: 100,
      unit: "/100",
      verdict: assessTrend(progress.recordedDelivery, DELIVERY_SCORE_NOISE),
      empty: "Record a mock interview to see your delivery score here.",
    },
    {
      key: "live",
      title: "Live interviews",
      points: progress.liveScores,
      min: 0,
      max: 100,
      unit: "/100",
      verdict: assessTrend(progress.liveScores, null),
      empty: "Live interviews you complete appear here.",
    },
    {
      key: "resume",
      title: "Resume match",
      points: progress.resumeScores,
      min: 0,
      max: 100,
      unit: "/100",
      verdict: assessTrend(progress.resumeScores, RESUME_SCORE_NOISE),
      empty: "Analyse your resume against this job to see its score here.",
    },
  ];
}

/** Words per minute of the job's recorded answers (newest first in), oldest first out. */
export function paceTrendSeries(samples: readonly { id: string; at: Date; paceWpm?: number | null }[]): TrendSeries {
  const points = samples.flatMap((s) => (s.paceWpm ? [{ id: s.id, at: s.at, value: Math.round(s.paceWpm) }] : [])).reverse();
  return {
    key: "pace",
    title: "Pace per recorded answer (wpm)",
    points,
    min: 60,
    max: 220,
    unit: " wpm",
    verdict: assessTrend(points, null, " wpm"),
    empty: "Answers with a transcript show their words per minute here.",
  };
}
