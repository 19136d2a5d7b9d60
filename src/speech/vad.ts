import { FLOOR_DB, HOP_MS, quantile } from "./frames";
import type { Interval } from "./types";

/**
 * Energy-based voice activity detection.
 *
 * 1. Frame level: RMS in dB over a 30 ms window every 10 ms (frames.ts).
 * 2. Adaptive threshold: the noise floor is the 5th percentile of frame levels
 *    and the speech level the 95th (a percentile estimate of the floor in the
 *    spirit of minimum-statistics noise tracking, Martin 2001, simplified for
 *    clips of a few minutes). A frame is active when it is at least
 *    NOISE_MARGIN_DB above the floor AND no more than SPEECH_RANGE_DB below the
 *    speech level — the second bound keeps the threshold meaningful when the
 *    floor is digital silence. The threshold is finally capped at
 *    SPEECH_HEADROOM_DB below the speech level: when a clip has no silence at
 *    all (continuous sound, a clip cut inside speech) the two percentiles are
 *    close and the floor is really quiet speech, which must stay active.
 *    Frames below ABSOLUTE_MIN_DB are never speech. (A clip of steady noise
 *    passes this stage; analyse.ts drops segments that contain no voicing.)
 * 3. Hangover: once active, the detector stays in the speech state through
 *    inactive runs shorter than the minimum pause (250 ms), so stop closures and
 *    short inter-word gaps do not split segments; the hangover is trimmed back
 *    to the last active frame, so segment ends are not delayed.
 * 4. Segments shorter than MIN_SEGMENT_MS (clicks, breaths' edges) are dropped.
 *
 * Boundaries are quantised to the 10 ms hop.
 */

export const NOISE_MARGIN_DB = 10;
export const SPEECH_RANGE_DB = 35;
export const SPEECH_HEADROOM_DB = 6;
/** Nothing quieter than this is speech, whatever the statistics say (digital silence, dither). */
export const ABSOLUTE_MIN_DB = -70;
export const MIN_SEGMENT_MS = 60;
/**
 * Silences shorter than this are not pauses. 250 ms is the classic cut-off
 * (Goldman-Eisler 1968) and the one de Jong & Bosker (2013, "Choosing a
 * threshold for silent pauses to measure second language fluency") found to
 * work best.
 */
export const MIN_PAUSE_MS = 250;

export type VoiceActivity = {
  segments: Interval[];
  thresholdDb: number;
  noiseFloorDb: number;
  speechLevelDb: number;
  /** Per 10 ms frame: 1 when the frame itself is above threshold. */
  active: Uint8Array;
};

export function detectVoiceActivity(levelsDb: Float64Array, hopMs: number = HOP_MS, minPauseMs: number = MIN_PAUSE_MS): VoiceActivity {
  const n = levelsDb.length;
  const active = new Uint8Array(n);
  if (n === 0) return { segments: [], thresholdDb: FLOOR_DB, noiseFloorDb: FLOOR_DB, speechLevelDb: FLOOR_DB, active };
  const noiseFloorDb = quantile(levelsDb, 0.05);
  const speechLevelDb = quantile(levelsDb, 0.95);
  const relative = Math.min(Math.max(noiseFloorDb + NOISE_MARGIN_DB, speechLevelDb - SPEECH_RANGE_DB), speechLevelDb - SPEECH_HEADROOM_DB);
  const thresholdDb = Math.max(ABSOLUTE_MIN_DB, relative);
  for (let k = 0; k < n; k++) active[k] = (levelsDb[k] as number) > thresholdDb ? 1 : 0;

  const hangoverFrames = Math.ceil(minPauseMs / hopMs);
  const minFrames = Math.ceil(MIN_SEGMENT_MS / hopMs);
  const segments: Interval[] = [];
  let start = -1;
  let lastActive = -1;
  const close = () => {
    if (start >= 0 && lastActive - start + 1 >= minFrames) segments.push({ startMs: start * hopMs, endMs: (lastActive + 1) * hopMs });
    start = -1;
  };
  for (let k = 0; k < n; k++) {
    if (active[k]) {
      if (start < 0) start = k;
      lastActive = k;
    } else if (start >= 0 && k - lastActive >= hangoverFrames) {
      close();
    }
  }
  close();
  // Dropping a short segment can leave two neighbours closer than a pause: merge them.
  const merged: Interval[] = [];
  for (const seg of segments) {
    const prev = merged[merged.length - 1];
    if (prev && seg.startMs - prev.endMs < minPauseMs) prev.endMs = seg.endMs;
    else merged.push({ ...seg });
  }
  return { segments: merged, thresholdDb, noiseFloorDb, speechLevelDb, active };
}
