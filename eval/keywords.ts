// Keyword evaluation: issue 14's keyword figures on the frozen test split, then
// on the dev split used for tuning, then on the older software-only pairs the
// matcher was first built on (tests/fixtures/resumePairs.ts, dev material).
// README.md in tests/fixtures/eval/keywords says how the sets were made.
// Run with `npx tsx eval/keywords.ts` (options: `--split test|dev|dev2|dev3|dev4`, `--verbose`).
import { buildResumeReport } from "../src/resume/report";
import { findSkills } from "../src/resume/skillMatcher";
import { devPairs } from "../tests/fixtures/eval/keywords/dev";
import { dev2Pairs } from "../tests/fixtures/eval/keywords/dev2";
import { dev3Pairs } from "../tests/fixtures/eval/keywords/dev3";
import { dev4Pairs } from "../tests/fixtures/eval/keywords/dev4";
import { testPairs } from "../tests/fixtures/eval/keywords/test";
import type { KeywordPair } from "../tests/fixtures/eval/keywords/types";
import { resumePairs } from "../tests/fixtures/resumePairs";
import { labelProblems, scoreSplit, type Totals } from "./keywords/metrics";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--split") ? args[args.indexOf("--split") + 1] : undefined;

const TARGET = { foundRecall: 0.9, foundPrecision: 0.95 };
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const mark = (ok: boolean) => (ok ? "meets" : "BELOW TARGET");

function line(label: string, t: Totals) {
  return `  ${label.padEnd(12)} ${String(t.pairs).padStart(2)} pairs  found-recall ${pct(t.foundRecall)} (${t.counts.recalled}/${t.counts.present})  precision ${pct(t.foundPrecision)} (${t.counts.foundCorrect}/${t.counts.found})  listing precision ${pct(t.listingPrecision)}  requirements listed ${pct(t.requirementRecall)}  not-skills listed ${t.notSkillListings}  "A or B" once ${t.alternativesOnce}`;
}

/** Per-pair errors (`--verbose`) are printed for the dev splits only: the frozen test split shows aggregates. */
function report(name: string, pairs: KeywordPair[], frozen = false) {
  const problems = labelProblems(pairs);
  if (problems.length > 0) throw new Error(`${name}: label problems\n${problems.join("\n")}`);
  const { results, all, byField } = scoreSplit(pairs);
  console.log(`\n${name}`);
  console.log(line("all", all));
  console.log(
    `  target: found-recall ≥ ${pct(TARGET.foundRecall)}: ${mark(all.foundRecall >= TARGET.foundRecall)}; precision ≥ ${pct(TARGET.foundPrecision)}: ${mark(all.foundPrecision >= TARGET.foundPrecision)}; not-skills listed = 0: ${mark(all.notSkillListings === 0)}`,
  );
  for (const [field, t] of [...byField].sort((a, b) => a[0].localeCompare(b[0]))) console.log(line(field, t));
  if (verbose && !frozen) {
    for (const r of results) {
      if (r.errors.length === 0) continue;
      console.log(`  ${r.id}:`);
      for (const e of r.errors) console.log(`      ${e}`);
    }
  }
}

/** The older pairs label skills only (canonical names, no alternatives, no non-skills): skill keywords only, an "A or B" keyword standing for the alternatives the resume shows. */
function legacy() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of resumePairs) {
    const r = buildResumeReport({
      resumeText: pair.resume,
      jobTitle: pair.jobTitle,
      jobDescription: pair.jobDescription,
      now: new Date("2025-06-15T00:00:00Z"),
    });
    const shown = new Set(findSkills(pair.resume).map((m) => m.skill.canonical));
    const predicted = new Set(
      r.keywords.found.filter((f) => f.keyword.kind === "skill").flatMap((f) => f.keyword.alternatives?.filter((a) => shown.has(a)) ?? [f.keyword.term]),
    );
    const labelled = new Set(pair.expectedFound);
    for (const s of predicted) if (labelled.has(s)) tp++;
    for (const s of labelled) if (!predicted.has(s)) fn++;
    fp += [...predicted].filter((s) => !labelled.has(s)).length;
  }
  console.log(
    `\nolder software pairs (tests/fixtures/resumePairs.ts, dev): ${resumePairs.length} pairs  skill recall ${pct(tp / (tp + fn))}  skill precision ${pct(tp / (tp + fp))}`,
  );
}

const started = performance.now();
if (!only || only === "test") report("FROZEN TEST SPLIT (tests/fixtures/eval/keywords/test) — never tuned on", testPairs, true);
if (!only || only === "dev") {
  report("DEV SPLIT (tests/fixtures/eval/keywords/dev) — used for tuning", devPairs);
  legacy();
}
if (!only || only === "dev2") report("SECOND DEV SPLIT (tests/fixtures/eval/keywords/dev2) — used for tuning", dev2Pairs);
if (!only || only === "dev3") report("THIRD DEV SPLIT (tests/fixtures/eval/keywords/dev3) — used for tuning", dev3Pairs);
if (!only || only === "dev4") report("FOURTH DEV SPLIT (tests/fixtures/eval/keywords/dev4) — non-skill traps, used for tuning", dev4Pairs);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
