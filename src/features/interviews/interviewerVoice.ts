"use client";

/**
 * The interviewer's voice: the browser's speech synthesis when it has voices
 * (none in headless browsers — the text on screen carries the interview
 * then). Resolves when the interviewer has finished or was interrupted.
 */
export type VoiceSettings = { voiceURI: string | null; rate: number };

export function availableVoices(): SpeechSynthesisVoice[] {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return [];
  return window.speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith("en"));
}

export function speakAsInterviewer(text: string, settings: VoiceSettings): { done: Promise<void>; stop: () => void } {
  const voices = availableVoices();
  if (voices.length === 0) return { done: Promise.resolve(), stop: () => {} };
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = settings.rate;
  utterance.voice = voices.find((v) => v.voiceURI === settings.voiceURI) ?? voices[0]!;
  const done = new Promise<void>((resolve) => {
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
  });
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return { done, stop: () => window.speechSynthesis.cancel() };
}

/** The interviewer's voice from the server (text-to-speech), played as audio; falls back to silence if it fails (the text is on screen). */
export function playServerVoice(url: string): { done: Promise<void>; stop: () => void } {
  const audio = new Audio(url);
  const done = new Promise<void>((resolve) => {
    audio.onended = () => resolve();
    audio.onerror = () => resolve();
    audio.onpause = () => resolve();
  });
  void audio.play().catch(() => audio.onerror?.(new Event("error")));
  return { done, stop: () => audio.pause() };
}
