"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * While answers are being analysed, polls the interview's status (metadata
 * only) every 2 s and refreshes the page when one of them settles, so
 * results appear by themselves.
 */
export function useAnalysisPolling(interviewId: string, processingIds: readonly string[]) {
  const router = useRouter();
  const processingKey = processingIds.join(",");
  useEffect(() => {
    if (!processingKey) return;
    const watching = new Set(processingKey.split(","));
    const timer = window.setInterval(async () => {
      const response = await fetch(`/api/interviews/${interviewId}/status`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { data: { answers: { id: string; status: string }[] } };
      if (body.data.answers.some((a) => watching.has(a.id) && a.status !== "processing" && a.status !== "awaiting")) router.refresh();
    }, 2000);
    return () => window.clearInterval(timer);
  }, [processingKey, interviewId, router]);
}
