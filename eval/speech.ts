// Speech evaluation: every figure of issue 14's speech targets on the frozen
// test split, then on the dev split used for tuning (tests/fixtures/eval/speech,
// README.md there says how each set was made).
// Run with `npx tsx eval/speech.ts` (options: `--split test|dev`; `--verbose`:
// the worst files of each figure, and `--files`: every file's syllable-rate
// error and why, both for the dev split only, never the frozen test split).
// Needs Debian's asterisk-core-sounds-en-wav and espeak-ng; not Praat (its
// figures are stored).
import { hasEspeak, makeTempDir } from "../tests/support/speechAudio";
import { SYLLABLES_PER_WORD } from "../src/speech/norms";
import {
  constantGuess,
  measureEspeakRates,
  measurePauses,
  measurePitch,
  measureRealRates,
  newClock,
  realTimeFactor,
  summarisePauses,
  summariseWpm,
  type Clock,
  type PauseSummary,
  type RateSummary,
} from "./speech/measure";
import { diagnoseRates, printRateDiagnosis } from "./speech/diagnose";
import { assertAsteriskInstalled, loadAsterisk, loadEspeakSet, loadPauseItems, pitchSet, rateSet, type Split } from "./speech/sets";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const perFile = args.includes("--files");
const onlySplit = args[args.indexOf("--split") + 1] as Split | undefined;
const splits: Split[] = args.includes("--split") && (onlySplit === "dev" || onlySplit === "test") ? [onlySplit] : ["test", "dev"];

assertAsteriskInstalled();
if (!hasEspeak()) throw new Error("espeak-ng is not installed (apt-get install espeak-ng)");

const files = loadAsterisk();
const byName = new Map(files.map((f) => [f.name, f]));
const espeakSet = loadEspeakSet();
const tmp = makeTempDir("darasa-eval-speech-");
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number, digits = 1) => `${x >= 0 ? "+" : ""}${x.toFixed(digits)}`;
const mark = (ok: boolean) => (ok ? "meets" : "BELOW TARGET");

function rateLine(label: string, s: RateSummary, target: number | null, detail: boolean) {
  const verdict = target === null ? "" : `  [target ≥ ${pct(target)}: ${mark(s.within10 >= target)}]`;
  console.log(
    `  ${label.padEnd(40)} ${String(s.files).padStart(4)} files  within ±10%: ${pct(s.within10).padStart(6)}  median error ${signed(s.medianError * 100)}%  mean |error| ${(s.meanAbsError * 100).toFixed(1)}%  (count ${signed(s.countMedianError * 100)}%)${verdict}`,
  );
  if (detail) {
    for (const r of [...s.rows].sort((a, b) => Math.abs(b.error) - Math.abs(a.error)).slice(0, 8)) {
      console.log(
        `      ${r.name.padEnd(36)} truth ${r.truth} found ${r.detected}  rate ${r.rate.toFixed(2)} vs ${r.truthRate.toFixed(2)} syl/s  ${signed(r.error * 100)}%`,
      );
    }
  }
}

function pauseLine(label: string, s: PauseSummary, target: number | null, detail: boolean) {
  const verdict = target === null ? "" : `  [target ≥ ${pct(target)}: ${mark(s.within100 >= target)}]`;
  console.log(
    `  ${label.padEnd(40)} ${String(s.items).padStart(4)} items  all pauses ±100 ms: ${pct(s.within100).padStart(6)}  pauses found/item ${s.meanFound.toFixed(2)} (truth 2)  thinking time ±100 ms ${pct(s.leadWithin100)}  (vs −40 dB edges ${pct(s.silencesWithin100)})${verdict}`,
  );
  if (detail)
    for (const r of s.rows.filter((x) => !x.pass).slice(0, 5))
      console.log(`      ${r.id} found ${r.found}, worst edge ${Number.isFinite(r.worstEdgeMs) ? Math.round(r.worstEdgeMs) : "missing"} ms`);
}

const merge = (a: PauseSummary, b: PauseSummary) => summarisePauses([...a.rows, ...b.rows]);

const started = performance.now();
const total: Clock = newClock();
try {
  for (const split of splits) {
    const clock = newClock();
    // Per-file rows only where tuning is allowed: the frozen test split shows its aggregates alone.
    const detail = verbose && split === "dev";
    console.log(`\n=== speech, ${split === "test" ? "FROZEN TEST split" : "dev split (used for tuning)"} ===`);
    console.log("syllable rate (audio only vs transcript truth):");
    const rates = rateSet(files, split);
    const real = await measureRealRates(rates, clock);
    rateLine("recorded prompts, 8 kHz", real, 0.9, detail);
    if (perFile && split === "dev") printRateDiagnosis(await diagnoseRates(rates));
    const wpm = summariseWpm(real);
    console.log(`    (for scale: one fixed rate, the set's median truth, is within ±10% on ${pct(constantGuess(real))} of these files;`);
    console.log(
      `     words per minute from the audio alone, at ${SYLLABLES_PER_WORD} syllables per word: within ±10% on ${pct(wpm.within10)}, median error ${signed(wpm.medianError * 100)}%)`,
    );
    rateLine("  same, truth from espeak-ng's dictionary", await measureRealRates(rates, clock, { truth: "espeak" }), null, detail);
    rateLine("recorded prompts upsampled to 48 kHz", await measureRealRates(rates, clock, { upsampleBy: 6 }), 0.9, detail);
    rateLine("espeak-ng answers, 22.05 kHz", await measureEspeakRates(espeakSet, split, tmp.dir, clock), 0.9, detail);

    console.log("pitch median vs Praat (To Pitch defaults):");
    for (const [label, options] of [
      ["recorded prompts, 8 kHz", {}],
      ["recorded prompts upsampled to 48 kHz", { upsampleBy: 6 }],
    ] as const) {
      const p = await measurePitch(pitchSet(files, split), clock, options);
      console.log(
        `  ${label.padEnd(40)} ${String(p.files).padStart(4)} files  within 50 cents: ${pct(p.within50).padStart(6)}  median ${signed(p.medianCents)} cents  no pitch ${p.noPitch}  [target ≥ 90.0%: ${mark(p.within50 >= 0.9)}]`,
      );
      if (detail)
        for (const r of p.rows.filter((x) => x.cents === null || Math.abs(x.cents) > 50).slice(0, 8))
          console.log(`      ${r.name.padEnd(36)} praat ${r.praatHz.toFixed(1)} Hz, engine ${r.hz?.toFixed(1) ?? "none"}`);
    }

    console.log("pauses (three prompts joined by known silences; noise at an SNR over the speech power):");
    const items = loadPauseItems(split);
    pauseLine("clean", await measurePauses(items, byName, "clean", 0, clock), null, detail);
    const at: Record<number, PauseSummary[]> = { 20: [], 10: [] };
    for (const snr of [20, 10]) {
      for (const noise of ["white", "babble"] as const) {
        const s = await measurePauses(items, byName, noise, snr, clock);
        at[snr]?.push(s);
        pauseLine(`${noise} noise, ${snr} dB SNR`, s, null, detail);
      }
      const [a, b] = at[snr] as [PauseSummary, PauseSummary];
      pauseLine(`  white + babble, ${snr} dB SNR`, merge(a, b), snr === 20 ? 0.9 : 0.7, detail);
    }
    const rtf = realTimeFactor(clock);
    console.log(
      `speed: decode + analyseSpeech ${Math.round(rtf)}× real time over ${(clock.audioMs / 1000).toFixed(0)} s of audio  [target ≥ 100×: ${mark(rtf >= 100)}]`,
    );
    total.audioMs += clock.audioMs;
    total.analysisMs += clock.analysisMs;
  }
} finally {
  tmp.cleanup();
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s; ${Math.round(realTimeFactor(total))}× real time overall)`);
