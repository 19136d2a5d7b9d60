/**
 * Timings of a recorded answer's transcript, whichever source produced it:
 * server speech-to-text (exact word times, or segments), the browser's
 * recogniser (final results timed against the recording start) or typing
 * (no times). Pure functions, no framework imports.
 */
import type { TimedSegment, TimedWord, TranscriptTiming } from "@/speech/types";

export type { TimedSegment, TimedWord, TranscriptTiming };

const WORD = /\S+/g;

/** Words of each segment, timed by spreading the segment's span over them in proportion to their length. */
export function interpolateWords(segments: readonly TimedSegment[]): TimedWord[] {
  const words: TimedWord[] = [];
  for (const segment of segments) {
    const parts = segment.text.match(WORD) ?? [];
    const totalChars = parts.reduce((sum, p) => sum + p.length + 1, 0);
    const span = Math.max(0, segment.endMs - segment.startMs);
    let offset = 0;
    for (const part of parts) {
      const startMs = segment.startMs + Math.round((offset / totalChars) * span);
      offset += part.length + 1;
      const endMs = segment.startMs + Math.round((offset / totalChars) * span);
      words.push({ word: part, startMs, endMs });
    }
  }
  return words;
}

/**
 * Keeps segments inside the recording: sorted, clamped to [0, durationMs],
 * empty text dropped. Times from the browser or a model are never trusted
 * beyond the audio the server measured.
 */
export function clampSegments(segments: readonly TimedSegment[], durationMs: number): TimedSegment[] {
  return segments
    .map((s) => {
      const startMs = Math.min(Math.max(0, Math.round(s.startMs)), durationMs);
      const endMs = Math.min(Math.max(startMs, Math.round(s.endMs)), durationMs);
      return { text: s.text.trim(), startMs, endMs };
    })
    .filter((s) => s.text.length > 0)
    .sort((a, b) => a.startMs - b.startMs);
}

export function clampWords(words: readonly TimedWord[], durationMs: number): TimedWord[] {
  return words
    .map((w) => {
      const startMs = Math.min(Math.max(0, Math.round(w.startMs)), durationMs);
      return { word: w.word.trim(), startMs, endMs: Math.min(Math.max(startMs, Math.round(w.endMs)), durationMs) };
    })
    .filter((w) => w.word.length > 0);
}

const normaliseWord = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, "");

/**
 * When a quote was said: the start of the first run of transcript words that
 * matches the quote's first words (up to 6, case and punctuation ignored).
 * Linear in the transcript for a bounded quote.
 */
export function locateQuoteInWords(words: readonly TimedWord[], quote: string): number | undefined {
  const needle = (quote.match(WORD) ?? []).map(normaliseWord).filter(Boolean).slice(0, 6);
  if (needle.length < 2 || words.length === 0) return undefined;
  const hay = words.map((w) => normaliseWord(w.word));
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return words[i]!.startMs;
  }
  return undefined;
}
