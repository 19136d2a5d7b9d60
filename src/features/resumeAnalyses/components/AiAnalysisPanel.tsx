"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { experimental_useObject as useObject } from "@ai-sdk/react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resumeAnalysisSchema } from "../schemas";
import { AnalysisView } from "./AnalysisView";

/** Streams the structured analysis on request; the saved one is shown by the page after it finishes. */
export function AiAnalysisPanel({ analysisId, engineNote, hasSaved }: { analysisId: string; engineNote: string; hasSaved: boolean }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { object, submit, isLoading, error } = useObject({
    api: `/api/resume-analyses/${analysisId}/analysis`,
    schema: resumeAnalysisSchema,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (!response.ok) {
        const body = (await response.clone().json().catch(() => null)) as { error?: { message: string } } | null;
        setFailure(body?.error?.message ?? "The analysis could not be produced. Please try again.");
      }
      return response;
    },
    onFinish: () => router.refresh(),
  });
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">{engineNote}</p>
      <div>
        <Button
          onClick={() => {
            setFailure(null);
            submit({});
          }}
          disabled={isLoading}
        >
          {isLoading ? "Analysing…" : hasSaved ? "Analyse again" : "Analyse with AI"}
        </Button>
      </div>
      {failure || error ? (
        <Alert variant="destructive">
          <AlertDescription>{failure ?? "The analysis could not be produced. Please try again in a minute."}</AlertDescription>
        </Alert>
      ) : null}
      {object ? (
        <section aria-live="polite" aria-label="Analysis">
          <AnalysisView analysis={object} source="llm" />
        </section>
      ) : null}
    </div>
  );
}
