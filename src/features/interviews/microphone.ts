/** Browser microphone helpers shared by recorded and live interviews (client-only). */

export function microphoneError(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === "NotAllowedError" || name === "SecurityError") {
    return "Microphone access was blocked. Allow the microphone for this site in your browser's address bar, then try again.";
  }
  if (name === "NotFoundError") return "No microphone was found. Connect one (a headset works best) and try again.";
  if (name === "NotReadableError") return "Your microphone is in use by another app. Close it and try again.";
  return "The microphone could not be started. Check your browser's permissions and try again.";
}

/** Calls `onLevel` (0–1, RMS ×4) every 100 ms until the returned stop function runs. */
export function meterLevel(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const audioContext = new AudioContext();
  const analyser = audioContext.createAnalyser();
  analyser.fftSize = 1024;
  audioContext.createMediaStreamSource(stream).connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  const timer = window.setInterval(() => {
    analyser.getFloatTimeDomainData(buffer);
    let sum = 0;
    for (const v of buffer) sum += v * v;
    onLevel(Math.min(1, Math.sqrt(sum / buffer.length) * 4));
  }, 100);
  return () => {
    window.clearInterval(timer);
    void audioContext.close();
  };
}
