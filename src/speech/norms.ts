/**
 * Constants shared by the analysis and the scoring (kept apart so that
 * score.ts and analyse.ts do not import each other).
 */

/**
 * Mid-answer pauses this long are flagged and offered as moments. Silent
 * pauses in fluent speech are mostly well under 1–2 s (Campione & Véronis
 * 2002, "A large-scale multilingual study of silent pause duration"); 3 s is
 * our "lost the thread" mark, a convention rather than a measured limit.
 */
export const LONG_PAUSE_MS = 3000;

/**
 * Syllables per English word, used to turn audio-only syllable rates into
 * words per minute (and, in score.ts, the words-per-minute norm into a
 * syllable-rate band). Measured with the CMU Pronouncing Dictionary (primary
 * pronunciations; tests/fixtures/eval/speech/README.md): 1.52 over the 3,004
 * words of the 541 recorded asterisk prompts we evaluate on, and 1.43 over
 * the 351 words of the interview-style answers written for the espeak-ng
 * set. Running English is usually put at 1.3–1.6 depending on register (the
 * quantity readability formulas such as Flesch 1948 are built on). 1.5 sits
 * between our two measurements; it is an average, not this speaker's: an
 * answer full of long technical words gets a higher audio-only words per
 * minute than the words actually spoken (the transcript's count is used when
 * there is one).
 */
export const SYLLABLES_PER_WORD = 1.5;

/**
 * Below this F0 standard deviation the delivery is flagged monotone. Hincks
 * (2005, "Measures and perceptions of liveliness in student oral presentation
 * speech") proposed the pitch variation quotient (F0 SD ÷ mean F0) as a
 * liveliness measure and found low-PVQ speakers were heard as less lively. In
 * semitones, SD ≈ 17.3 × PVQ, so a PVQ of ~0.11 is ~2 st. The 2 st cut-off is
 * our approximate choice; it depends on voice, language and recording, and
 * synthetic speech (espeak-ng) falls below it.
 */
export const MONOTONE_SEMITONES = 2;

/** Fewer voiced pitch frames than this (0.4 s at the 10 ms pitch hop) give no pitch verdict. */
export const MIN_VOICED_FRAMES = 40;
