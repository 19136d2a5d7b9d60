/**
 * Speech analytics for recorded interview answers: decode → analyseSpeech →
 * scoreSpeech. Plain TypeScript, no framework imports; see each file for the
 * method and its sources.
 */
export { analyseSpeech, LONG_PAUSE_MS, MONOTONE_SEMITONES, SYLLABLES_PER_WORD } from "./analyse";
export { AudioDecodeError, assertMaxDuration, decodeAudio, isWithinMaxDuration, MAX_AUDIO_MS, type DecodedAudio } from "./decode";
export { extraFillers, findFillers, markFillers, tokenize } from "./fillers";
export {
  scoreFillersPerMinute,
  scoreLongestPause,
  scorePitchVariability,
  scoreSpeech,
  scoreSyllableRate,
  scoreThinkingTime,
  scoreWordsPerMinute,
} from "./score";
export { MIN_PAUSE_MS } from "./vad";
export { WAVEFORM_POINTS } from "./waveform";
export type * from "./types";
