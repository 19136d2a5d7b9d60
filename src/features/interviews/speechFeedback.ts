import type { MetricScore, SpeechFeedback, SpeechFeedbackItem, SpeechMetrics, SpeechScores, Transcript } from "@/speech/types";

/**
 * Feedback on how an answer was delivered, derived from the measured metrics
 * and their norm bands; quotes the transcript at the moment in question when
 * word timings exist. Automated analysis, not an AI model. Its shape is in
 * speech/types.ts, below the database schema that stores it.
 */
export type { SpeechFeedback, SpeechFeedbackItem };

function quoteAround(transcript: Transcript | undefined, atMs: number): string | undefined {
  const words = transcript?.words;
  if (!words?.length) return undefined;
  const index = words.findIndex((w) => w.endMs >= atMs);
  if (index < 0) return undefined;
  return words
    .slice(Math.max(0, index - 4), index + 4)
    .map((w) => w.word)
    .join(" ");
}

function item(metric: string, score: MetricScore | null, good: string, fix: string): SpeechFeedbackItem | null {
  if (!score) return null;
  return score.verdict === "within"
    ? { type: "strength", metric, message: `${good} ${score.explanation}` }
    : { type: "improvement", metric, message: `${fix} ${score.explanation}` };
}

export function speechFeedback(metrics: SpeechMetrics, scores: SpeechScores, transcript?: Transcript): SpeechFeedback {
  const items: SpeechFeedbackItem[] = [];
  const push = (entry: SpeechFeedbackItem | null) => entry && items.push(entry);
  push(item("pace", scores.pace, "Your pace is easy to follow.", "Adjust your pace."));
  push(item("thinkingTime", scores.thinkingTime, "You took a natural moment before answering.", "Mind the time before your first word."));
  push(item("pitchVariability", scores.pitchVariability, "Your voice has natural melody.", "Vary your pitch to sound engaged."));
  push(item("fillers", scores.fillers, "Few filler words.", "Cut down on filler words."));
  const longest = [...metrics.pauses.list].sort((a, b) => b.durationMs - a.durationMs)[0];
  if (longest && scores.longestPause) {
    const entry = item("longestPause", scores.longestPause, "No pause ran long.", "A pause ran long.");
    if (entry?.type === "improvement") items.push({ ...entry, atMs: longest.startMs, quote: quoteAround(transcript, longest.startMs) });
    else if (entry) items.push(entry);
  }
  for (const hit of metrics.fillers.hits.slice(0, 3)) {
    if (hit.startMs !== undefined) {
      items.push({
        type: "improvement",
        metric: "fillers",
        message: `Filler “${hit.filler}”.`,
        atMs: hit.startMs,
        quote: quoteAround(transcript, hit.startMs),
      });
    }
  }
  if (!transcript) {
    items.push({
      type: "improvement",
      metric: "transcript",
      message: "Add the transcript (type what you said) to get words per minute and filler-word counts.",
    });
  }
  return { engine: "insights", items };
}
