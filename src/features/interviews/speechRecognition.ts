"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Live captions from the browser's own speech recognition (Web Speech API)
 * while an answer is recorded. On-device when the browser says the language
 * is available locally; otherwise only with the user's agreement that the
 * browser vendor's service hears the audio. Final results are kept with
 * their times from the recording start (first heard → final), so feedback
 * can point into the recording.
 */

type RecognitionAlternative = { transcript: string };
type RecognitionResult = { isFinal: boolean; length: number; [index: number]: RecognitionAlternative };
type RecognitionEvent = { resultIndex: number; results: { length: number; [index: number]: RecognitionResult } };
type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
};
type RecognitionConstructor = {
  new (): Recognition;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<"available" | "downloadable" | "downloading" | "unavailable">;
};

export type CaptionMode =
  | "server" // server speech-to-text replaces browser recognition
  | "checking"
  | "local" // on-device
  | "cloud" // the vendor's service, agreed to
  | "ask" // needs the user's agreement first
  | "none"; // no recogniser in this browser

export type CaptionSegment = { text: string; startMs: number; endMs: number };

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

async function detectMode(language: string, serverStt: boolean, cloudConsent: boolean): Promise<CaptionMode> {
  if (serverStt) return "server";
  const Ctor = recognitionConstructor();
  if (!Ctor) return "none";
  if (Ctor.available) {
    const local = await Ctor.available({ langs: [language], processLocally: true }).catch(() => "unavailable" as const);
    if (local === "available") return "local";
  }
  return cloudConsent ? "cloud" : "ask";
}

export function useSpeechCaptions({ language, serverStt, cloudConsent }: { language: string; serverStt: boolean; cloudConsent: boolean }) {
  const [mode, setMode] = useState<CaptionMode>(serverStt ? "server" : "checking");
  const [interim, setInterim] = useState("");
  const [finalText, setFinalText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const segments = useRef<CaptionSegment[]>([]);
  const active = useRef<{ recognition: Recognition; running: boolean } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void detectMode(language, serverStt, cloudConsent).then((m) => !cancelled && setMode(m));
    return () => {
      cancelled = true;
    };
  }, [language, serverStt, cloudConsent]);

  const stop = useCallback(() => {
    const current = active.current;
    if (!current) return;
    current.running = false;
    current.recognition.stop();
  }, []);

  useEffect(() => () => active.current?.recognition.abort(), []);

  /** Starts recognising; times are measured from `recordingStartedAt` (performance.now()). */
  const start = useCallback(
    (recordingStartedAt: number) => {
      const Ctor = recognitionConstructor();
      if (!Ctor || (mode !== "local" && mode !== "cloud")) return;
      segments.current = [];
      setInterim("");
      setFinalText("");
      setError(null);
      const now = () => Math.max(0, Math.round(performance.now() - recordingStartedAt));
      let session = 0;
      const firstHeard = new Map<string, number>();
      const run = () => {
        const recognition = new Ctor();
        recognition.lang = language;
        recognition.continuous = true;
        recognition.interimResults = true;
        if (mode === "local") recognition.processLocally = true;
        const thisSession = session++;
        const state = active.current?.running ? active.current : { recognition, running: true };
        state.recognition = recognition;
        active.current = state;
        recognition.onresult = (event) => {
          let pending = "";
          for (let i = event.resultIndex; i < event.results.length; i++) {
            const result = event.results[i]!;
            const key = `${thisSession}:${i}`;
            if (!firstHeard.has(key)) firstHeard.set(key, now());
            const text = result[0]?.transcript.trim() ?? "";
            if (result.isFinal) {
              if (text) {
                segments.current.push({ text, startMs: firstHeard.get(key)!, endMs: Math.max(firstHeard.get(key)!, now()) });
                setFinalText((prev) => `${prev} ${text}`.trim());
              }
            } else pending += `${text} `;
          }
          setInterim(pending.trim());
        };
        recognition.onerror = (event) => {
          if (event.error === "no-speech" || event.error === "aborted") return;
          state.running = false;
          setError(
            event.error === "not-allowed" || event.error === "service-not-allowed"
              ? "The browser refused speech recognition; you can type the transcript after the analysis."
              : "Live captions stopped; your recording continues and you can type the transcript afterwards.",
          );
        };
        // Browsers end recognition after a silence or about a minute: carry on while recording.
        recognition.onend = () => {
          if (state.running) run();
        };
        try {
          recognition.start();
        } catch {
          state.running = false;
        }
      };
      active.current = null;
      run();
    },
    [language, mode],
  );

  return {
    mode,
    /** The user agreed to the vendor's service (saved in settings by the caller). */
    allowCloud: () => setMode("cloud"),
    start,
    stop,
    interim,
    finalText,
    error,
    /** Final results of the last recording, in order. */
    takeSegments: () => [...segments.current].sort((a, b) => a.startMs - b.startMs),
  };
}
