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

/**
 * The interviewer speaking a text that is still being written: each sentence
 * is queued as it arrives (speech starts at the first), and `done` resolves
 * once `close` was called and the last queued sentence has been spoken (at
 * once when the browser has no voices: the text on screen carries it).
 */
export function speakInSentences(settings: VoiceSettings): { say: (sentence: string) => void; close: () => void; done: Promise<void>; stop: () => void } {
  const voices = availableVoices();
  const voice = voices.find((v) => v.voiceURI === settings.voiceURI) ?? voices[0];
  let pending = 0;
  let closed = false;
  let stopped = false;
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  const settle = () => closed && (pending === 0 || stopped) && resolve();
  if (voice) window.speechSynthesis.cancel();
  return {
    say(sentence) {
      if (!voice || stopped) return;
      const utterance = new SpeechSynthesisUtterance(sentence);
      utterance.rate = settings.rate;
      utterance.voice = voice;
      pending++;
      utterance.onend = utterance.onerror = () => {
        pending--;
        settle();
      };
      window.speechSynthesis.speak(utterance);
    },
    close() {
      closed = true;
      settle();
    },
    done,
    stop() {
      stopped = true;
      if (voice) window.speechSynthesis.cancel();
      resolve();
    },
  };
}
