import { describe, expect, it } from "vitest";
import { getBankQuestion } from "@/insights/questionBank";
import { gradeAnswer } from "@/insights/rubric";
import { DELIVERY_SCORE_NOISE, QUESTION_RATING_NOISE, RESUME_SCORE_NOISE } from "@/progress/noise";
import { assessTrend, type TrendPoint } from "@/progress/trend";
import { buildResumeReport } from "@/resume/report";
import { analyseSpeech } from "@/speech/analyse";
import { decodeAudio } from "@/speech/decode";
import { scoreSpeech } from "@/speech/score";
import { answerTriples } from "../fixtures/answerTriples";
import { resumePairs } from "../fixtures/resumePairs";
import { espeakWav, hasEspeak, makeTempDir } from "../support/speechAudio";

const series = (...values: number[]): TrendPoint[] => values.map((value, i) => ({ at: new Date(Date.UTC(2026, 0, i + 1)), value }));
const noise = (sd: number) => ({ sd, method: "test" });

/** Pooled within-group standard deviation. */
function pooledSd(groups: number[][]): number {
  let ss = 0;
  let dof = 0;
  for (const g of groups) {
    const m = g.reduce((a, b) => a + b, 0) / g.length;
    ss += g.reduce((a, x) => a + (x - m) ** 2, 0);
    dof += g.length - 1;
  }
  return Math.sqrt(ss / dof);
}

describe("assessTrend", () => {
  it("claims nothing from fewer than 4 results of a noisy score", () => {
    expect(assessTrend(series(3, 9, 10), noise(0.8)).kind).toBe("not-enough-data");
  });

  it("calls a change an improvement only beyond 2σ·√(1/n₁+1/n₂)", () => {
    // Windows of 3: threshold = 2 × 0.8 × √(2/3) ≈ 1.3.
    const up = assessTrend(series(5, 5, 5, 6.5, 6.5, 6.5), noise(0.8));
    expect(up).toMatchObject({ kind: "improved", delta: 1.5, threshold: 1.3 });
    expect(assessTrend(series(5, 5, 5, 6, 6, 6), noise(0.8))).toMatchObject({ kind: "steady", delta: 1 });
    expect(assessTrend(series(8, 8, 8, 6, 6, 6), noise(0.8))).toMatchObject({ kind: "declined", delta: -2 });
  });

  it("compares the latest results with the same number just before them", () => {
    // Five points: windows of 2 → (9 + 9) vs (3 + 3); the first point is not used.
    expect(assessTrend(series(9, 3, 3, 9, 9), noise(0.8))).toMatchObject({ kind: "improved", delta: 6 });
  });

  it("compares the last two results of a deterministic score", () => {
    expect(assessTrend(series(60), RESUME_SCORE_NOISE).kind).toBe("not-enough-data");
    expect(assessTrend(series(60, 61), RESUME_SCORE_NOISE)).toMatchObject({ kind: "improved", delta: 1 });
    expect(assessTrend(series(61, 61), RESUME_SCORE_NOISE)).toMatchObject({ kind: "steady", label: "No change" });
  });

  it("makes no claim for a score whose noise is unmeasured", () => {
    expect(assessTrend(series(10, 20, 30, 90, 95, 99), null).kind).toBe("unmeasured");
  });
});

describe("trend wording", () => {
  const rating = { sd: 0.8, method: "the spread of equal answers" };

  it("says “no clear change” only of a flat line", () => {
    const flat = assessTrend(series(6, 6, 6, 6, 6, 6), rating);
    expect(flat).toMatchObject({ kind: "steady", label: "No clear change" });
    expect(flat.text).toBe("No clear change: flat at 6 over 6 results; the scoring noise is ±1.3 (the spread of equal answers).");
    for (const moving of [series(5, 5, 5, 6, 6, 6), series(5, 6, 5, 5, 6, 5), series(8, 8, 8, 6, 6, 6), series(62, 84, 84)]) {
      const verdict = assessTrend(moving, moving.length === 3 ? RESUME_SCORE_NOISE : rating);
      expect(verdict.label).not.toMatch(/no clear change/i);
      expect(verdict.text).not.toMatch(/no clear change/i);
    }
  });

  it("a rise within the noise says how far it rose and the noise figure it was measured against", () => {
    const verdict = assessTrend(series(5, 5, 5, 6, 6, 6), rating);
    expect(verdict).toMatchObject({ kind: "steady", label: "Within noise", delta: 1, threshold: 1.3 });
    expect(verdict.text).toBe(
      "Up 1 point (the latest 3 results vs the 3 before) — within the scoring noise of ±1.3 (the spread of equal answers), so not a clear change yet.",
    );
    expect(assessTrend(series(60, 60, 60, 82, 82, 82), { sd: 20, method: "m" }).text).toMatch(
      /^Up 22 points \(the latest 3 results vs the 3 before\) — within the scoring noise of ±32\.7 \(m\)/,
    );
  });

  it("a rise beyond the noise says so, with the figure; a fall says “down”", () => {
    const up = assessTrend(series(5, 5, 5, 6.5, 6.5, 6.5), rating);
    expect(up).toMatchObject({ kind: "improved", label: "Improved" });
    expect(up.text).toBe("Up 1.5 points (the latest 3 results vs the 3 before) — beyond the scoring noise of ±1.3 (the spread of equal answers).");
    const down = assessTrend(series(8, 8, 8, 6, 6, 6), rating);
    expect(down).toMatchObject({ kind: "declined", label: "Declined" });
    expect(down.text).toMatch(/^Down 2 points \(the latest 3 results vs the 3 before\) — beyond the scoring noise of ±1\.3/);
  });

  it("a deterministic score that rose, then held, says both (the ±0 noise included)", () => {
    const verdict = assessTrend(series(62, 84, 84), RESUME_SCORE_NOISE);
    expect(verdict).toMatchObject({ kind: "steady", label: "Same as last", delta: 0 });
    expect(verdict.text).toBe(
      `Same as the previous result (84); up 22 points from the first result (62 → 84) — beyond the scoring noise of ±0 (${RESUME_SCORE_NOISE.method}).`,
    );
    expect(assessTrend(series(62, 84), RESUME_SCORE_NOISE).text).toMatch(/^Up 22 points from the previous result \(62 → 84\) — beyond the scoring noise of ±0/);
  });

  it("too few results and unmeasured noise still describe the line, without a claim", () => {
    expect(assessTrend(series(3, 9, 10), rating).text).toBe(
      "Up 7 points from the first result (3 → 10), but at least 4 results are needed to tell a change from the scoring noise (about ±0.8 per result); 3 so far.",
    );
    const live = assessTrend(series(50, 62), null);
    expect(live).toMatchObject({ kind: "unmeasured", label: "Trend only" });
    expect(live.text).toBe(
      "Up 12 points from the first result (50 → 62). Shown as a trend only: the noise of this score has not been measured, so no change is claimed.",
    );
    expect(assessTrend(series(150, 138), null, " wpm").text).toMatch(/^Down 12 wpm from the first result/);
  });
});

describe("measured scoring noise", () => {
  it("question ratings: the constant matches the spread among equally good answers in the labelled set", () => {
    const strong = answerTriples.map((t) => gradeAnswer(getBankQuestion(t.questionId)!, t.strong).rating);
    const weak = answerTriples.map((t) => gradeAnswer(getBankQuestion(t.questionId)!, t.weak).rating);
    expect(pooledSd([strong, weak])).toBeCloseTo(QUESTION_RATING_NOISE.sd, 2);
  });

  it("resume scores: the same resume and job score the same every time", () => {
    for (const pair of resumePairs.slice(0, 5)) {
      const input = { resumeText: pair.resume, jobTitle: pair.jobTitle, jobDescription: pair.jobDescription, now: new Date("2026-11-01") };
      expect(buildResumeReport(input).scores).toEqual(buildResumeReport(input).scores);
    }
  });

  it.skipIf(!hasEspeak())(
    "delivery: the constant matches the spread across voices for the same answer and pace",
    async () => {
      const texts = [
        "In my last role I led a small team that rebuilt the payment service. We moved from a single large database to smaller services, and we cut the time to process a refund from two days to a few minutes. I learned to write clear plans and to ask for help early.",
        "When a deadline slips, I first talk with the people who depend on the work. Then I split the task into parts that can ship on their own, and I pick the part that gives the most value. Last year this helped us launch a mobile app on time for a big client.",
        "I enjoy solving hard problems with simple tools. At my current company I found that the build took forty minutes, so I measured each step, removed two slow tests that did nothing, and cached the rest. Now the build runs in nine minutes and the team ships twice as often.",
      ];
      const tmp = makeTempDir();
      const groups: number[][] = [];
      try {
        for (const [t, text] of texts.entries()) {
          for (const rate of [130, 160]) {
            const scores: number[] = [];
            for (const voice of ["en", "en-us", "en-gb-x-rp", "en+f3"]) {
              const audio = await decodeAudio(espeakWav({ wpm: rate, voice, text, dir: tmp.dir, name: `noise-${t}-${voice}-${rate}` }));
              scores.push(scoreSpeech(analyseSpeech({ samples: audio.samples, sampleRate: audio.sampleRate, transcript: { text } })).aggregate!);
            }
            groups.push(scores);
          }
        }
      } finally {
        tmp.cleanup();
      }
      expect(pooledSd(groups)).toBeCloseTo(DELIVERY_SCORE_NOISE.sd, 1);
    },
    60_000,
  );
});
