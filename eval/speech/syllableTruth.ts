import { execFileSync } from "node:child_process";

/**
 * Syllable counts of a transcript, the ground truth for speech-rate figures.
 *
 * Two independent counters:
 * - `dictionarySyllables`: espeak-ng's English pronunciation dictionary and
 *   letter-to-sound rules (`--ipa=1` prints one phoneme per `_`-separated
 *   token, a diphthong, triphthong or syllabic consonant being one token); a
 *   syllable is a token holding a vowel or a syllabic consonant. This is the
 *   truth: a dictionary knows "every" is two syllables and "idea" three.
 * - `ruleSyllables`: spelling rules (vowel groups, silent "e", "-ed", "-es",
 *   "-le", hiatus such as "ia", "io", "eo"), written here as a cross-check;
 *   the evaluation reports how often the two agree.
 */

/** Why a transcript is left out of the rate sets (null when it is usable). */
export function transcriptProblem(text: string): string | null {
  if (/[[\]]/.test(text)) return "describes a non-speech sound";
  if (/\d[.,]\d|\d{3,}/.test(text)) return "a number whose reading is ambiguous";
  if (/\b(?=\w*\d)(?=\w*[a-z])\w+\b/i.test(text)) return "mixes letters and digits";
  if (/\b[A-Z]{2,}s?\b/.test(text)) return "an acronym (spelt out or read as a word?)";
  if (normaliseTranscript(text).trim() === "") return "no words";
  return null;
}

/**
 * The words as spoken in the recordings: the keypad symbols are read "pound"
 * and "star", ellipses and punctuation go. Digits 0–99 stay digits (espeak-ng
 * reads them as number words).
 */
export function normaliseTranscript(text: string): string {
  return text
    .replace(/#/g, " pound ")
    .replace(/\*/g, " star ")
    .replace(/\.\.\.|…/g, " ")
    .replace(/[^A-Za-z0-9'\s-]/g, " ")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const VOWEL = /[aeiouæɐɑɒɔəɘɚɛɜɝɞɤɨɪɯɵɶʉʊʌʏøœyᵻ]|\u0329/;

/** Syllables in espeak-ng's phonemes of the text (voice en-us). */
export function dictionarySyllables(text: string, voice = "en-us"): number {
  const ipa = execFileSync("espeak-ng", ["-q", "--ipa=1", "-v", voice, text], { encoding: "utf8" });
  return countIpaSyllables(ipa);
}

/** Syllable nuclei in `--ipa=1` output: phoneme tokens separated by `_` and spaces. */
export function countIpaSyllables(ipa: string): number {
  let count = 0;
  for (const token of ipa.split(/[_\s]+/)) if (VOWEL.test(token)) count++;
  return count;
}

export function transcriptWords(text: string): string[] {
  return normaliseTranscript(text)
    .toLowerCase()
    .split(" ")
    .map((w) => w.replace(/'/g, ""))
    .filter((w) => w.length > 0);
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function numberWords(digits: string): string[] {
  const n = Number(digits);
  if (n < 20) return [NUMBER_WORDS[n] as string];
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? [tens] : [tens, NUMBER_WORDS[n % 10] as string];
}

/** The spelling-rule count (cross-check only). Digits 0–99 are counted as their number words. */
export function ruleSyllables(text: string): number {
  let count = 0;
  for (const word of transcriptWords(text)) {
    const spelled = /^\d+$/.test(word) ? numberWords(word) : [word];
    for (const w of spelled) count += ruleSyllablesInWord(w);
  }
  return count;
}

export function ruleSyllablesInWord(word: string): number {
  if (word.length === 1) return word === "w" ? 3 : 1; // a letter said by name
  let count = word.match(/[aeiouy]+/g)?.length ?? 0;
  // Two vowels heard apart ("idea", "radio", "create", "poem"); not "-tion", "-cious".
  count += word.match(/(?<![tcsx])i[ao]|eo|[^aeiouq]ua|oe(?!s?$)|[^g]ue[a-z]/g)?.length ?? 0;
  if (word.length > 2 && /[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) count--;
  else if (word.length > 3 && /[^aeiouytd]ed$/.test(word)) count--;
  else if (word.length > 3 && /[^aeiouy]es$/.test(word) && !/(s|x|z|ch|sh|ce|ge)es$|[cg]es$/.test(word)) count--;
  return Math.max(1, count);
}
