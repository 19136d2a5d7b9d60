import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatClock } from "@/lib/format";
import type { LiveMetrics } from "../metrics";
import type { LiveFeedback } from "../schemas";

function Points({ title, points }: { title: string; points: LiveFeedback["categories"][number]["strengths"] }) {
  if (points.length === 0) return null;
  return (
    <div className="grid gap-1">
      <h4 className="text-sm font-medium">{title}</h4>
      <ul className="grid gap-2 text-sm">
        {points.map((p, i) => (
          <li key={i}>
            {p.point} <q className="text-muted-foreground">{p.quote}</q>{" "}
            <span className="font-mono text-xs text-muted-foreground">({formatClock(p.atMs)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A 1–10 category score as shown, whatever a stored row holds. */
const shownScore = (score: number) => (Number.isFinite(score) ? Math.round(Math.min(10, Math.max(1, score))) : 1);
const shownPercent = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 100);

export function LiveFeedbackView({ feedback }: { feedback: LiveFeedback }) {
  return (
    <section aria-labelledby="feedback-heading" className="grid gap-4">
      <h2 id="feedback-heading" className="text-lg font-semibold">
        Feedback
      </h2>
      <p>{feedback.summary}</p>
      <p className="text-xs text-muted-foreground">
        {feedback.source === "insights"
          ? "Automated analysis by Darasa's insights engine (rules and timing measures, not an AI model)."
          : `Written by an AI model${feedback.modelLabel ? ` (${feedback.modelLabel})` : ""}; every quote was checked against your transcript.`}
        {feedback.droppedUngrounded > 0 ? ` ${feedback.droppedUngrounded} point(s) were left out because their quote is not in your transcript.` : ""}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {feedback.categories.map((c) => (
          <Card key={c.name}>
            <CardHeader>
              <div className="flex items-center justify-between gap-2">
                <CardTitle as="h3">{c.name}</CardTitle>
                <Badge aria-label={`${c.name}: ${shownScore(c.score)} out of 10`}>{shownScore(c.score)}/10</Badge>
              </div>
              <p className="text-sm text-muted-foreground">{c.explanation}</p>
            </CardHeader>
            <CardContent className="grid gap-3">
              {c.strengths.length + c.improvements.length === 0 ? <p className="text-sm text-muted-foreground">No quoted points in this category.</p> : null}
              <Points title="Strengths" points={c.strengths} />
              <Points title="To improve" points={c.improvements} />
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}

const fmt = (v: number | null, unit = "") => (v === null ? "—" : `${Math.round(v * 10) / 10}${unit}`);

export function LiveMetricsView({ metrics }: { metrics: LiveMetrics }) {
  const s = metrics.summary;
  return (
    <section aria-labelledby="metrics-heading" className="grid gap-3">
      <h2 id="metrics-heading" className="text-lg font-semibold">
        Speech measures
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Answers", String(s.answers)],
          ["Median pace", fmt(s.medianWordsPerMinute, " wpm")],
          ["Fillers", fmt(s.fillersPerMinute, "/min")],
          ["Median latency (est.)", s.medianLatencyMs === null ? "—" : `${(s.medianLatencyMs / 1000).toFixed(1)} s`],
          ["Mean answer", fmt(s.meanAnswerWords, " words")],
          ["Longest answer", fmt(s.longestAnswerWords, " words")],
          ["Your share of words", s.candidateWordShare === null ? "—" : `${shownPercent(s.candidateWordShare)}%`],
          ["Delivery score", s.deliveryScore === null ? "—" : `${s.deliveryScore}/100`],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border p-3">
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted-foreground">{metrics.method}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Per-answer measures</caption>
          <thead>
            <tr className="text-left text-muted-foreground">
              <th className="p-2">At</th>
              <th className="p-2">Words</th>
              <th className="p-2">Pace</th>
              <th className="p-2">Latency (est.)</th>
              <th className="p-2">Fillers</th>
            </tr>
          </thead>
          <tbody>
            {metrics.answers.map((a) => (
              <tr key={a.turnIndex} className="border-t border-border">
                <td className="p-2 font-mono">{formatClock(a.startMs)}</td>
                <td className="p-2">{a.words}</td>
                <td className="p-2" title={a.scores.pace?.explanation}>
                  {fmt(a.wordsPerMinute, " wpm")}
                </td>
                <td className="p-2" title={a.scores.latency?.explanation}>
                  {a.latencyMs === null ? "—" : `${(a.latencyMs / 1000).toFixed(1)} s`}
                </td>
                <td className="p-2">{a.fillers.length ? a.fillers.map((f) => `${f.word} ×${f.count}`).join(", ") : "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {metrics.expressions.length > 0 ? (
        <p className="text-sm">
          <span className="font-medium">Expression measures (Hume, descriptive only):</span> {metrics.expressions.map((e) => e.name.toLowerCase()).join(", ")}.
          These describe how your voice sounded to Hume&apos;s model; they are not judgements of confidence or ability and do not affect any score.
        </p>
      ) : null}
    </section>
  );
}
