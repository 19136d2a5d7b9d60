"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useAnalysisPolling } from "../useAnalysisPolling";
import { AnswerRecorder, type RecognitionSettings } from "./AnswerRecorder";

export type RunnerAnswer = { id: string; position: number; questionText: string; status: "awaiting" | "processing" | "ready" | "failed" };

/**
 * Walks through the questions: the first unanswered one is shown with the
 * recorder. While answers are processing it polls the status endpoint and
 * refreshes the page when something settles, so results appear by themselves.
 * The recorder is keyed by its question, so a refresh never interrupts a
 * recording in progress.
 */
export function InterviewRunner({ interviewId, answers, recognition }: { interviewId: string; answers: RunnerAnswer[]; recognition: RecognitionSettings }) {
  const router = useRouter();
  // Answers uploaded from this page that the server props may not show as processing yet.
  const [uploaded, setUploaded] = useState<ReadonlySet<string>>(() => new Set());
  const statusOf = (a: RunnerAnswer) => (a.status === "awaiting" && uploaded.has(a.id) ? "processing" : a.status);
  const current = answers.find((a) => statusOf(a) === "awaiting");
  const processingIds = answers.filter((a) => statusOf(a) === "processing").map((a) => a.id);
  useAnalysisPolling(interviewId, processingIds);

  if (!current) return null;
  return (
    <Card>
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle as="h2">
            Question {current.position + 1} of {answers.length}
          </CardTitle>
          {processingIds.length > 0 ? <Badge variant="secondary">Analysing earlier answers…</Badge> : null}
        </div>
        <p className="text-lg" data-testid="current-question">
          {current.questionText}
        </p>
      </CardHeader>
      <CardContent>
        <AnswerRecorder
          key={current.id}
          question={current.questionText}
          uploadUrl={`/api/interviews/${interviewId}/answers/${current.id}/audio`}
          transcriptUrl={`/api/interviews/${interviewId}/answers/${current.id}/transcript`}
          recognition={recognition}
          onUploaded={() => {
            setUploaded((set) => new Set(set).add(current.id));
            router.refresh();
          }}
        />
      </CardContent>
    </Card>
  );
}
