/**
 * When the candidate's turn ends, from the microphone's level over time (dBFS
 * frames, e.g. every 50 ms). Speech starts once the level stays above the
 * threshold for `minSpeechMs`; the turn ends after `minSilenceMs` (+ the
 * user's extra thinking time) below it. Pauses shorter than that do not end
 * the turn, and silence before the first word never does. Pure, so it is
 * tested on recorded level sequences.
 */
export type TurnConfig = {
  /** Level (dBFS) above which a frame counts as voice. */
  speechThresholdDb: number;
  /** Voice must last this long to count as speaking (coughs and clicks do not). */
  minSpeechMs: number;
  /** Silence after speech that ends the turn. */
  minSilenceMs: number;
  /** Added to `minSilenceMs` for people who need longer pauses (speaking profile). */
  extraThinkingMs: number;
};

export const DEFAULT_TURN_CONFIG: TurnConfig = { speechThresholdDb: -45, minSpeechMs: 250, minSilenceMs: 2500, extraThinkingMs: 0 };

export type TurnState = "waiting" | "speaking" | "ended";

export function createTurnDetector(config: TurnConfig = DEFAULT_TURN_CONFIG) {
  let state: TurnState = "waiting";
  let voiceSince: number | null = null;
  let lastVoiceAt = 0;
  return {
    get state() {
      return state;
    },
    /** Feeds one level frame; returns the state after it. */
    push(levelDb: number, atMs: number): TurnState {
      if (state === "ended") return state;
      const voiced = levelDb >= config.speechThresholdDb;
      if (state === "waiting") {
        if (!voiced) voiceSince = null;
        else {
          voiceSince ??= atMs;
          if (atMs - voiceSince >= config.minSpeechMs) {
            state = "speaking";
            lastVoiceAt = atMs;
          }
        }
        return state;
      }
      if (voiced) lastVoiceAt = atMs;
      else if (atMs - lastVoiceAt >= config.minSilenceMs + config.extraThinkingMs) state = "ended";
      return state;
    },
  };
}

/** RMS of a frame of samples in dBFS (−100 for digital silence). */
export function levelDb(frame: Float32Array): number {
  let sum = 0;
  for (const v of frame) sum += v * v;
  const rms = Math.sqrt(sum / Math.max(1, frame.length));
  return rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
}
