import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { TrendVerdict } from "@/progress/trend";
import { dateTicks } from "../chartTicks";

const WIDTH = 600;
const HEIGHT = 196;
const PAD = { left: 36, right: 28, top: 12, bottom: 36 };

const VERDICT_VARIANT = {
  improved: "success",
  declined: "destructive",
  steady: "outline",
  "not-enough-data": "outline",
  unmeasured: "outline",
} as const;

/**
 * One score over time: an SVG line (drawn on the server, no chart library)
 * with the dates on the x axis, the verdict on the change, and the numbers as
 * a table for screen readers and for anyone who prefers them.
 */
export function TrendChart(props: {
  title: string;
  points: { id: string; at: Date; value: number }[];
  min: number;
  max: number;
  unit: string;
  verdict: TrendVerdict;
  empty: string;
}) {
  const { points, min, max } = props;
  const x = (i: number) => PAD.left + (points.length === 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1));
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min);
  const badge = { label: props.verdict.label, variant: VERDICT_VARIANT[props.verdict.kind] };
  const latest = points.at(-1);
  const ticks = dateTicks(points.map((p) => p.at));
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle as="h2">{props.title}</CardTitle>
          {points.length > 0 ? <Badge variant={badge.variant}>{badge.label}</Badge> : null}
        </div>
        {points.length > 0 ? <p className="text-sm text-muted-foreground">{props.verdict.text}</p> : null}
      </CardHeader>
      <CardContent className="grid gap-3">
        {points.length === 0 ? (
          <p className="text-sm text-muted-foreground">{props.empty}</p>
        ) : (
          <>
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              className="h-auto w-full"
              role="img"
              aria-label={`${props.title}: ${points.length} result${points.length > 1 ? "s" : ""}, from ${points[0]!.value} (${formatDate(points[0]!.at)}) to ${latest!.value}${props.unit} (${formatDate(latest!.at)}). ${badge.label}.`}
            >
              {[min, (min + max) / 2, max].map((v) => (
                <g key={v}>
                  <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="stroke-border" strokeDasharray="4 4" />
                  <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="fill-muted-foreground text-[11px]">
                    {v}
                  </text>
                </g>
              ))}
              <g data-testid="x-axis">
                <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="stroke-border" />
                {ticks.map((t) => (
                  <g key={t.index}>
                    <line x1={x(t.index)} x2={x(t.index)} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom + 4} className="stroke-border" />
                    <text x={x(t.index)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" className="fill-muted-foreground text-[11px]">
                      {t.label}
                    </text>
                  </g>
                ))}
              </g>
              <polyline
                fill="none"
                className="stroke-primary"
                strokeWidth={2.5}
                strokeLinejoin="round"
                points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ")}
              />
              {points.map((p, i) => (
                <circle key={p.id} cx={x(i)} cy={y(p.value)} r={4} className="fill-primary" />
              ))}
            </svg>
            <details>
              <summary className="cursor-pointer text-sm text-muted-foreground">Show the numbers</summary>
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">{props.title}</caption>
                <thead>
                  <tr className="text-left text-muted-foreground">
                    <th className="p-1">Date</th>
                    <th className="p-1">Score</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.id} className="border-t border-border">
                      <td className="p-1">{formatDate(p.at)}</td>
                      <td className="p-1 tabular-nums">
                        {p.value}
                        {props.unit}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}
