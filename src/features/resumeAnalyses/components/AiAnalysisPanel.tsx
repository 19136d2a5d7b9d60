"use client";

import { useRouter } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useProducedObject, type ProducerDrafts } from "@/lib/useProducedObject";
import { AnalysisView, type AnalysisDraft } from "./AnalysisView";

/**
 * Streams the structured analysis on request, labelled with the producer the
 * server names (an LLM, or the rule-based engine when the LLM's answer could
 * not be used); the saved one is shown by the page after it finishes.
 * `drafts`: the producers' analysis schemas (`analysisDrafts()` in ../schemas).
 */
export function AiAnalysisPanel({
  analysisId,
  engineNote,
  hasSaved,
  drafts,
}: {
  analysisId: string;
  engineNote: string;
  hasSaved: boolean;
  drafts: ProducerDrafts;
}) {
  const router = useRouter();
  const { object, producer, submit, isLoading, failure } = useProducedObject({
    api: `/api/resume-analyses/${analysisId}/analysis`,
    drafts,
    onFinish: () => router.refresh(),
  });
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">{engineNote}</p>
      <div>
        <Button onClick={() => void submit({})} disabled={isLoading}>
          {isLoading ? "Analysing…" : hasSaved ? "Analyse again" : "Analyse with AI"}
        </Button>
      </div>
      {failure ? (
        <Alert variant="destructive">
          <AlertDescription>{failure.message}</AlertDescription>
        </Alert>
      ) : null}
      {producer ? (
        <section aria-live="polite" aria-label="Analysis">
          <AnalysisView analysis={(object as AnalysisDraft | undefined) ?? {}} source={producer.kind} modelLabel={producer.label} />
        </section>
      ) : null}
    </div>
  );
}
