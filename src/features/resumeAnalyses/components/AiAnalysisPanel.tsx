"use client";

import { useRouter } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useProducedObject } from "@/lib/useProducedObject";
import { engineResumeAnalysisSchema, resumeAnalysisSchema } from "../schemas";
import { AnalysisView, type AnalysisDraft } from "./AnalysisView";

const ANALYSIS_SCHEMAS = { llm: resumeAnalysisSchema, insights: engineResumeAnalysisSchema };

/**
 * Streams the structured analysis on request, labelled with the producer the
 * server names (an LLM, or the rule-based engine when the LLM's answer could
 * not be used); the saved one is shown by the page after it finishes.
 */
export function AiAnalysisPanel({ analysisId, engineNote, hasSaved }: { analysisId: string; engineNote: string; hasSaved: boolean }) {
  const router = useRouter();
  const { object, producer, submit, isLoading, failure } = useProducedObject({
    api: `/api/resume-analyses/${analysisId}/analysis`,
    schemas: ANALYSIS_SCHEMAS,
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
