"use client";

import { levelDb } from "./turnTaking";

/**
 * The open microphone's level, frame by frame (dBFS every `frameMs`): an
 * AudioWorklet on the audio thread (public/worklets/level-meter.js), or an
 * AnalyserNode polled on the main thread where worklets are unavailable.
 */
export type LevelSource = {
  readonly kind: "worklet" | "analyser";
  /** Calls `onFrame(db, msSinceSubscribed)` for each frame until the returned function runs. */
  subscribe(onFrame: (db: number, atMs: number) => void): () => void;
};

export async function openLevelSource(context: AudioContext, stream: MediaStream, frameMs = 50): Promise<LevelSource> {
  const source = context.createMediaStreamSource(stream);
  const listeners = new Set<(db: number) => void>();
  const subscribeTo = (kind: LevelSource["kind"]): LevelSource => ({
    kind,
    subscribe(onFrame) {
      const started = performance.now();
      const listener = (db: number) => onFrame(db, performance.now() - started);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  if (context.audioWorklet) {
    try {
      await context.audioWorklet.addModule("/worklets/level-meter.js");
      const meter = new AudioWorkletNode(context, "level-meter", { processorOptions: { frameMs } });
      meter.port.onmessage = (event: MessageEvent<number>) => listeners.forEach((listener) => listener(event.data));
      // A silent path to the output keeps the node pulled by the audio graph.
      const mute = context.createGain();
      mute.gain.value = 0;
      source.connect(meter).connect(mute).connect(context.destination);
      return subscribeTo("worklet");
    } catch {
      // fall through to the analyser
    }
  }
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  window.setInterval(() => {
    if (listeners.size === 0) return;
    analyser.getFloatTimeDomainData(buffer);
    const db = levelDb(buffer);
    listeners.forEach((listener) => listener(db));
  }, frameMs);
  return subscribeTo("analyser");
}
