import { FLOOR_DB, HOP_MS, quantile } from "./frames";
import type { Interval } from "./types";

/**
 * Energy-based voice activity detection with an adaptive noise floor, on one
 * or more level contours (dB per 10 ms frame): the full band, plus the
 * 100–900 Hz voice band (analyse.ts), where voiced speech keeps most of its
 * power while white noise keeps a fifth of its own, so a fading vowel stays
 * visible in noise some 6 dB longer.
 *
 * Per contour:
 * 1. Noise floor: the 5th percentile of the levels, raised by twice the
 *    spread between the 5th and 15th percentiles (at most MAX_SPREAD_DB):
 *    steady noise has almost no spread, babble a few dB, and the floor should
 *    sit near the top of the noise, not at its quietest moments (a percentile
 *    estimate in the spirit of minimum-statistics noise tracking, Martin 2001,
 *    simplified for clips of a few minutes). The spread is capped because a
 *    larger one means the low percentiles are already quiet speech.
 * 2. Speech threshold: SPEECH_RANGE_DB below the 0.99 quantile (the loud
 *    speech), as de Jong & Wempe (2009) and Praat's default silence threshold
 *    (25 dB below the maximum) define silence; raised in noise to
 *    CORE_MARGIN_DB above the floor (with three spreads); capped at
 *    SPEECH_HEADROOM_DB below the 95th percentile, so a clip with no silence
 *    at all keeps its quiet speech.
 * 3. Edges: from every frame above a speech threshold the activity grows
 *    outwards while a 50 ms smoothed level stays above EDGE_MARGIN_DB over the
 *    floor (and above the relative threshold) and keeps falling: a rise of
 *    more than RISE_DB from the lowest level so far is the noise coming back
 *    (a babble syllable), not the speech's tail.
 * A frame is active when any contour says so. Then:
 * 4. Hangover: inactive runs shorter than the minimum pause (250 ms) are
 *    bridged, so stop closures and short inter-word gaps do not split
 *    segments; segment ends are the last active frame.
 * 5. Segments shorter than MIN_SEGMENT_MS are dropped, and so are segments
 *    whose loudest frame is more than SEGMENT_PEAK_RANGE_DB below the loud
 *    speech: a syllable of background babble, a distant voice, a click.
 * (A clip of steady noise can pass these stages; analyse.ts drops segments
 * that contain no voicing.)
 *
 * Thresholds were chosen on the dev split of tests/fixtures/eval/speech
 * (recorded prompts joined by known pauses, clean and with white or babble
 * noise at 20 and 10 dB SNR). Boundaries are quantised to the 10 ms hop.
 */

export const SPEECH_RANGE_DB = 23;
export const CORE_MARGIN_DB = 5;
export const EDGE_MARGIN_DB = 1;
export const MAX_SPREAD_DB = 4;
export const RISE_DB = 1;
export const SPEECH_HEADROOM_DB = 6;
export const SEGMENT_PEAK_RANGE_DB = 15;
/** Nothing quieter than this is speech, whatever the statistics say (digital silence, dither). */
export const ABSOLUTE_MIN_DB = -70;
export const MIN_SEGMENT_MS = 60;
/** Smoothing of the levels the edges follow: 5 frames (50 ms). */
const EDGE_SMOOTH_FRAMES = 5;
/**
 * Silences shorter than this are not pauses. 250 ms is the classic cut-off
 * (Goldman-Eisler 1968) and the one de Jong & Bosker (2013, "Choosing a
 * threshold for silent pauses to measure second language fluency") found to
 * work best.
 */
export const MIN_PAUSE_MS = 250;

export type VoiceActivity = {
  segments: Interval[];
  /** Speech threshold of the full-band contour. */
  thresholdDb: number;
  noiseFloorDb: number;
  speechLevelDb: number;
  /** Per 10 ms frame: 1 when the frame is speech (above a threshold, or a speech edge). */
  active: Uint8Array;
};

type Contour = { levels: Float64Array; smooth: Float64Array; thresholdDb: number; edgeDb: number; noiseFloorDb: number; speechLevelDb: number };

function analyseContour(levels: Float64Array): Contour {
  const floor = quantile(levels, 0.05);
  const spread = Math.min(MAX_SPREAD_DB, quantile(levels, 0.15) - floor);
  const noiseFloorDb = floor + 2 * spread;
  const speechLevelDb = quantile(levels, 0.95);
  const relative = quantile(levels, 0.99) - SPEECH_RANGE_DB;
  const thresholdDb = Math.max(ABSOLUTE_MIN_DB, Math.min(Math.max(floor + 3 * spread + CORE_MARGIN_DB, relative), speechLevelDb - SPEECH_HEADROOM_DB));
  const edgeDb = Math.max(ABSOLUTE_MIN_DB, Math.min(Math.max(noiseFloorDb + EDGE_MARGIN_DB, relative), thresholdDb));
  return { levels, smooth: smoothLevels(levels, EDGE_SMOOTH_FRAMES), thresholdDb, edgeDb, noiseFloorDb, speechLevelDb };
}

/** `levelsDb`: full-band frame levels; `extraContours`: other bands' levels (same frames) that can also mark speech. */
export function detectVoiceActivity(
  levelsDb: Float64Array,
  hopMs: number = HOP_MS,
  minPauseMs: number = MIN_PAUSE_MS,
  extraContours: Float64Array[] = [],
): VoiceActivity {
  const n = levelsDb.length;
  const active = new Uint8Array(n);
  if (n === 0) return { segments: [], thresholdDb: FLOOR_DB, noiseFloorDb: FLOOR_DB, speechLevelDb: FLOOR_DB, active };
  const contours = [levelsDb, ...extraContours.filter((c) => c.length >= n)].map(analyseContour);
  for (let k = 0; k < n; k++) active[k] = contours.some((c) => (c.levels[k] as number) > c.thresholdDb) ? 1 : 0;
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  for (let k = 0; k < n; k++) {
    if (active[k] && (k === 0 || !active[k - 1])) runStarts.push(k);
    if (active[k] && (k === n - 1 || !active[k + 1])) runEnds.push(k);
  }
  for (const k of runStarts) growEdge(active, contours, k, -1);
  for (const k of runEnds) growEdge(active, contours, k, 1);

  const hangoverFrames = Math.ceil(minPauseMs / hopMs);
  const minFrames = Math.ceil(MIN_SEGMENT_MS / hopMs);
  const loudEnough = quantile(levelsDb, 0.99) - SEGMENT_PEAK_RANGE_DB;
  const segments: Interval[] = [];
  let start = -1;
  let lastActive = -1;
  const close = () => {
    if (start >= 0 && lastActive - start + 1 >= minFrames && maxOver(levelsDb, start, lastActive) >= loudEnough) {
      segments.push({ startMs: start * hopMs, endMs: (lastActive + 1) * hopMs });
    }
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
  // Dropping a segment can leave two neighbours closer than a pause: merge them.
  const merged: Interval[] = [];
  for (const seg of segments) {
    const prev = merged[merged.length - 1];
    if (prev && seg.startMs - prev.endMs < minPauseMs) prev.endMs = seg.endMs;
    else merged.push({ ...seg });
  }
  const main = contours[0] as Contour;
  return { segments: merged, thresholdDb: main.thresholdDb, noiseFloorDb: main.noiseFloorDb, speechLevelDb: main.speechLevelDb, active };
}

/** Marks frames beyond the active run that ends (step 1) or starts (step −1) at k, as far as some contour's edge reaches. */
function growEdge(active: Uint8Array, contours: Contour[], k: number, step: 1 | -1): void {
  const lowest = contours.map((c) => c.smooth[k] as number);
  let reach = k;
  for (let j = k + step; j >= 0 && j < active.length && !active[j]; j += step) {
    let going = false;
    contours.forEach((c, i) => {
      const v = c.smooth[j] as number;
      const low = lowest[i] as number;
      if (v > c.edgeDb && v <= low + RISE_DB) going = true;
      if (v < low) lowest[i] = v;
    });
    if (!going) break;
    reach = j;
  }
  for (let j = k + step; step > 0 ? j <= reach : j >= reach; j += step) active[j] = 1;
}

function maxOver(levels: Float64Array, from: number, to: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = from; k <= to; k++) if ((levels[k] as number) > max) max = levels[k] as number;
  return max;
}

/** Power mean of the levels over a centred window of `width` frames, in dB. */
function smoothLevels(levels: Float64Array, width: number): Float64Array {
  const half = Math.floor(width / 2);
  const power = levels.map((v) => 10 ** (v / 10));
  const out = new Float64Array(levels.length);
  for (let k = 0; k < levels.length; k++) {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, k - half); j <= Math.min(levels.length - 1, k + half); j++) {
      sum += power[j] as number;
      count++;
    }
    out[k] = 10 * Math.log10(sum / count);
  }
  return out;
}
