"use client";

import { useEffect, useRef } from "react";

type Props = {
  points: number[];
  durationMs: number;
  moments: { startMs: number; endMs: number; kind: string }[];
  progressMs: number;
  onSeek: (ms: number) => void;
};

/** Draws the stored waveform (not an image); clicking seeks the recording. */
export function Waveform({ points, durationMs, moments, progressMs, onSeek }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = element.clientWidth * ratio;
    const height = element.clientHeight * ratio;
    element.width = width;
    element.height = height;
    const style = getComputedStyle(element);
    const primary = style.getPropertyValue("--color-primary").trim() || "#0f766e";
    const muted = style.getPropertyValue("--color-muted-foreground").trim() || "#94a3b8";
    context.clearRect(0, 0, width, height);
    for (const moment of moments) {
      context.fillStyle = moment.kind === "long-pause" ? "rgba(234,179,8,0.25)" : "rgba(239,68,68,0.25)";
      const x = (moment.startMs / durationMs) * width;
      context.fillRect(x, 0, Math.max(2, ((moment.endMs - moment.startMs) / durationMs) * width), height);
    }
    const barWidth = width / points.length;
    const played = (progressMs / durationMs) * width;
    points.forEach((value, i) => {
      const x = i * barWidth;
      const h = Math.max(1, value * height * 0.9);
      context.fillStyle = x <= played ? primary : muted;
      context.fillRect(x, (height - h) / 2, Math.max(1, barWidth - 0.5), h);
    });
  }, [points, durationMs, moments, progressMs]);

  return (
    <canvas
      ref={canvas}
      className="h-20 w-full cursor-pointer rounded-md bg-muted/50"
      role="img"
      aria-label="Waveform of your answer; highlighted areas are long pauses and fillers. Click to play from a point."
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        onSeek(((e.clientX - rect.left) / rect.width) * durationMs);
      }}
    />
  );
}
