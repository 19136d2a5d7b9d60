import { Badge } from "@/components/ui/badge";
import { formatClock } from "@/lib/format";
import { feedbackAuthor, shownPercent, shownRating, shownWeight } from "../feedbackDisplay";
import type { Feedback } from "../schemas";

/** Feedback while it streams: any field may still be missing. */
export type FeedbackDraft = {
  [K in keyof Feedback]?: Feedback[K] extends (infer U)[] | undefined ? ({ [P in keyof U]?: U[P] } | undefined)[] : Feedback[K];
};

/** Renders feedback (complete, or partial while it streams) as plain text: nothing from a model is rendered as HTML. */
export function FeedbackView({
  feedback,
  source,
  modelLabel,
  quoteTimes,
  onSeek,
}: {
  feedback: FeedbackDraft;
  source?: "llm" | "insights" | null;
  modelLabel?: string | null;
  /** For spoken answers: when each strength's quote was said (ms), aligned with `strengths`. */
  quoteTimes?: readonly (number | undefined)[];
  onSeek?: (ms: number) => void;
}) {
  return (
    <div className="grid gap-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        {typeof feedback.rating === "number" ? (
          <p className="text-2xl font-semibold" aria-label={`Rating ${shownRating(feedback.rating)} out of 10`}>
            {shownRating(feedback.rating)}
            <span className="text-base font-normal text-muted-foreground">/10</span>
          </p>
        ) : null}
        <Badge variant={source === "insights" ? "outline" : "secondary"} className="h-auto whitespace-normal text-left">
          {feedbackAuthor(source, modelLabel)}
        </Badge>
      </div>
      {feedback.summary ? <p>{feedback.summary}</p> : null}
      {/* Only the engine computes its rating from parts; a breakdown from anyone else is not shown. */}
      {source === "insights" && feedback.breakdown?.length ? (
        <section aria-label="How the rating was computed">
          <h4 className="mb-1 font-medium">How the rating was computed</h4>
          <ul className="grid gap-1">
            {feedback.breakdown.map((b, i) =>
              b?.part ? (
                <li key={i} className="flex flex-wrap gap-x-2">
                  <span className="font-medium capitalize">{b.part}</span>
                  <span>
                    {shownPercent(b.score ?? 0)}% × weight {shownWeight(b.weight ?? 0)}
                  </span>
                  <span className="text-muted-foreground">— {b.explanation}</span>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      {feedback.strengths?.length ? (
        <section>
          <h4 className="mb-1 font-medium">What was right</h4>
          <ul className="grid list-disc gap-1 pl-5">
            {feedback.strengths.map((s, i) => (
              <li key={i}>
                {s?.point}
                {s?.quote ? (
                  <span className="mt-1 flex flex-wrap items-baseline gap-2 border-l-2 border-primary/50 pl-2">
                    {quoteTimes?.[i] !== undefined && onSeek ? (
                      <button
                        type="button"
                        className="font-mono text-primary underline"
                        onClick={() => onSeek(quoteTimes[i]!)}
                        aria-label={`Play from ${formatClock(quoteTimes[i]!)}`}
                      >
                        {formatClock(quoteTimes[i]!)}
                      </button>
                    ) : null}
                    <q className="italic text-muted-foreground">{s.quote}</q>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {feedback.gaps?.length ? (
        <section>
          <h4 className="mb-1 font-medium">What was missing</h4>
          <ul className="grid list-disc gap-1 pl-5">
            {feedback.gaps.map((g, i) => (
              <li key={i}>
                {g?.point}
                {g?.suggestion ? <span className="text-muted-foreground"> {g.suggestion}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {feedback.modelAnswer ? (
        <section>
          <h4 className="mb-1 font-medium">A strong answer</h4>
          <p className="whitespace-pre-wrap rounded-lg bg-muted p-3">{feedback.modelAnswer}</p>
        </section>
      ) : null}
    </div>
  );
}
