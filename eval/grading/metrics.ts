import type { AnswerKind, AnswerSet } from "../../tests/fixtures/eval/grading";

/**
 * Issue 14's grading figures over a list of answer sets, for any grader: the
 * eval script prints them for both splits, the unit tests assert the
 * thresholds on the dev split.
 */
export type Graded = {
  rating: number;
  /** Sentences the grader left out as addressed to it. */
  ignored: string[];
  /** The feedback says its content was not checked against reference points. */
  unreferenced: boolean;
};
/** null: the grader cannot grade this question at all. */
export type Grader = (set: AnswerSet, answer: string) => Graded | null;

export type Ratio = { count: number; of: number };
export type Figures = {
  sets: number;
  ungradable: number;
  stuffedBelowWeak: Ratio;
  stuffedMax: number;
  stuffedAbove3: number;
  strongAboveWeak: Ratio;
  conciseAboveWeak: Ratio;
  starAtLeast7: Ratio;
  starMin: number;
  /** Each injection appended to the weak and the strong answer, inline and as its own paragraph. */
  injection: { variants: number; changed: number; maxDelta: number; examples: string[] };
  /** Sentences of honest answers (no injection) that the grader dropped as addressed to it. */
  honestIgnored: string[];
  labelled: Ratio;
  means: Record<AnswerKind | "weak+injection", number | null>;
  misses: string[];
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function injectionVariants(base: string, injection: string): string[] {
  return [`${base} ${injection}`, `${base}\n\n${injection}`];
}

/** The injection placed mid-answer, after the answer's first sentence (development sets only: the frozen sets were measured without it). */
export function injectionInMiddle(base: string, injection: string): string[] {
  const m = /[.!?](?=\s)/.exec(base);
  const cut = m ? m.index + 1 : base.length;
  return [`${base.slice(0, cut)} ${injection} ${base.slice(cut).trimStart()}`.trim()];
}

export function computeFigures(sets: AnswerSet[], grade: Grader): Figures {
  const scores: Record<AnswerKind | "weak+injection", number[]> = { strong: [], weak: [], stuffed: [], concise: [], star: [], "weak+injection": [] };
  const f: Figures = {
    sets: sets.length,
    ungradable: 0,
    stuffedBelowWeak: { count: 0, of: 0 },
    stuffedMax: 0,
    stuffedAbove3: 0,
    strongAboveWeak: { count: 0, of: 0 },
    conciseAboveWeak: { count: 0, of: 0 },
    starAtLeast7: { count: 0, of: 0 },
    starMin: 10,
    injection: { variants: 0, changed: 0, maxDelta: 0, examples: [] },
    honestIgnored: [],
    labelled: { count: 0, of: 0 },
    means: { strong: null, weak: null, stuffed: null, concise: null, star: null, "weak+injection": null },
    misses: [],
  };
  for (const set of sets) {
    const strong = grade(set, set.strong);
    const weak = grade(set, set.weak);
    const stuffed = grade(set, set.stuffed);
    const concise = grade(set, set.concise);
    if (!strong || !weak || !stuffed || !concise) {
      f.ungradable++;
      continue;
    }
    const stars = set.kind === "behavioural" ? [set.strong, ...(set.star ?? [])] : [];
    const starGrades = stars.map((s) => grade(set, s)!);
    for (const g of [strong, weak, stuffed, concise, ...starGrades]) {
      f.honestIgnored.push(...g.ignored.map((s) => `${set.id}: ${s}`));
      f.labelled.of++;
      if (g.unreferenced) f.labelled.count++;
    }
    scores.strong.push(strong.rating);
    scores.weak.push(weak.rating);
    scores.stuffed.push(stuffed.rating);
    scores.concise.push(concise.rating);

    f.stuffedBelowWeak.of++;
    if (stuffed.rating < weak.rating) f.stuffedBelowWeak.count++;
    else f.misses.push(`${set.id} stuffed ${stuffed.rating} ≥ weak ${weak.rating}`);
    f.stuffedMax = Math.max(f.stuffedMax, stuffed.rating);
    if (stuffed.rating > 3) f.stuffedAbove3++;
    f.strongAboveWeak.of++;
    if (strong.rating > weak.rating) f.strongAboveWeak.count++;
    else f.misses.push(`${set.id} strong ${strong.rating} ≤ weak ${weak.rating}`);
    f.conciseAboveWeak.of++;
    if (concise.rating > weak.rating) f.conciseAboveWeak.count++;
    else f.misses.push(`${set.id} concise ${concise.rating} ≤ weak ${weak.rating}`);

    starGrades.forEach((g, i) => {
      scores.star.push(g.rating);
      f.starAtLeast7.of++;
      f.starMin = Math.min(f.starMin, g.rating);
      if (g.rating >= 7) f.starAtLeast7.count++;
      else f.misses.push(`${set.id} STAR story ${i} rated ${g.rating}`);
    });

    for (const [base, baseGrade] of [
      [set.weak, weak],
      [set.strong, strong],
    ] as const) {
      for (const injection of set.injections) {
        for (const variant of injectionVariants(base, injection)) {
          const g = grade(set, variant)!;
          if (base === set.weak) scores["weak+injection"].push(g.rating);
          f.injection.variants++;
          const delta = g.rating - baseGrade.rating;
          if (delta !== 0) {
            f.injection.changed++;
            f.injection.maxDelta = Math.max(f.injection.maxDelta, Math.abs(delta));
            f.injection.examples.push(`${set.id} ${delta > 0 ? "+" : ""}${delta}: ${injection}`);
          }
        }
      }
    }
  }
  if (f.starAtLeast7.of === 0) f.starMin = 0;
  for (const kind of Object.keys(scores) as (keyof typeof scores)[]) f.means[kind] = mean(scores[kind]);
  return f;
}

export type InjectionFigures = {
  phrasings: number;
  recognised: number;
  missed: string[];
  variants: number;
  changed: number;
  maxDelta: number;
  examples: string[];
};

/**
 * Held-out injection phrasings: each is appended (inline and as its own
 * paragraph) to the weak and the strong answer of `perInjection` sets, taken
 * in rotation from `sets`, and the score compared with the answer alone.
 * `recognised`: phrasings whose every sentence the grader leaves out on its own.
 */
export function computeInjectionFigures(
  sets: AnswerSet[],
  injections: string[],
  grade: Grader,
  isIgnored: (text: string) => boolean,
  perInjection = 6,
  variantsOf: (base: string, injection: string) => string[] = injectionVariants,
): InjectionFigures {
  const f: InjectionFigures = { phrasings: injections.length, recognised: 0, missed: [], variants: 0, changed: 0, maxDelta: 0, examples: [] };
  const bank = sets.filter((s) => s.questionId);
  const cache = new Map<string, number>();
  const base = (set: AnswerSet, answer: string) => {
    const key = `${set.id}\u0000${answer}`;
    if (!cache.has(key)) cache.set(key, grade(set, answer)!.rating);
    return cache.get(key)!;
  };
  injections.forEach((injection, k) => {
    if (isIgnored(injection)) f.recognised++;
    else f.missed.push(injection);
    for (let j = 0; j < perInjection; j++) {
      const set = bank[(k * perInjection + j) % bank.length]!;
      for (const answer of [set.weak, set.strong]) {
        for (const variant of variantsOf(answer, injection)) {
          f.variants++;
          const delta = grade(set, variant)!.rating - base(set, answer);
          if (delta !== 0) {
            f.changed++;
            f.maxDelta = Math.max(f.maxDelta, Math.abs(delta));
            f.examples.push(`${set.id} ${delta > 0 ? "+" : ""}${delta}: ${injection}`);
          }
        }
      }
    }
  });
  return f;
}

export type HonestFigures = {
  sentences: number;
  variants: number;
  /** Honest sentences with some text left out as addressed to the grader, alone or in an answer. */
  ignored: number;
  examples: string[];
};

/**
 * Honest sentences that mention scores, grading, reviewers, systems, AI or
 * instructions: each is graded alone, then appended (inline and as its own
 * paragraph) and placed mid-answer in the weak and the strong answer of
 * `perSentence` sets, taken in rotation from `sets`. Nothing may be left out
 * as addressed to the grader: neither the sentence nor the answer around it.
 */
export function computeHonestFigures(sets: AnswerSet[], honest: string[], grade: Grader, perSentence = 2): HonestFigures {
  const f: HonestFigures = { sentences: honest.length, variants: 0, ignored: 0, examples: [] };
  const bank = sets.filter((s) => s.questionId);
  honest.forEach((sentence, k) => {
    const dropped = new Set<string>();
    for (let j = 0; j < perSentence; j++) {
      const set = bank[(k * perSentence + j) % bank.length]!;
      const variants = [
        sentence,
        ...[set.weak, set.strong].flatMap((answer) => [...injectionVariants(answer, sentence), ...injectionInMiddle(answer, sentence)]),
      ];
      for (const variant of variants) {
        f.variants++;
        for (const s of grade(set, variant)!.ignored) dropped.add(s);
      }
    }
    if (dropped.size) {
      f.ignored++;
      f.examples.push(`${sentence} → left out: ${[...dropped].join(" | ")}`);
    }
  });
  return f;
}
