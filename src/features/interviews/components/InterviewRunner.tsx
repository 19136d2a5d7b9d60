"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AnswerRecorder } from "./AnswerRecorder";

export type RunnerAnswer = { id: string; position: number; questionText: string; status: "awaiting" | "processing" | "ready" | "failed" };

/**
 * Walks through the questions: the first unanswered one is shown with the
 * recorder. While answers are processing it polls the status endpoint and
 * refreshes the page when something finishes, so results appear by themselves.
 * The page remounts it (by key) whenever the server's statuses change.
 */
export function InterviewRunner({ interviewId, answers }: { interviewId: string; answers: RunnerAnswer[] }) {
  const router = useRouter();
  const [statuses, setStatuses] = useState(() => Object.fromEntries(answers.map((a) => [a.id, a.status])));
  const current = answers.find((a) => statuses[a.id] === "awaiting");
  const processing = answers.some((a) => statuses[a.id] === "processing");

  useEffect(() => {
    if (!processing) return;
    const timer = window.setInterval(async () => {
      const response = await fetch(`/api/interviews/${interviewId}/status`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { data: { answers: { id: string; status: RunnerAnswer["status"] }[] } };
      const next = Object.fromEntries(body.data.answers.map((a) => [a.id, a.status]));
      if (body.data.answers.some((a) => a.status !== "processing" && statuses[a.id] === "processing")) router.refresh();
      setStatuses(next);
    }, 2000);
    return () => window.clearInterval(timer);
  }, [processing, interviewId, router, statuses]);

  if (!current) return null;
  return (
    <Card>
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle as="h2">
            Question {current.position + 1} of {answers.length}
          </CardTitle>
          {processing ? <Badge variant="secondary">Analysing earlier answers…</Badge> : null}
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
          onUploaded={() => {
            setStatuses((s) => ({ ...s, [current.id]: "processing" }));
            router.refresh();
          }}
        />
      </CardContent>
    </Card>
  );
}
