// Grading evaluation: issue 14's grading figures on the frozen test split, the
// frozen holdout split, then the dev split used for tuning. README.md in tests/fixtures/eval/grading
// says how the sets were made. Run with `npx tsx eval/grading.ts`
// (options: `--split test|holdout|dev`, `--injections <set>` prints only that
// injection set's figures, `--verbose` lists every miss).
import { separateGraderText } from "../src/insights/graderAddress";
import {
  DEV_INJECTION_SETS,
  FROZEN_INJECTIONS_SHA256,
  FROZEN_SHA256,
  injectionsSha256,
  loadHonest,
  loadInjections,
  type DevInjectionSet,
  type InjectionSet,
  loadSplit,
  splitSha256,
  type Split,
} from "../tests/fixtures/eval/grading";
import { engineGrader } from "./grading/engine";
import {
  computeFigures,
  computeHonestFigures,
  computeInjectionFigures,
  injectionInMiddle,
  type Figures,
  type InjectionFigures,
  type Ratio,
} from "./grading/metrics";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--split") ? (args[args.indexOf("--split") + 1] as Split) : undefined;
const onlyInjections = args.includes("--injections") ? (args[args.indexOf("--injections") + 1] as InjectionSet | DevInjectionSet) : undefined;

const grade = engineGrader;

const pct = (r: Ratio) => (r.of ? `${((r.count / r.of) * 100).toFixed(1)}% (${r.count}/${r.of})` : "n/a");
const mark = (ok: boolean) => (ok ? "meets" : "BELOW TARGET");
const num = (n: number | null) => (n === null ? "n/a" : n.toFixed(2));

function print(title: string, f: Figures, bank: boolean) {
  console.log(`  ${title}: ${f.sets} sets${f.ungradable ? `, ${f.ungradable} not gradable offline` : ""}`);
  if (f.sets === f.ungradable) return;
  const below = f.stuffedBelowWeak.count / Math.max(1, f.stuffedBelowWeak.of);
  console.log(`    stuffed < weak         ${pct(f.stuffedBelowWeak)}  target ≥ 90%: ${mark(below >= 0.9)}`);
  console.log(`    max stuffed score      ${f.stuffedMax}/10 (${f.stuffedAbove3} above 3)  target ≤ 3: ${mark(f.stuffedMax <= 3)}`);
  if (f.starAtLeast7.of) {
    const star = f.starAtLeast7.count / f.starAtLeast7.of;
    console.log(`    STAR stories ≥ 7       ${pct(f.starAtLeast7)}, lowest ${f.starMin}  target ≥ 90%: ${mark(star >= 0.9)}`);
  }
  console.log(
    `    injection changes      ${f.injection.changed} of ${f.injection.variants} variants (largest ${f.injection.maxDelta})  target 0: ${mark(f.injection.changed === 0)}`,
  );
  console.log(`    strong > weak          ${pct(f.strongAboveWeak)}`);
  console.log(`    concise > weak         ${pct(f.conciseAboveWeak)}`);
  console.log(`    honest sentences ignored as addressed to the grader: ${f.honestIgnored.length}`);
  if (!bank)
    console.log(`    labelled "content not checked against reference points": ${pct(f.labelled)}  target 100%: ${mark(f.labelled.count === f.labelled.of)}`);
  console.log(
    `    mean score             ${Object.entries(f.means)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k} ${num(v)}`)
      .join(" · ")}`,
  );
  if (verbose) {
    for (const m of f.misses) console.log(`      miss: ${m}`);
    for (const e of f.injection.examples) console.log(`      injection: ${e}`);
    for (const s of f.honestIgnored) console.log(`      ignored: ${s}`);
  }
}

function report(split: Split) {
  const sets = loadSplit(split);
  const hash = splitSha256(split);
  const recorded = FROZEN_SHA256[split];
  const frozen = recorded ? (hash === recorded ? "frozen, unchanged" : "CHANGED SINCE FREEZING") : "tuning split";
  console.log(`\n${split} split (${frozen}; sha256 ${hash.slice(0, 12)}…)`);
  print(
    "bank questions",
    computeFigures(
      sets.filter((s) => s.questionId),
      grade,
    ),
    true,
  );
  print(
    "questions outside the bank",
    computeFigures(
      sets.filter((s) => !s.questionId),
      grade,
    ),
    false,
  );
}

const allSets = () => (["test", "holdout", "dev"] as const).flatMap((s) => loadSplit(s));
const isLeftOut = (text: string) => separateGraderText(text).kept.length === 0;

function printInjections(f: InjectionFigures) {
  console.log(`    phrasings left out whole ${pct({ count: f.recognised, of: f.phrasings })}`);
  console.log(`    injection changes      ${f.changed} of ${f.variants} variants (largest ${f.maxDelta})  target 0: ${mark(f.changed === 0)}`);
  if (verbose) {
    for (const m of f.missed) console.log(`      not left out whole: ${m}`);
    for (const e of f.examples) console.log(`      injection: ${e}`);
  }
}

function reportInjections(set: InjectionSet, note: string) {
  const hash = injectionsSha256(set);
  const state = hash === FROZEN_INJECTIONS_SHA256[set] ? "frozen, unchanged" : "CHANGED SINCE FREEZING";
  console.log(`\n${set}: held-out injection phrasings, ${note} (${state}; sha256 ${hash.slice(0, 12)}…)`);
  printInjections(computeInjectionFigures(allSets(), loadInjections(set), grade, isLeftOut));
}

/** Development phrasings (not frozen): appended as the frozen sets are, then placed mid-answer, after the answer's first sentence. */
function reportDevInjections(set: DevInjectionSet) {
  console.log(`\n${set}: development injection phrasings, used for tuning (not frozen)`);
  const appended = computeInjectionFigures(allSets(), loadInjections(set), grade, isLeftOut);
  printInjections(appended);
  const middle = computeInjectionFigures(allSets(), loadInjections(set), grade, isLeftOut, 6, injectionInMiddle);
  console.log(
    `    placed mid-answer      ${middle.changed} of ${middle.variants} variants changed (largest ${middle.maxDelta})  target 0: ${mark(middle.changed === 0)}`,
  );
  if (verbose) for (const e of middle.examples) console.log(`      mid-answer: ${e}`);
  const honest = loadHonest(set);
  if (!honest.length) return;
  // Honest sentences about scores, grading, reviewers, systems, AI or instructions: alone, appended and mid-answer.
  const h = computeHonestFigures(allSets(), honest, grade);
  console.log(
    `    honest sentences ignored as addressed to the grader: ${h.ignored} of ${h.sentences} (${h.variants} variants: alone, appended, mid-answer)  target 0: ${mark(h.ignored === 0)}`,
  );
  if (verbose) for (const e of h.examples) console.log(`      honest: ${e}`);
}

console.log(
  "Grading figures (issue 14). Targets: stuffed < weak on ≥ 90% and never above 3/10; strong STAR stories ≥ 7/10 on ≥ 90%; no injection changes a score.",
);
if (onlyInjections && (DEV_INJECTION_SETS as string[]).includes(onlyInjections)) reportDevInjections(onlyInjections as DevInjectionSet);
else if (onlyInjections) reportInjections(onlyInjections as InjectionSet, "only this set");
else {
  for (const split of only ? [only] : (["test", "holdout", "dev"] as const)) report(split);
  if (!only) {
    reportInjections("injections-final", "written after the last revision");
    reportInjections("injections-holdout", "round 1, used to revise after its one run");
    for (const set of DEV_INJECTION_SETS) reportDevInjections(set);
  }
}
console.log("\nWhich figures were measured blind (first run of a frozen set), and the rubric revisions between them: tests/fixtures/eval/grading/README.md.");
