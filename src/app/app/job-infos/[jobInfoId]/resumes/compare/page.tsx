import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { getCachedResumeAnalysis } from "@/features/resumeAnalyses/dbCache";
import { formatDateTime } from "@/lib/format";
import { compareReports } from "@/resume/compare";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Compare resumes" };

const LABELS = {
  overall: "Overall",
  atsReadiness: "ATS readiness",
  jobMatch: "Job match",
  writing: "Writing & formatting",
  keywordCoverage: "Keyword coverage",
  other: "Other",
} as const;

export default async function CompareResumesPage({
  params,
  searchParams,
}: {
  params: Promise<{ jobInfoId: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  const [{ jobInfoId }, { a, b }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const [before, after] = await Promise.all([getCachedResumeAnalysis(user.id, a ?? ""), getCachedResumeAnalysis(user.id, b ?? "")]);
  if (!before || !after || before.jobInfoId !== jobInfoId || after.jobInfoId !== jobInfoId) notFound();
  const comparison = compareReports(before.report, after.report);

  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfoId}/resumes`}>Resume check</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight">Compare resumes</h1>
      <p className="text-muted-foreground">
        From <strong>{before.fileName}</strong> ({formatDateTime(before.createdAt)}) to <strong>{after.fileName}</strong> ({formatDateTime(after.createdAt)}).
      </p>
      <table className="w-full max-w-xl text-sm">
        <caption className="sr-only">Scores before and after</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-2">
              Category
            </th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.scores.map((s) => (
            <tr key={s.category} className="border-b border-border">
              <th scope="row" className="py-2 text-left font-medium">
                {LABELS[s.category]}
              </th>
              <td>{s.before}</td>
              <td>{s.after}</td>
              <td className={s.delta > 0 ? "text-success" : s.delta < 0 ? "text-destructive" : "text-muted-foreground"}>
                {s.delta > 0 ? `+${s.delta}` : s.delta}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="gained-heading">
          <h2 id="gained-heading" className="mb-2 font-medium">
            Keywords gained ({comparison.keywordsGained.length})
          </h2>
          <ul className="flex flex-wrap gap-2">
            {comparison.keywordsGained.map((k) => (
              <li key={k}>
                <Badge variant="success">{k}</Badge>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="lost-heading">
          <h2 id="lost-heading" className="mb-2 font-medium">
            Keywords lost ({comparison.keywordsLost.length})
          </h2>
          <ul className="flex flex-wrap gap-2">
            {comparison.keywordsLost.map((k) => (
              <li key={k}>
                <Badge variant="destructive">{k}</Badge>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
