import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { BASELINE_MIN_ANSWERS, type Baseline, type BaselineMetric } from "@/progress/baseline";
import { FILLERS_PER_MINUTE, LONGEST_PAUSE_SECONDS, PACE_SYLLABLES_PER_SECOND, PACE_WPM, PITCH_SEMITONES, THINKING_SECONDS } from "@/speech/score";

const ROWS: { key: BaselineMetric; label: string; unit: string; band: { low: number; high: number } }[] = [
  { key: "paceWpm", label: "Pace (with a transcript)", unit: "wpm", band: PACE_WPM },
  { key: "paceSyllables", label: "Pace (audio only)", unit: "syllables/s", band: PACE_SYLLABLES_PER_SECOND },
  { key: "fillers", label: "Fillers", unit: "/min", band: FILLERS_PER_MINUTE },
  { key: "thinkingTime", label: "Thinking time", unit: "s", band: THINKING_SECONDS },
  { key: "longestPause", label: "Longest pause", unit: "s", band: LONGEST_PAUSE_SECONDS },
  { key: "pitchVariability", label: "Pitch variation", unit: "st", band: PITCH_SEMITONES },
];

const round = (n: number) => Math.round(n * 10) / 10;

/** The user's usual delivery (median of recent answers, all jobs) beside the published norm bands. */
export function SpeakingBaselineCard({ baseline, answers }: { baseline: Baseline; answers: number }) {
  const rows = ROWS.filter((r) => baseline[r.key]);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Your speaking baseline</CardTitle>
        <p className="text-sm text-muted-foreground">
          {answers === 0
            ? "The median of each measure over your recent analysed answers (all jobs), beside the norm band."
            : `The median of each measure over your last ${answers === 1 ? "analysed answer" : `${answers} analysed answers`} (all jobs), beside the norm band.`}{" "}
          Shown once a measure has {BASELINE_MIN_ANSWERS} answers.
        </p>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">Record {BASELINE_MIN_ANSWERS} answers to see your baseline.</p>
        ) : (
          <table className="w-full text-sm" aria-label="Your speaking baseline">
            <thead className="text-left text-muted-foreground">
              <tr>
                <th className="py-1 pr-3 font-normal">Measure</th>
                <th className="py-1 pr-3 font-normal">Your usual</th>
                <th className="py-1 font-normal">Norm</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-t border-border">
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    {r.label}
                  </th>
                  <td className="py-2 pr-3">
                    {baseline[r.key]!.median} {r.unit} <span className="text-muted-foreground">({baseline[r.key]!.answers} answers)</span>
                  </td>
                  <td className="py-2">
                    {round(r.band.low)}–{round(r.band.high)} {r.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
