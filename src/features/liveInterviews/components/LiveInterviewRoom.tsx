"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { Headphones, Mic, MicOff, PhoneOff, ShieldCheck } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { meterLevel, microphoneError } from "@/features/interviews/microphone";
import { formatClock } from "@/lib/format";
import { condenseMessages } from "@/services/hume/transcript";
import { LiveVoiceProvider, useLiveVoice } from "@/services/hume/voice";
import type { LiveSession } from "../service";

type Envelope<T> = { success: true; data: T } | { success: false; error: { code: string; message: string } };

async function postJson<T>(url: string, body?: unknown): Promise<Envelope<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Envelope<T>;
  } catch {
    return { success: false, error: { code: "NETWORK", message: "The server could not be reached. Check your connection and try again." } };
  }
}

/** Pre-flight, then the live call with Hume's interviewer. */
export function LiveInterviewRoom(props: { jobInfoId: string; jobName: string }) {
  return (
    <LiveVoiceProvider>
      <Room {...props} />
    </LiveVoiceProvider>
  );
}

const noSubscription = () => () => {};
const ATTACH_ATTEMPTS = 4;

type Phase =
  | { kind: "preflight" }
  | { kind: "starting" }
  | { kind: "live"; session: LiveSession }
  | { kind: "ending"; interviewId: string }
  | { kind: "error"; message: string; interviewId?: string };

function Room({ jobInfoId, jobName }: { jobInfoId: string; jobName: string }) {
  const router = useRouter();
  const voice = useLiveVoice();
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
  const [attach, setAttach] = useState<"pending" | "verified" | "refused">("pending");
  const stopCheck = useRef<() => void>(() => {});
  const attachedChat = useRef<string | null>(null);
  const ended = useRef(false);

  useEffect(() => () => stopCheck.current(), []);

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
    const session = started.data;
    setPhase({ kind: "live", session });
    try {
      await voice.connect(session);
    } catch (error) {
      setPhase({ kind: "error", message: `The call could not start: ${(error as Error).message}`, interviewId: session.interviewId });
    }
  }

  // Attach the chat id as soon as Hume announces it; the server verifies it with Hume.
  const chatId = voice.chatId;
  const interviewId = phase.kind === "live" ? phase.session.interviewId : null;
  useEffect(() => {
    if (!chatId || !interviewId || attachedChat.current === chatId) return;
    attachedChat.current = chatId;
    void (async () => {
      // The provider may be briefly unreachable: the call goes on while we try again.
      for (let attempt = 1; ; attempt++) {
        const result = await postJson(`/api/live-interviews/${interviewId}/chat`, { chatId });
        if (result.success) return setAttach("verified");
        const transient = result.error.code === "VOICE_UNAVAILABLE" || result.error.code === "NETWORK";
        if (!transient || attempt >= ATTACH_ATTEMPTS) {
          setAttach("refused");
          void voice.disconnect();
          return setPhase({ kind: "error", message: result.error.message, interviewId });
        }
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    })();
  }, [chatId, interviewId, voice]);

  async function end() {
    if (!interviewId || ended.current) return;
    ended.current = true;
    setPhase({ kind: "ending", interviewId });
    await voice.disconnect();
    const result = await postJson(`/api/live-interviews/${interviewId}/analysis`);
    if (!result.success && result.error.code !== "NO_CALL") {
      setPhase({ kind: "error", message: result.error.message, interviewId });
      return;
    }
    router.push(result.success ? `/app/job-infos/${jobInfoId}/interviews/live/${interviewId}` : `/app/job-infos/${jobInfoId}/interviews`);
  }

  // Hume (or the network) closed the call: analyse what was recorded.
  const status = voice.status;
  useEffect(() => {
    if (phase.kind === "live" && status === "disconnected" && attach === "verified" && !ended.current) void end();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, attach, phase.kind]);

  const turns = useMemo(() => condenseMessages(voice.messages), [voice.messages]);
  const voiceError = voice.error;

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

  const connected = status === "connected";
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-border bg-card p-4">
        <p className="text-sm" aria-live="polite">
          {phase.kind === "ending"
            ? "Ending the call and saving it…"
            : connected
              ? attach === "verified"
                ? "Connected: the interview is being recorded."
                : "Connected: checking the call with the voice provider…"
              : voiceError
                ? `The call failed: ${voiceError}`
                : "Connecting to the interviewer…"}
        </p>
        <span className="font-mono text-sm tabular-nums" aria-label="Call time">
          {voice.callDuration ?? "00:00:00"}
        </span>
      </div>
      <section aria-labelledby="live-transcript" className="grid gap-2">
        <h2 id="live-transcript" className="text-lg font-semibold">
          Transcript
        </h2>
        <ol
          aria-live="polite"
          aria-relevant="additions text"
          className="grid max-h-[50vh] gap-3 overflow-y-auto rounded-xl border border-border p-4"
          data-testid="live-transcript"
        >
          {turns.length === 0 ? <li className="text-sm text-muted-foreground">The conversation will appear here as you talk.</li> : null}
          {turns.map((t, i) => (
            <li key={i} className={t.speaker === "candidate" ? "justify-self-end rounded-lg bg-primary/10 p-3" : "rounded-lg bg-muted p-3"}>
              <p className="text-xs font-medium text-muted-foreground">
                {t.speaker === "candidate" ? "You" : "Interviewer"}
                {t.speaker === "candidate" && t.firstAtMs > 0 ? ` · ${formatClock(t.firstAtMs)}` : ""}
              </p>
              <p>{t.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          onClick={() => (voice.isMuted ? voice.unmute() : voice.mute())}
          disabled={!connected}
          aria-pressed={voice.isMuted}
        >
          {voice.isMuted ? <MicOff aria-hidden /> : <Mic aria-hidden />} {voice.isMuted ? "Unmute" : "Mute"}
        </Button>
        <Button type="button" variant="destructive" onClick={end} disabled={phase.kind === "ending"}>
          <PhoneOff aria-hidden /> End interview
        </Button>
      </div>
    </div>
  );
}
