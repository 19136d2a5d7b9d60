"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Mic, Square } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { availableVoices, playServerVoice, speakAsInterviewer, speakInSentences, type VoiceSettings } from "../interviewerVoice";
import { microphoneError } from "../microphone";
import { useSpeechCaptions } from "../speechRecognition";
import { openLevelSource, type LevelSource } from "../levelMeter";
import { createTurnDetector, DEFAULT_TURN_CONFIG } from "../turnTaking";
import { readTurnEvents, type TurnEvent } from "../turnStream";
import { useAnalysisPolling } from "../useAnalysisPolling";
import { allowCloudRecognitionAction } from "@/features/users/speakingProfileActions";
import { CaptionNotice, type RecognitionSettings } from "./AnswerRecorder";
import { LiveCaptions } from "./LiveCaptions";

export type ConversationTurn = {
  id: string;
  text: string;
  followUp: boolean;
  status: "awaiting" | "processing" | "ready" | "failed";
  /** Who wrote a follow-up, as the server says (shown beside it). */
  producer?: { kind: "llm" | "insights"; label: string } | null;
};

type Speech = { done: Promise<void>; stop: () => void };

type Phase =
  | { kind: "ready" }
  | { kind: "asking"; turn: ConversationTurn }
  | { kind: "listening"; turn: ConversationTurn; speaking: boolean }
  | { kind: "sending"; turn: ConversationTurn }
  | { kind: "finished" }
  | { kind: "error"; message: string; turn: ConversationTurn | null };

const FRAME_MS = 50;
const THINKING_OPTIONS = [0, 2000, 4000, 8000];

/**
 * A spoken interview: the interviewer's words are shown (and spoken when the
 * browser has voices), the microphone stays open, the turn ends after a
 * silence (or "Done" / Space), the answer is uploaded and analysed like a
 * recorded one, and the server says what comes next (a follow-up or the next
 * question). Speaking over the interviewer stops it.
 */
export function ConversationRunner({
  interviewId,
  lines,
  turns,
  recognition,
  serverVoice,
}: {
  interviewId: string;
  /** What the interviewer says around the questions (written on the server). */
  lines: { greeting: string; welcomeBack: string; closing: string };
  turns: ConversationTurn[];
  recognition: RecognitionSettings;
  /** Server text-to-speech is configured: the interviewer's voice comes from it. */
  serverVoice: boolean;
}) {
  const router = useRouter();
  const captions = useSpeechCaptions({ ...recognition, serverStt: false }); // follow-ups need the words at once
  const [phase, setPhase] = useState<Phase>({ kind: "ready" });
  const [voice, setVoice] = useState<VoiceSettings>({ voiceURI: null, rate: 1 });
  const [extraThinkingMs, setExtraThinkingMs] = useState(0);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [uploaded, setUploaded] = useState<ReadonlySet<string>>(() => new Set());
  const session = useRef<{ stream: MediaStream; context: AudioContext; levels: LevelSource } | null>(null);
  const turnControl = useRef<{ finish: () => void } | null>(null);
  const ended = useRef(false);
  // End of the candidate's turn → the interviewer's next words on screen (shown as a data attribute; the e2e run reports it).
  const turnEndedAt = useRef<number | null>(null);
  const [turnLatencyMs, setTurnLatencyMs] = useState<number | null>(null);
  /** Microphone level 0–1 while listening (−60 dBFS → 0, 0 dBFS → 1), so the candidate sees they are heard. */
  const [level, setLevel] = useState(0);
  const [levelSource, setLevelSource] = useState<LevelSource["kind"] | null>(null);
  const answeredBefore = turns.some((t) => t.status !== "awaiting");
  // The turn loop runs across renders (callbacks of recorders and timers): it reads the latest settings through refs.
  const live = useRef({ voice, extraThinkingMs, captions });
  live.current = { voice, extraThinkingMs, captions };

  useAnalysisPolling(
    interviewId,
    turns.filter((t) => t.status === "processing" || (t.status === "awaiting" && uploaded.has(t.id))).map((t) => t.id),
  );

  useEffect(() => {
    const load = () => setVoices(availableVoices());
    load();
    window.speechSynthesis?.addEventListener?.("voiceschanged", load);
    return () => {
      window.speechSynthesis?.removeEventListener?.("voiceschanged", load);
      window.speechSynthesis?.cancel();
      session.current?.stream.getTracks().forEach((t) => t.stop());
      void session.current?.context.close();
    };
  }, []);

  /** Level frames of the open microphone, every FRAME_MS, until the returned stop runs. */
  const watchLevels = (onFrame: (db: number, atMs: number) => void) => session.current!.levels.subscribe(onFrame);

  /** The end of the candidate's turn → the interviewer's first words on screen. */
  function markTurnLatency() {
    if (turnEndedAt.current !== null) setTurnLatencyMs(Math.round(performance.now() - turnEndedAt.current));
    turnEndedAt.current = null;
  }

  /** Shows and speaks a turn; `speaking` is a follow-up already being spoken sentence by sentence as it streamed. */
  async function ask(turn: ConversationTurn, preface = "", speaking?: Speech) {
    if (ended.current) return;
    markTurnLatency();
    setPhase({ kind: "asking", turn });
    const speech =
      speaking ??
      (serverVoice
        ? playServerVoice(`/api/interviews/${interviewId}/answers/${turn.id}/speech${preface === lines.greeting ? "?greeting=1" : ""}`)
        : speakAsInterviewer(`${preface}${turn.text}`, live.current.voice));
    // Barge-in: the candidate starting to speak stops the interviewer.
    const detector = createTurnDetector({ ...DEFAULT_TURN_CONFIG, minSpeechMs: 400 });
    const stopWatching = watchLevels((db, at) => detector.push(db, at) === "speaking" && speech.stop());
    await speech.done;
    stopWatching();
    if (!ended.current) listen(turn);
  }

  async function send(turn: ConversationTurn, blob: Blob) {
    setPhase({ kind: "sending", turn });
    const segments = live.current.captions.takeSegments();
    let withTranscript = false;
    if (segments.length > 0) {
      const response = await fetch(`/api/interviews/${interviewId}/answers/${turn.id}/transcript`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ segments }),
      }).catch(() => null);
      withTranscript = response?.ok === true;
    }
    const upload = await fetch(`/api/interviews/${interviewId}/answers/${turn.id}/audio`, {
      method: "POST",
      headers: { "content-type": blob.type || "audio/webm", ...(withTranscript ? { "x-darasa-transcript": "browser" } : {}) },
      body: blob,
    }).catch(() => null);
    if (upload?.status !== 202) {
      const message = ((await upload?.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message;
      setPhase({ kind: "error", message: message ?? "Your answer could not be saved. Check your connection and try again.", turn });
      return;
    }
    setUploaded((set) => new Set(set).add(turn.id));
    const response = await fetch(`/api/interviews/${interviewId}/answers/${turn.id}/next`, { method: "POST" }).catch(() => null);
    if (!response?.ok || !response.body) {
      const refusal = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      router.refresh();
      setPhase({ kind: "error", message: refusal?.error?.message ?? "The interviewer could not continue. Try again.", turn: null });
      return;
    }
    // A follow-up arrives sentence by sentence: shown and spoken from the first one.
    let streamed: ReturnType<typeof speakInSentences> | null = null;
    let shown = "";
    let last: TurnEvent | null = null;
    try {
      for await (const event of readTurnEvents(response.body)) {
        last = event;
        if (event.type !== "say" || ended.current) continue;
        if (!streamed) {
          markTurnLatency();
          streamed = serverVoice ? null : speakInSentences(live.current.voice);
        }
        streamed?.say(event.text);
        shown = shown ? `${shown} ${event.text}` : event.text;
        setPhase({ kind: "asking", turn: { id: "", text: shown, followUp: true, status: "awaiting" } });
      }
    } catch {
      last = null;
    }
    streamed?.close();
    router.refresh();
    if (last?.type !== "next") {
      streamed?.stop();
      setPhase({ kind: "error", message: last?.type === "error" ? last.message : "The interviewer could not continue. Try again.", turn: null });
      return;
    }
    if (!last.next) {
      setPhase({ kind: "finished" });
      if (!serverVoice) speakAsInterviewer(lines.closing, live.current.voice);
      return;
    }
    const next = last.next;
    const turnToAsk: ConversationTurn = { id: next.answerId, text: next.text, followUp: next.followUp, status: "awaiting", producer: next.producer };
    if (next.followUp && streamed) void ask(turnToAsk, "", streamed);
    else {
      streamed?.stop();
      void ask(turnToAsk);
    }
  }

  function listen(turn: ConversationTurn) {
    const { stream } = session.current!;
    const mimeType = MediaRecorder.isTypeSupported("audio/webm;codecs=opus") ? "audio/webm;codecs=opus" : "";
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    const detector = createTurnDetector({ ...DEFAULT_TURN_CONFIG, extraThinkingMs: live.current.extraThinkingMs });
    let stopWatching = () => {};
    const finish = () => {
      if (recorder.state === "inactive") return;
      turnEndedAt.current = performance.now();
      stopWatching();
      live.current.captions.stop();
      turnControl.current = null;
      recorder.stop();
    };
    recorder.onstop = () => {
      if (!ended.current) void send(turn, new Blob(chunks, { type: recorder.mimeType || "audio/webm" }));
    };
    recorder.start(1000);
    live.current.captions.start(performance.now());
    setPhase({ kind: "listening", turn, speaking: false });
    stopWatching = watchLevels((db, at) => {
      setLevel(Math.min(1, Math.max(0, (db + 60) / 60)));
      const state = detector.push(db, at);
      if (state === "speaking") setPhase((p) => (p.kind === "listening" && !p.speaking ? { ...p, speaking: true } : p));
      if (state === "ended") finish();
    });
    turnControl.current = { finish };
  }

  async function start() {
    const first = turns.find((t) => t.status === "awaiting");
    if (!first) return setPhase({ kind: "finished" });
    if (!navigator.mediaDevices?.getUserMedia) {
      return setPhase({ kind: "error", message: "Speaking needs a secure page (HTTPS or localhost) and a browser with microphone support.", turn: null });
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: false } });
      const context = new AudioContext();
      session.current = { stream, context, levels: await openLevelSource(context, stream, FRAME_MS) };
      setLevelSource(session.current.levels.kind);
    } catch (error) {
      return setPhase({ kind: "error", message: microphoneError(error), turn: null });
    }
    void ask(first, answeredBefore ? lines.welcomeBack : lines.greeting);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code === "Space" && turnControl.current && !(e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement)) {
        e.preventDefault();
        turnControl.current.finish();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  async function end() {
    ended.current = true;
    turnControl.current?.finish();
    turnControl.current = null;
    window.speechSynthesis?.cancel();
    session.current?.stream.getTracks().forEach((t) => t.stop());
    await fetch(`/api/interviews/${interviewId}/end`, { method: "POST" }).catch(() => null);
    setPhase({ kind: "finished" });
    router.refresh();
  }

  const current = phase.kind === "asking" || phase.kind === "listening" || phase.kind === "sending" ? phase.turn : null;
  if (!turns.some((t) => t.status === "awaiting") && phase.kind === "ready") return null;
  return (
    <Card data-turn-latency-ms={turnLatencyMs ?? undefined} data-level-source={levelSource ?? undefined}>
      <CardHeader>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle as="h2">Conversation with Amara</CardTitle>
          {phase.kind === "listening" ? <Badge variant="secondary">{phase.speaking ? "Listening…" : "Your turn"}</Badge> : null}
          {phase.kind === "asking" ? <Badge variant="secondary">Interviewer speaking</Badge> : null}
          {phase.kind === "sending" ? <Badge variant="secondary">Thinking…</Badge> : null}
        </div>
      </CardHeader>
      <CardContent className="grid gap-4">
        {current ? (
          <p className="text-lg" data-testid="interviewer-turn" aria-live="polite">
            {current.followUp ? <span className="mr-2 text-sm text-muted-foreground">Follow-up:</span> : null}
            {current.text}
          </p>
        ) : null}
        {current?.producer ? (
          <p className="-mt-2 text-xs text-muted-foreground" data-testid="follow-up-producer">
            {current.producer.kind === "llm"
              ? `Follow-up written by ${current.producer.label}.`
              : `Follow-up chosen by the ${current.producer.label}: a key point your answer missed.`}
          </p>
        ) : null}
        {phase.kind === "listening" ? (
          <>
            <meter min={0} max={1} value={level} aria-label="Microphone level" className="h-3 w-full" />
            <LiveCaptions mode={captions.mode} finalText={captions.finalText} interim={captions.interim} error={captions.error} />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="button" onClick={() => turnControl.current?.finish()}>
                <Square aria-hidden className="size-4" /> Done
              </Button>
              <span className="text-sm text-muted-foreground">
                or press Space. A pause of {(DEFAULT_TURN_CONFIG.minSilenceMs + extraThinkingMs) / 1000} s also ends your turn.
              </span>
            </div>
          </>
        ) : null}
        {phase.kind === "ready" ? (
          <div className="grid gap-3">
            <p className="text-sm text-muted-foreground">
              Amara asks one question at a time and may follow up once. Answer out loud; a pause ends your turn. Headphones keep her voice out of your
              recording. Her words are always shown on screen.
            </p>
            <div className="flex flex-wrap items-end gap-3 text-sm">
              {voices.length > 0 && !serverVoice ? (
                <label className="grid gap-1">
                  Voice
                  <Select value={voice.voiceURI ?? ""} onChange={(e) => setVoice((v) => ({ ...v, voiceURI: e.target.value || null }))}>
                    {voices.map((v) => (
                      <option key={v.voiceURI} value={v.voiceURI}>
                        {v.name}
                      </option>
                    ))}
                  </Select>
                </label>
              ) : null}
              {voices.length > 0 && !serverVoice ? (
                <label className="grid gap-1">
                  Speed
                  <Select value={String(voice.rate)} onChange={(e) => setVoice((v) => ({ ...v, rate: Number(e.target.value) }))}>
                    {[0.8, 0.9, 1, 1.1, 1.25].map((r) => (
                      <option key={r} value={r}>
                        {r}×
                      </option>
                    ))}
                  </Select>
                </label>
              ) : null}
              <label className="grid gap-1">
                Extra thinking time
                <Select value={String(extraThinkingMs)} onChange={(e) => setExtraThinkingMs(Number(e.target.value))}>
                  {THINKING_OPTIONS.map((ms) => (
                    <option key={ms} value={ms}>
                      {ms === 0 ? "None" : `+${ms / 1000} s`}
                    </option>
                  ))}
                </Select>
              </label>
            </div>
            <CaptionNotice
              mode={captions.mode}
              onAllow={async () => {
                const result = await allowCloudRecognitionAction();
                if (result.success) captions.allowCloud();
              }}
            />
            {voices.length === 0 && !serverVoice ? (
              <p className="text-xs text-muted-foreground">This browser has no voices: the interviewer&apos;s words are shown as text.</p>
            ) : null}
            <div>
              <Button type="button" size="lg" onClick={start}>
                <Mic aria-hidden className="size-4" /> {answeredBefore ? "Resume the interview" : "Start the interview"}
              </Button>
            </div>
          </div>
        ) : null}
        {phase.kind === "error" ? (
          <div className="grid gap-2">
            <Alert variant="destructive">
              <AlertDescription>{phase.message}</AlertDescription>
            </Alert>
            {phase.turn ? (
              <div>
                <Button type="button" variant="outline" onClick={() => phase.turn && session.current && listen(phase.turn)}>
                  Answer again
                </Button>
              </div>
            ) : null}
          </div>
        ) : null}
        {phase.kind === "finished" ? (
          <p role="status" data-testid="conversation-finished">
            That&apos;s the end of the interview. Your feedback appears below as each answer is analysed.
          </p>
        ) : null}
        {phase.kind !== "ready" && phase.kind !== "finished" ? (
          <div>
            <Button type="button" variant="ghost" size="sm" onClick={end}>
              End the interview
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
