import { notFound } from "next/navigation";
import { BackLink } from "@/components/shell/BackLink";
import { Badge } from "@/components/ui/badge";
import { AiAnalysisPanel } from "@/features/resumeAnalyses/components/AiAnalysisPanel";
import { AnalysisView } from "@/features/resumeAnalyses/components/AnalysisView";
import { DeleteResumeAnalysisButton } from "@/features/resumeAnalyses/components/DeleteResumeAnalysisButton";
import { getCachedResumeAnalysis } from "@/features/resumeAnalyses/dbCache";
import { analysisDrafts, storedResumeAnalysisSchema } from "@/features/resumeAnalyses/schemas";
import { resumeAnalysisFromReport } from "@/insights/resumeAnalysis";
import { formatDateTime } from "@/lib/format";
import { describeMatchRate, matchBreakdown, MATCH_RATE_FORMULA } from "@/resume/matchRate";
import { getModel } from "@/services/ai";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Resume report" };

export default async function ResumeReportPage({ params }: { params: Promise<{ jobInfoId: string; analysisId: string }> }) {
  const { jobInfoId, analysisId } = await params;
  const user = await requireUser();
  const analysis = await getCachedResumeAnalysis(user.id, analysisId);
  if (!analysis || analysis.jobInfoId !== jobInfoId) notFound();
  const report = analysis.report;
  const breakdown = matchBreakdown(report.keywords);
  const choice = getModel(user.aiProvider);
  // Saved with who wrote it: the LLM, or the rule-based engine when the LLM's answer could not be used.
  const saved = analysis.aiSource ? storedResumeAnalysisSchema.safeParse(analysis.aiAnalysis) : null;

  return (
    <div className="grid gap-8">
      <BackLink href={`/app/job-infos/${jobInfoId}/resumes`}>Resume check</BackLink>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{analysis.fileName}</h1>
          <p className="text-muted-foreground">
            {formatDateTime(analysis.createdAt)} · {analysis.fileType.toUpperCase()}
            {analysis.pageCount ? ` · ${analysis.pageCount} page${analysis.pageCount > 1 ? "s" : ""}` : ""}
          </p>
        </div>
        <DeleteResumeAnalysisButton id={analysis.id} jobInfoId={jobInfoId} />
      </div>

      <section aria-labelledby="keywords-heading" className="grid gap-3">
        <h2 id="keywords-heading" className="text-lg font-semibold">
          Job keywords · match rate {Math.round(breakdown.rate * 100)}%
        </h2>
        <div className="grid gap-1 text-sm" aria-label="How the match rate is computed">
          <p>{describeMatchRate(breakdown)}</p>
          <p className="text-muted-foreground">{MATCH_RATE_FORMULA} Job match below is this rate; keyword coverage is its required-skills part.</p>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-medium">Found in your resume ({report.keywords.found.length})</h3>
            <ul className="flex flex-wrap gap-2" aria-label="Keywords found">
              {report.keywords.found.map(({ keyword, evidence }) => (
                <li key={keyword.term}>
                  <Badge variant="success" title={`“${evidence.text}”`}>
                    {keyword.term}
                    {keyword.required ? " · required" : ""}
                  </Badge>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-2 text-sm font-medium">Missing ({report.keywords.missing.length})</h3>
            <ul className="flex flex-wrap gap-2" aria-label="Keywords missing">
              {report.keywords.missing.map((keyword) => (
                <li key={keyword.term}>
                  <Badge variant={keyword.required ? "destructive" : "outline"}>
                    {keyword.term}
                    {keyword.required ? " · required" : ""}
                  </Badge>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="report-heading" className="grid gap-3">
        <h2 id="report-heading" className="text-lg font-semibold">
          Report
        </h2>
        <AnalysisView analysis={resumeAnalysisFromReport(report)} source="insights" />
      </section>

      {choice.primary !== "insights" ? (
        <section aria-labelledby="ai-heading" className="grid gap-3">
          <h2 id="ai-heading" className="text-lg font-semibold">
            AI analysis
          </h2>
          {saved?.success ? <AnalysisView analysis={saved.data} source={analysis.aiSource} /> : null}
          <AiAnalysisPanel
            analysisId={analysis.id}
            drafts={analysisDrafts()}
            hasSaved={Boolean(saved?.success)}
            engineNote={`${choice.label} reads the resume with the report above as facts; its quotes come from your resume.`}
          />
        </section>
      ) : (
        <p className="text-sm text-muted-foreground">
          No AI model is configured: this report is computed by rules and keyword matching, explained item by item.
        </p>
      )}
    </div>
  );
}
