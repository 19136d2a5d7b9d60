"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { Headphones, Mic, ShieldCheck } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { meterLevel, microphoneError } from "@/features/interviews/microphone";
import { postJson } from "../liveApi";
import type { LiveSession } from "../service";

const loadCall = () => import("./LiveCall");

/** What the call shows until Hume's SDK has loaded (the call's own first state). */
function Connecting() {
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-border bg-card p-4">
        <p className="text-sm" aria-live="polite">
          Connecting to the interviewer…
        </p>
        <span className="font-mono text-sm tabular-nums" aria-label="Call time">
          00:00:00
        </span>
      </div>
    </div>
  );
}

/** The call itself, with Hume's voice SDK: loaded when the interview starts, not with the page. */
const LiveCall = dynamic(loadCall, { ssr: false, loading: Connecting });

const noSubscription = () => () => {};

type Phase = { kind: "preflight" } | { kind: "starting" } | { kind: "live"; session: LiveSession } | { kind: "error"; message: string; interviewId?: string };

/** Pre-flight, then the live call with Hume's interviewer (LiveCall.tsx). */
export function LiveInterviewRoom({ jobInfoId, jobName }: { jobInfoId: string; jobName: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "preflight" });
  const [micReady, setMicReady] = useState(false);
  const [micMessage, setMicMessage] = useState<string | null>(null);
  const [level, setLevel] = useState(0);
  // Browsers share the microphone only with secure pages (HTTPS or localhost).
  const secure = useSyncExternalStore(
    noSubscription,
    () => window.isSecureContext && !!navigator.mediaDevices?.getUserMedia,
    () => true,
  );
  const stopCheck = useRef<() => void>(() => {});

  useEffect(() => () => stopCheck.current(), []);
  // The microphone works: fetch the call's code while the user gets ready.
  useEffect(() => {
    if (micReady) void loadCall().catch(() => {});
  }, [micReady]);

  async function checkMicrophone() {
    setMicMessage(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const stopMeter = meterLevel(stream, setLevel);
      stopCheck.current = () => {
        stopMeter();
        stream.getTracks().forEach((t) => t.stop());
      };
      setMicReady(true);
    } catch (error) {
      setMicMessage(microphoneError(error));
    }
  }

  async function start() {
    stopCheck.current();
    setLevel(0);
    setPhase({ kind: "starting" });
    const started = await postJson<LiveSession>(`/api/job-infos/${jobInfoId}/live-interviews`);
    if (!started.success) {
      setPhase({ kind: "error", message: started.error.message });
      return;
    }
    setPhase({ kind: "live", session: started.data });
  }

  const failed = useCallback((message: string, interviewId: string) => setPhase({ kind: "error", message, interviewId }), []);

  if (phase.kind === "preflight" || phase.kind === "starting") {
    return (
      <div className="grid gap-6">
        <section aria-labelledby="preflight" className="grid gap-4 rounded-xl border border-border bg-card p-5">
          <h2 id="preflight" className="text-lg font-semibold">
            Before you start
          </h2>
          <ul className="grid gap-3 text-sm">
            <li className="flex gap-3">
              <Headphones aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>Use headphones, so the interviewer does not hear itself through your speakers and interrupt you.</span>
            </li>
            <li className="flex gap-3">
              <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>
                Browsers only share the microphone with secure pages (HTTPS, or this computer&apos;s own address).
                {secure ? " This page qualifies." : " This page is not secure, so the call cannot use your microphone: open Darasa over HTTPS."}
              </span>
            </li>
            <li className="flex gap-3">
              <Mic aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>Find a quiet room. The interviewer for {jobName} asks one question at a time; take a moment to think before you answer.</span>
            </li>
          </ul>
          <div className="grid gap-2">
            <Button type="button" variant="outline" onClick={checkMicrophone} disabled={!secure}>
              <Mic aria-hidden /> {micReady ? "Microphone on — speak to test" : "Check microphone"}
            </Button>
            <meter min={0} max={1} value={level} aria-label="Microphone level" className="h-3 w-full" />
            {micMessage ? (
              <Alert variant="destructive">
                <AlertDescription>{micMessage}</AlertDescription>
              </Alert>
            ) : null}
          </div>
        </section>
        <div className="grid gap-2">
          <Button type="button" size="lg" onClick={start} disabled={!micReady || phase.kind === "starting"}>
            {phase.kind === "starting" ? "Starting…" : "Start the interview"}
          </Button>
          {!micReady ? (
            <p className="text-center text-sm text-muted-foreground">Check your microphone first; the interview starts when you are ready.</p>
          ) : null}
        </div>
      </div>
    );
  }

  if (phase.kind === "error") {
    return (
      <div className="grid gap-4">
        <Alert variant="destructive" role="alert">
          <AlertDescription>{phase.message}</AlertDescription>
        </Alert>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={() => window.location.reload()}>
            Try again
          </Button>
          <Button type="button" variant="outline" onClick={() => router.push(`/app/job-infos/${jobInfoId}/interviews`)}>
            Back to interviews
          </Button>
        </div>
      </div>
    );
  }

  return <LiveCall jobInfoId={jobInfoId} session={phase.session} onError={failed} />;
}
