"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Status = "created" | "in_call" | "processing" | "ready" | "failed";

/**
 * While the feedback job runs, polls the metadata-only status endpoint every
 * 2 s and refreshes the page when it settles. Offers "Analyse" for a call
 * that was never ended here (tab closed) and "Retry" after a failure.
 */
export function LiveStatus({ interviewId, status, error }: { interviewId: string; status: Status; error: string | null }) {
  const router = useRouter();
  const [current, setCurrent] = useState({ status, error });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (current.status !== "processing") return;
    const timer = window.setInterval(async () => {
      const response = await fetch(`/api/live-interviews/${interviewId}/status`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { data: { status: Status; error: string | null } };
      setCurrent({ status: body.data.status, error: body.data.error });
      if (body.data.status !== "processing") router.refresh();
    }, 2000);
    return () => window.clearInterval(timer);
  }, [current.status, interviewId, router]);

  async function analyse() {
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/live-interviews/${interviewId}/analysis`, { method: "POST" }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      setCurrent({ status: "processing", error: null });
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: { message: string } } | null;
    setMessage(body?.error?.message ?? "The server could not be reached. Try again.");
  }

  if (current.status === "processing") {
    return (
      <p role="status" className="rounded-xl border border-border bg-card p-4 text-sm">
        Preparing your feedback: fetching the call from the voice provider, measuring your answers and writing the analysis…
        {current.error ? <span className="block text-muted-foreground">{current.error}</span> : null}
      </p>
    );
  }
  if (current.status === "failed" || current.status === "in_call") {
    return (
      <div className="grid gap-3">
        <Alert variant={current.status === "failed" ? "destructive" : "default"}>
          <AlertDescription>
            {current.status === "failed"
              ? `The analysis failed: ${current.error ?? "unknown error"}. Your call is kept.`
              : "This call was not ended from this page. Analyse it now to get your transcript and feedback."}
          </AlertDescription>
        </Alert>
        <Button type="button" onClick={analyse} disabled={busy} className="justify-self-start">
          {current.status === "failed" ? "Retry analysis" : "Analyse this call"}
        </Button>
        {message ? (
          <p role="alert" className="text-sm text-destructive">
            {message}
          </p>
        ) : null}
      </div>
    );
  }
  return null;
}
