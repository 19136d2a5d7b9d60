import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { storedFeedbackSchema } from "../schemas";
import { shownRating } from "../feedbackDisplay";
import { FeedbackView } from "./FeedbackView";
import { QuotedAnswer } from "./QuotedAnswer";

export type ShownAttempt = {
  answer: string;
  answeredAt: Date | null;
  feedback: unknown;
  rating: number | null;
  feedbackSource: "llm" | "insights" | null;
  feedbackModelLabel: string | null;
};

/** A question's attempts, latest first, each with its answer (quoted sentences highlighted) and its feedback, so they compare. */
export function QuestionAttempts({ attempts }: { attempts: readonly ShownAttempt[] }) {
  return (
    <ol className="grid gap-4" aria-label="Attempts">
      {attempts.map((attempt, i) => {
        const parsed = attempt.feedback ? storedFeedbackSchema.safeParse(attempt.feedback) : null;
        const feedback = parsed?.success ? parsed.data : null;
        const number = attempts.length - i;
        return (
          <li
            key={number}
            className="grid gap-3 [&:not(:first-child)]:border-t [&:not(:first-child)]:border-border [&:not(:first-child)]:pt-4"
            data-testid="question-attempt"
          >
            <h3 className="flex flex-wrap items-center gap-2 text-sm font-medium">
              {attempts.length > 1 ? `Attempt ${number}${i === 0 ? " (latest)" : ""}` : "Your answer"}
              {attempt.answeredAt ? <span className="font-normal text-muted-foreground">{formatDate(attempt.answeredAt)}</span> : null}
              {attempt.rating !== null ? <Badge>{shownRating(attempt.rating)}/10</Badge> : <Badge variant="warning">Not graded</Badge>}
            </h3>
            <QuotedAnswer answer={attempt.answer} quotes={feedback?.strengths.map((s) => s.quote) ?? []} />
            {feedback ? <FeedbackView feedback={feedback} source={attempt.feedbackSource} modelLabel={attempt.feedbackModelLabel} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
