"use client";

import { useEffect, useRef, useState } from "react";
import { Mic, RotateCcw, Square, Upload, Volume2 } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { allowCloudRecognitionAction } from "@/features/users/speakingProfileActions";
import { meterLevel, microphoneError } from "../microphone";
import { useSpeechCaptions } from "../speechRecognition";
import { LiveCaptions } from "./LiveCaptions";

const MAX_SECONDS = 180;

type Phase =
  | { kind: "idle" }
  | { kind: "recording"; startedAt: number }
  | { kind: "recorded"; blob: Blob; url: string; seconds: number }
  | { kind: "uploading"; percent: number }
  | { kind: "error"; message: string };

/** Speaks the question with the browser's voices when it has any; the text is always on screen. */
function speak(text: string) {
  if (typeof window === "undefined" || !("speechSynthesis" in window) || window.speechSynthesis.getVoices().length === 0) return false;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  return true;
}

export type RecognitionSettings = { serverStt: boolean; language: string; cloudConsent: boolean };

export function AnswerRecorder({
  uploadUrl,
  transcriptUrl,
  question,
  recognition,
  onUploaded,
  speakOnMount = true,
}: {
  uploadUrl: string;
  transcriptUrl: string;
  question: string;
  recognition: RecognitionSettings;
  onUploaded: () => void;
  /** Read the question aloud when shown (not when re-recording an answer already on screen). */
  speakOnMount?: boolean;
}) {
  const captions = useSpeechCaptions(recognition);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [level, setLevel] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const cleanup = useRef<() => void>(() => {});

  useEffect(() => {
    if (speakOnMount) speak(question);
    return () => {
      cleanup.current();
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, [question, speakOnMount]);

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setPhase({ kind: "error", message: "Recording needs a secure page (HTTPS or localhost) and a browser with microphone support." });
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: false } });
    } catch (error) {
      setPhase({ kind: "error", message: microphoneError(error) });
      return;
    }
    const stopMeter = meterLevel(stream, setLevel);
    const startedAt = Date.now();
    const recordingStartedAt = performance.now();
    const timer = window.setInterval(() => {
      const seconds = Math.floor((Date.now() - startedAt) / 1000);
      setElapsed(seconds);
      if (seconds >= MAX_SECONDS) recorder.current?.stop();
    }, 250);
    const mimeType = MediaRecorder.isTypeSupported("audio/webm;codecs=opus") ? "audio/webm;codecs=opus" : "";
    const mediaRecorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    mediaRecorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    cleanup.current = () => {
      captions.stop();
      window.clearInterval(timer);
      stopMeter();
      stream.getTracks().forEach((t) => t.stop());
    };
    mediaRecorder.onstop = () => {
      cleanup.current();
      setLevel(0);
      const blob = new Blob(chunks, { type: mediaRecorder.mimeType || "audio/webm" });
      setPhase({ kind: "recorded", blob, url: URL.createObjectURL(blob), seconds: Math.round((Date.now() - startedAt) / 1000) });
    };
    recorder.current = mediaRecorder;
    mediaRecorder.start(1000);
    captions.start(recordingStartedAt);
    setElapsed(0);
    setPhase({ kind: "recording", startedAt });
  }

  /** Sends the browser's transcript of this take first (when there is one), so the upload can keep it. */
  async function sendTranscript(): Promise<boolean> {
    const segments = captions.takeSegments();
    if (segments.length === 0) return false;
    const response = await fetch(transcriptUrl, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ segments }),
    }).catch(() => null);
    return response?.ok === true;
  }

  async function upload(blob: Blob) {
    setPhase({ kind: "uploading", percent: 0 });
    const withTranscript = await sendTranscript();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", uploadUrl);
    xhr.setRequestHeader("content-type", blob.type || "application/octet-stream");
    if (withTranscript) xhr.setRequestHeader("x-darasa-transcript", "browser");
    xhr.upload.onprogress = (e) => e.lengthComputable && setPhase({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    xhr.onerror = () => setPhase({ kind: "error", message: "The upload failed. Check your connection; your recording is kept — try again." });
    xhr.onload = () => {
      if (xhr.status === 202) {
        setPhase({ kind: "idle" });
        onUploaded();
        return;
      }
      let message = "The recording could not be saved. Please try again.";
      try {
        message = JSON.parse(xhr.responseText).error?.message ?? message;
      } catch {
        // not JSON
      }
      setPhase({ kind: "error", message });
    };
    xhr.send(blob);
  }

  const minutes = `${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, "0")}`;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={() => speak(question)}>
          <Volume2 aria-hidden className="size-4" /> Read aloud
        </Button>
      </div>
      {phase.kind === "recording" ? (
        <div className="grid gap-3">
          <div className="flex items-center gap-3">
            <span className="size-3 animate-pulse rounded-full bg-destructive" aria-hidden />
            <span aria-live="off" className="font-mono tabular-nums">
              {minutes} / 3:00
            </span>
          </div>
          <meter min={0} max={1} value={level} aria-label="Microphone level" className="h-3 w-full" />
          <LiveCaptions mode={captions.mode} finalText={captions.finalText} interim={captions.interim} error={captions.error} />
          <div>
            <Button type="button" onClick={() => recorder.current?.stop()}>
              <Square aria-hidden className="size-4" /> Stop
            </Button>
          </div>
        </div>
      ) : phase.kind === "recorded" ? (
        <div className="grid gap-3">
          <audio controls src={phase.url} className="w-full" aria-label="Your recorded answer" />
          {captions.finalText ? (
            <p className="rounded-lg bg-muted p-3 text-sm" data-testid="take-transcript">
              {captions.finalText}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => upload(phase.blob)}>
              <Upload aria-hidden className="size-4" /> Submit answer
            </Button>
            <Button type="button" variant="outline" onClick={start}>
              <RotateCcw aria-hidden className="size-4" /> Re-record
            </Button>
          </div>
        </div>
      ) : phase.kind === "uploading" ? (
        <div className="grid gap-1" aria-live="polite">
          <progress value={phase.percent} max={100} className="h-2 w-full" aria-label="Upload progress" />
          <p className="text-sm text-muted-foreground">Uploading… {phase.percent}%</p>
        </div>
      ) : (
        <div className="grid gap-3">
          {phase.kind === "error" ? (
            <Alert variant="destructive">
              <AlertDescription>{phase.message}</AlertDescription>
            </Alert>
          ) : null}
          <div>
            <Button type="button" onClick={start}>
              <Mic aria-hidden className="size-4" /> Record answer
            </Button>
          </div>
          <p className="text-sm text-muted-foreground">Up to 3 minutes. Headphones help: they keep the question audio out of your recording.</p>
          <CaptionNotice
            mode={captions.mode}
            onAllow={async () => {
              const result = await allowCloudRecognitionAction();
              if (result.success) captions.allowCloud();
            }}
          />
        </div>
      )}
    </div>
  );
}

/** Says before recording how the answer will be transcribed, and asks once before the vendor's service may listen. */
export function CaptionNotice({ mode, onAllow }: { mode: ReturnType<typeof useSpeechCaptions>["mode"]; onAllow: () => void }) {
  if (mode === "checking") return null;
  if (mode === "ask") {
    return (
      <div className="grid gap-2 rounded-lg border border-border p-3 text-sm" role="group" aria-label="Live captions">
        <p>
          Live captions need your browser&apos;s online speech recognition: while you record, your browser sends the audio to its vendor (Google for Chrome and
          Edge) to turn it into text. With captions, your answer gets a transcript, words per minute, filler words and content feedback without typing. Without
          them you can type the transcript afterwards.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" size="sm" onClick={onAllow}>
            Allow live captions
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">Your choice is remembered; change it any time in Settings → Speaking profile.</p>
      </div>
    );
  }
  const text = {
    server: "Your answer is transcribed on the server after you submit it.",
    local: "Live captions are recognised on this device.",
    cloud: "Live captions use your browser's online recognition service (you agreed in Settings).",
    none: "This browser cannot transcribe speech: after the analysis, type what you said to get content feedback.",
  }[mode];
  return (
    <p className="text-xs text-muted-foreground" data-testid="caption-mode">
      {text}
    </p>
  );
}
