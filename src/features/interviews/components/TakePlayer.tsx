"use client";

import { useRef, useState } from "react";
import type { Moment } from "@/speech/types";
import { Waveform } from "./Waveform";

/** One take's waveform and recording; clicking the waveform seeks. */
export function TakePlayer({
  label,
  audioUrl,
  waveform,
  durationMs,
  moments,
}: {
  label: string;
  audioUrl: string;
  waveform: number[];
  durationMs: number;
  moments: Moment[];
}) {
  const audio = useRef<HTMLAudioElement>(null);
  const [progress, setProgress] = useState(0);
  return (
    <div className="grid gap-2">
      <Waveform
        points={waveform}
        durationMs={durationMs}
        moments={moments}
        progressMs={progress}
        onSeek={(ms) => {
          if (!audio.current) return;
          audio.current.currentTime = ms / 1000;
          void audio.current.play().catch(() => {});
        }}
      />
      <audio
        ref={audio}
        controls
        preload="metadata"
        src={audioUrl}
        onTimeUpdate={(e) => setProgress(e.currentTarget.currentTime * 1000)}
        className="w-full"
        aria-label={`Recording of ${label}`}
      />
    </div>
  );
}
