import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { AnswerTake, InterviewAnswer } from "@/drizzle/schema";
import { DeleteTakeButton } from "@/features/interviews/components/DeleteTakeButton";
import { TakePlayer } from "@/features/interviews/components/TakePlayer";
import { getCachedAnswer, getCachedInterview, getCachedTake, getCachedTakes } from "@/features/interviews/dbCache";
import { overallScore } from "@/features/interviews/overallScore";
import { formatDateTime } from "@/lib/format";
import { compareTakes, type CompareVerdict, type TakeMeasures } from "@/progress/compareTakes";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Compare takes" };

type Recorded = Pick<InterviewAnswer | AnswerTake, "recordedAt" | "score" | "contentRating" | "contentFeedback" | "metrics" | "waveform" | "durationMs">;

function measuresOf(take: Recorded): TakeMeasures {
  const content = take.contentFeedback;
  const metrics = take.metrics;
  return {
    score: take.score,
    contentRating: take.contentRating,
    contentSource: content?.source ?? null,
    scores: metrics?.scores ?? null,
    wordsPerMinute: metrics?.wordsPerMinute ?? null,
    covered: content?.strengths.filter((s) => s.quote).map((s) => s.point) ?? [],
  };
}

const VERDICT_BADGE: Record<CompareVerdict, { text: string; variant: "success" | "warning" | "secondary" | "outline" }> = {
  better: { text: "Better", variant: "success" },
  worse: { text: "Worse", variant: "warning" },
  "within-noise": { text: "Within noise", variant: "secondary" },
  "not-judged": { text: "Not judged", variant: "outline" },
};

/** Any two takes of one recorded answer, side by side: recordings, measures with their change, key points gained or lost. */
export default async function TakesPage({
  params,
  searchParams,
}: {
  params: Promise<{ jobInfoId: string; interviewId: string; answerId: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  const { jobInfoId, interviewId, answerId } = await params;
  const query = await searchParams;
  const user = await requireUser();
  const interview = await getCachedInterview(user.id, interviewId);
  const answer = interview && interview.jobInfoId === jobInfoId ? await getCachedAnswer(user.id, answerId) : undefined;
  if (!interview || !answer || answer.interviewId !== interview.id) notFound();
  const takes = await getCachedTakes(user.id, answer.id);
  const here = `/app/job-infos/${jobInfoId}/interviews/${interviewId}/answers/${answerId}/takes`;
  const options = [
    ...(answer.status === "ready" ? [{ id: "latest", label: `Latest take (${answer.recordedAt ? formatDateTime(answer.recordedAt) : "now"})` }] : []),
    ...takes.map((t, i) => ({ id: t.id, label: `Take ${takes.length - i} (${t.recordedAt ? formatDateTime(t.recordedAt) : "earlier"})` })),
  ];
  const labelOf = (id: string) => options.find((o) => o.id === id)?.label ?? "";
  const pick = (wanted: string | undefined, fallback: string | undefined) => (wanted && options.some((o) => o.id === wanted) ? wanted : fallback);
  const bId = pick(query.b, options[0]?.id);
  const aId = pick(query.a, options.find((o) => o.id !== bId)?.id);
  const load = async (id: string | undefined) => (id === "latest" ? answer : id ? await getCachedTake(user.id, id) : undefined);
  const [a, b] = await Promise.all([load(aId), load(bId)]);
  const comparison = a && b ? compareTakes(measuresOf(a), measuresOf(b)) : null;

  return (
    <div className="grid gap-6">
      <BackLink href={`/app/job-infos/${jobInfoId}/interviews/${interviewId}`}>Recorded interview</BackLink>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Compare takes</h1>
        <p className="text-muted-foreground">{answer.questionText}</p>
      </div>
      {options.length < 2 ? (
        <p className="text-muted-foreground">Record this answer again to compare takes. Earlier analysed takes are kept here until you delete them.</p>
      ) : (
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Choose takes">
          <TakeSelect label="Before" name="a" value={aId} options={options} />
          <TakeSelect label="After" name="b" value={bId} options={options} />
          <Button type="submit" variant="outline">
            Compare
          </Button>
        </form>
      )}
      {a && b && comparison ? (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            {[
              { id: aId!, take: a, title: "Before" },
              { id: bId!, take: b, title: "After" },
            ].map(({ id, take, title }) => {
              const overall = overallScore(take.contentRating, take.score);
              return (
                <section key={title} aria-label={title} className="grid gap-2 rounded-xl border border-border bg-card p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h2 className="font-medium">
                      {title}: {labelOf(id)}
                    </h2>
                    {overall ? <Badge title={overall.formula}>{overall.score}/100 overall</Badge> : null}
                  </div>
                  {take.waveform && take.durationMs ? (
                    <TakePlayer
                      label={labelOf(id)}
                      audioUrl={id === "latest" ? `/api/interview-answers/${answer.id}/audio` : `/api/answer-takes/${id}/audio`}
                      waveform={take.waveform}
                      durationMs={take.durationMs}
                      moments={take.metrics?.moments ?? []}
                    />
                  ) : null}
                  {id !== "latest" ? <DeleteTakeButton id={id} back={here} label={labelOf(id)} /> : null}
                </section>
              );
            })}
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" aria-label="Measures compared">
              <thead className="text-left text-muted-foreground">
                <tr>
                  <th className="py-1 pr-3 font-normal">Measure</th>
                  <th className="py-1 pr-3 font-normal">Before</th>
                  <th className="py-1 pr-3 font-normal">After</th>
                  <th className="py-1 pr-3 font-normal">Change</th>
                  <th className="py-1 font-normal">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row) => (
                  <tr key={row.label} className="border-t border-border align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {row.label}
                    </th>
                    <td className="py-2 pr-3">{row.before ?? "—"}</td>
                    <td className="py-2 pr-3">{row.after ?? "—"}</td>
                    <td className="py-2 pr-3">{row.delta === null ? "—" : `${row.delta > 0 ? "+" : ""}${row.delta}${row.unit}`}</td>
                    <td className="py-2">
                      <Badge variant={VERDICT_BADGE[row.verdict].variant}>{VERDICT_BADGE[row.verdict].text}</Badge>
                      <span className="ml-2 text-muted-foreground">{row.note}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-label="Key points" className="grid gap-1 text-sm">
            <h2 className="font-medium">Key points</h2>
            {comparison.coverage.gained.length ? <p>Gained: {comparison.coverage.gained.join("; ")}</p> : null}
            {comparison.coverage.lost.length ? <p>Lost: {comparison.coverage.lost.join("; ")}</p> : null}
            {comparison.coverage.kept.length ? <p className="text-muted-foreground">Kept: {comparison.coverage.kept.join("; ")}</p> : null}
            {!comparison.coverage.gained.length && !comparison.coverage.lost.length && !comparison.coverage.kept.length ? (
              <p className="text-muted-foreground">Neither take has graded key points (content feedback needs a transcript).</p>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

function TakeSelect({ label, name, value, options }: { label: string; name: string; value: string | undefined; options: { id: string; label: string }[] }) {
  return (
    <label className="grid gap-1 text-sm">
      {label}
      <Select name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </label>
  );
}
