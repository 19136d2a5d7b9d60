import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { TranscriptTurn } from "../conversationTranscript";

/**
 * The one results layout of every interview — recorded, spoken (turn-taking)
 * and live (Hume): the title and when, the overall score with its formula,
 * the parts it rests on, the downloads and delete. The kind-specific body
 * (per-answer cards, feedback by category, measures) follows, then the notes
 * and the transcript with both speakers (InterviewTranscript).
 */
export function InterviewResultsHeader({
  title,
  subtitle,
  overall,
  facts,
  exportBase,
  deleteButton,
}: {
  title: string;
  subtitle: string;
  overall: { score: number; formula: string } | null;
  /** Label → shown value, e.g. Content → "6/10 (2 graded)". */
  facts: [string, string][];
  /** `/api/…/export` when there is something to download. */
  exportBase: string | null;
  deleteButton: ReactNode;
}) {
  return (
    <header className="grid gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="text-muted-foreground">{subtitle}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {exportBase ? (
            <span className="flex gap-3 text-sm font-medium">
              <a href={`${exportBase}?format=pdf`} download className="text-primary underline-offset-4 hover:underline">
                Download PDF
              </a>
              <a href={`${exportBase}?format=md`} download className="text-primary underline-offset-4 hover:underline">
                Markdown
              </a>
            </span>
          ) : null}
          {deleteButton}
        </div>
      </div>
      {overall || facts.length > 0 ? (
        <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label="Interview summary">
          {overall ? (
            <div className="flex items-center gap-1">
              <dt className="text-muted-foreground">Overall</dt>
              <dd>
                <Badge aria-label={`Overall ${overall.score} out of 100`}>{overall.score}/100</Badge>
              </dd>
            </div>
          ) : null}
          {facts.map(([label, value]) => (
            <div key={label} className="flex items-center gap-1">
              <dt className="text-muted-foreground">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {overall ? (
            <p className="basis-full text-xs text-muted-foreground" data-testid="interview-formula">
              Overall = {overall.formula}
            </p>
          ) : null}
        </dl>
      ) : null}
    </header>
  );
}

/** The conversation with both speakers, in order. */
export function InterviewTranscript({ turns, source }: { turns: TranscriptTurn[]; source: string }) {
  return (
    <section aria-labelledby="transcript-heading" className="grid gap-3">
      <h2 id="transcript-heading" className="text-lg font-semibold">
        Transcript
      </h2>
      <p className="text-xs text-muted-foreground">{source}</p>
      <ol className="grid gap-3" data-testid="saved-transcript">
        {turns.map((t, i) => (
          <li key={i} className={t.speaker === "candidate" ? "rounded-lg bg-primary/10 p-3" : "rounded-lg bg-muted p-3"}>
            <p className="text-xs font-medium text-muted-foreground">
              {t.speaker === "candidate" ? "You" : t.followUp ? "Interviewer (follow-up)" : "Interviewer"}
              {t.at ? ` · ${t.at}` : ""}
              {t.answerHref ? (
                <>
                  {" · "}
                  <a href={t.answerHref} className="text-primary underline-offset-4 hover:underline">
                    recording and feedback
                  </a>
                </>
              ) : null}
            </p>
            <p className="whitespace-pre-wrap break-words">{t.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
