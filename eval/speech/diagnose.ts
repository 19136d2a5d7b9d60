import { analyseSpeech } from "../../src/speech/analyse";
import { decodeAudio } from "../../src/speech/decode";
import { blockEnergies, HOP_MS, quantile } from "../../src/speech/frames";
import { createPitchTracker, toPitchSignal, VOICING_THRESHOLD } from "../../src/speech/pitch";
import { detectSyllableNuclei, prominence, requiredProminence, sonorityContour } from "../../src/speech/syllables";
import { readAsteriskBytes, referenceSpanS, type AsteriskFile } from "./sets";

/**
 * Per-file account of the syllable-rate error on recorded prompts, for the
 * DEV split only (eval/speech.ts refuses it for the frozen test split): how
 * much of the error is the count and how much the span, and which nuclei look
 * doubtful. It re-runs the nuclei detector on the engine's own segments (as
 * analyse.ts does) to see each nucleus; the counts must match the engine's.
 *
 * The hints are heuristics, not truth: a weak nucleus (more than WEAK_DB
 * below the loud speech), a shallow one (prominence under SHALLOW_DB) or two
 * nuclei closer than CLOSE_MS are the usual extra ones (a coda, a breath, a
 * creaky end, a long vowel or diphthong split in two); a voiced peak that
 * failed the prominence test (a shoulder) or a long gap between nuclei is
 * where a syllable usually went missing; and where the two dictionaries
 * disagree the truth itself is uncertain by that much.
 */

const WEAK_DB = -20;
const SHALLOW_DB = 2;
const LONG_GAP_MS = 350;
const CLOSE_MS = 120;

export type RateDiagnosis = {
  name: string;
  truth: number;
  espeakTruth: number;
  found: number;
  countError: number;
  spanError: number;
  onsetMs: number;
  offsetMs: number;
  error: number;
  weak: number[];
  shallow: number[];
  close: number[];
  shoulders: number[];
  longGaps: number;
  transcript: string;
};

export async function diagnoseRates(files: AsteriskFile[]): Promise<RateDiagnosis[]> {
  if (files.some((f) => f.split !== "dev")) throw new Error("Per-file diagnostics are for the dev split only: the test split is frozen.");
  const rows: RateDiagnosis[] = [];
  for (const file of files) {
    const audio = await decodeAudio(readAsteriskBytes(file.name));
    const m = analyseSpeech({ samples: audio.samples, sampleRate: audio.sampleRate });
    const signal = toPitchSignal(audio.samples, audio.sampleRate);
    const blocks = blockEnergies(audio.samples, audio.sampleRate, HOP_MS).length;
    const contour = sonorityContour(signal, blocks, HOP_MS);
    const voicing = createPitchTracker(signal, VOICING_THRESHOLD);
    const isVoiced = (t: number) => voicing(t) !== null;
    const nuclei = detectSyllableNuclei(contour, m.segments, isVoiced, HOP_MS);
    if (nuclei.timesMs.length !== m.syllables) throw new Error(`${file.name}: diagnostics found ${nuclei.timesMs.length} nuclei, the engine ${m.syllables}`);
    const loud = quantile(contour, 0.99);
    const weak: number[] = [];
    const shallow: number[] = [];
    const close: number[] = [];
    const shoulders: number[] = [];
    let longGaps = 0;
    for (const seg of m.segments) {
      const inSeg = nuclei.timesMs.filter((t) => t >= seg.startMs && t < seg.endMs);
      const lo = Math.max(1, Math.floor(seg.startMs / HOP_MS));
      const hi = Math.min(contour.length - 2, Math.ceil(seg.endMs / HOP_MS) - 1);
      for (const t of inSeg) {
        const k = Math.floor(t / HOP_MS);
        if ((contour[k] as number) - loud < WEAK_DB) weak.push(t);
        else if (prominence(contour, k, lo - 1, hi + 1) < SHALLOW_DB) shallow.push(t);
      }
      for (let i = 1; i < inSeg.length; i++) {
        const gap = (inSeg[i] as number) - (inSeg[i - 1] as number);
        if (gap > LONG_GAP_MS) longGaps++;
        if (gap < CLOSE_MS) close.push(inSeg[i] as number);
      }
      // Voiced local maxima above the threshold that the prominence test turned down.
      for (let k = lo; k <= hi; k++) {
        const v = contour[k] as number;
        if (!(v > nuclei.thresholdDb && v > (contour[k - 1] as number) && v >= (contour[k + 1] as number))) continue;
        const p = prominence(contour, k, lo - 1, hi + 1);
        if (p > 0 && p < requiredProminence(v, nuclei.loudDb) && isVoiced(k * HOP_MS + HOP_MS / 2)) shoulders.push(k * HOP_MS + HOP_MS / 2);
      }
    }
    const truth = file.syllables as number;
    const spanS = m.answerSpanMs / 1000;
    const first = m.segments[0];
    const last = m.segments[m.segments.length - 1];
    rows.push({
      name: file.name,
      truth,
      espeakTruth: file.espeakSyllables as number,
      found: m.syllables,
      countError: m.syllables / truth - 1,
      spanError: spanS / referenceSpanS(file) - 1,
      onsetMs: first ? first.startMs - file.speech25[0] * 1000 : Number.NaN,
      offsetMs: last ? last.endMs - file.speech25[1] * 1000 : Number.NaN,
      error: spanS > 0 ? m.syllables / spanS / (truth / referenceSpanS(file)) - 1 : -1,
      weak,
      shallow,
      close,
      shoulders,
      longGaps,
      transcript: file.transcript ?? "",
    });
  }
  return rows;
}

const signed = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
const times = (ts: number[]) => ts.map((t) => (t / 1000).toFixed(2)).join(" ");

/** One block per file, worst first; then where the misses lie. */
export function printRateDiagnosis(rows: RateDiagnosis[]): void {
  console.log("    per-file (dev): truth (espeak-ng's) / found, count and span errors, rate error; hints at the nuclei (s)");
  for (const r of [...rows].sort((a, b) => Math.abs(b.error) - Math.abs(a.error))) {
    const miss = Math.abs(r.error) > 0.1;
    console.log(
      `    ${miss ? "MISS" : "    "} ${r.name.padEnd(32)} ${String(r.truth).padStart(3)} (${String(r.espeakTruth).padStart(3)}) / ${String(r.found).padStart(3)}  count ${signed(r.countError).padStart(7)}  span ${signed(r.spanError).padStart(6)} (onset ${Math.round(r.onsetMs)} ms, offset ${Math.round(r.offsetMs)} ms)  rate ${signed(r.error).padStart(7)}`,
    );
    if (!miss) continue;
    const why: string[] = [];
    if (Math.abs(r.spanError) >= 0.03) why.push(`span edge: onset ${Math.round(r.onsetMs)} ms, offset ${Math.round(r.offsetMs)} ms vs the −25 dB edges`);
    if (r.error > 0) {
      if (r.weak.length > 0) why.push(`weak nuclei (< ${WEAK_DB} dB re loud speech) at ${times(r.weak)}`);
      if (r.shallow.length > 0) why.push(`shallow nuclei (prominence < ${SHALLOW_DB} dB) at ${times(r.shallow)}`);
      if (r.close.length > 0) why.push(`nuclei < ${CLOSE_MS} ms after the previous one (a split vowel?) at ${times(r.close)}`);
      if (r.weak.length + r.shallow.length + r.close.length === 0) why.push("extra nuclei with full dips: split vowels or sonorant codas");
    } else {
      if (r.shoulders.length > 0) why.push(`voiced peaks under the prominence they need (shoulders) at ${times(r.shoulders)}`);
      if (r.longGaps > 0) why.push(`${r.longGaps} gap(s) > ${LONG_GAP_MS} ms between nuclei: syllables with no dip`);
      if (r.shoulders.length + r.longGaps === 0) why.push("missing nuclei: unstressed syllables with no peak of their own");
    }
    if (r.espeakTruth !== r.truth) why.push(`truth uncertain: espeak-ng counts ${r.espeakTruth}, CMU ${r.truth}`);
    console.log(`           ${why.join("; ")}  | ${r.transcript}`);
  }
  const misses = rows.filter((r) => Math.abs(r.error) > 0.1);
  console.log(
    `    ${misses.length} of ${rows.length} outside ±10%: ${misses.filter((r) => r.error > 0).length} over, ${misses.filter((r) => r.error < 0).length} under; ${misses.filter((r) => Math.abs(r.spanError) >= 0.03).length} with a span off by ≥ 3%; ${misses.filter((r) => r.espeakTruth !== r.truth).length} where the two dictionaries disagree`,
  );
}
