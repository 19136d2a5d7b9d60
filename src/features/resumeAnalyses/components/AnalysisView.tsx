import { Badge } from "@/components/ui/badge";
import { RESUME_CATEGORIES } from "../labels";
import type { ResumeAnalysisOutput } from "../schemas";

export type AnalysisDraft = {
  overall?: { score?: number; summary?: string };
} & {
  [K in (typeof RESUME_CATEGORIES)[number]["key"]]?: {
    score?: number;
    summary?: string;
    items?: ({ type?: string; message?: string; quote?: string } | undefined)[];
  };
};

const TYPE_LABEL: Record<string, { label: string; variant: "success" | "warning" | "destructive" }> = {
  strength: { label: "Strength", variant: "success" },
  minor: { label: "Minor", variant: "warning" },
  major: { label: "Major", variant: "destructive" },
};

/** Scores as shown: 0–100 whatever a stored row holds. */
const shownScore = (score: number) => (Number.isFinite(score) ? Math.round(Math.min(100, Math.max(0, score))) : 0);

/** A resume analysis (complete or streaming) as plain text with the resume's own words quoted. */
export function AnalysisView({
  analysis,
  source,
  modelLabel,
}: {
  analysis: AnalysisDraft | ResumeAnalysisOutput;
  source: "llm" | "insights" | null;
  modelLabel?: string | null;
}) {
  return (
    <div className="grid gap-5 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        {typeof analysis.overall?.score === "number" ? (
          <p className="text-2xl font-semibold" aria-label={`Overall ${shownScore(analysis.overall.score)} out of 100`}>
            {shownScore(analysis.overall.score)}
            <span className="text-base font-normal text-muted-foreground">/100</span>
          </p>
        ) : null}
        <Badge variant="outline">
          {source === "insights" ? "Automated analysis (rule-based, not an AI model)" : `AI analysis${modelLabel ? ` (${modelLabel})` : ""}`}
        </Badge>
      </div>
      {analysis.overall?.summary ? <p>{analysis.overall.summary}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {RESUME_CATEGORIES.map(({ key, label }) => {
          const category = analysis[key];
          if (!category) return null;
          return (
            <section key={key} aria-label={label} className="rounded-xl border border-border p-4">
              <h4 className="flex items-baseline justify-between font-medium">
                {label}
                {typeof category.score === "number" ? <span className="text-muted-foreground">{shownScore(category.score)}/100</span> : null}
              </h4>
              {category.summary ? <p className="mt-1 text-muted-foreground">{category.summary}</p> : null}
              <ul className="mt-2 grid gap-2">
                {(category.items ?? []).map((item, i) =>
                  item?.message ? (
                    <li key={i}>
                      {item.type && TYPE_LABEL[item.type] ? (
                        <Badge variant={TYPE_LABEL[item.type]!.variant} className="mr-2">
                          {TYPE_LABEL[item.type]!.label}
                        </Badge>
                      ) : null}
                      {item.message}
                      {item.quote ? <q className="mt-1 block border-l-2 border-primary/50 pl-2 italic text-muted-foreground">{item.quote}</q> : null}
                    </li>
                  ) : null,
                )}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
