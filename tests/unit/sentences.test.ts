import { describe, expect, it } from "vitest";
import { createSentenceSplitter } from "@/features/interviews/sentences";

function split(deltas: string[], max = 300) {
  const out: string[] = [];
  const splitter = createSentenceSplitter(max, (s) => out.push(s));
  const afterEach: number[] = [];
  for (const d of deltas) {
    splitter.push(d);
    afterEach.push(out.length);
  }
  splitter.end();
  return { out, afterEach };
}

describe("sentences cut from streamed text", () => {
  it("emits each sentence as soon as it is complete, also across deltas", () => {
    const { out, afterEach } = split(["Thanks", ", that helps", ".", " What did", " you measure?", " And", " why"]);
    expect(out).toEqual(["Thanks, that helps.", "What did you measure?", "And why"]);
    // "Thanks, that helps." is out once the space after it arrives (the 4th delta), before the rest is written.
    expect(afterEach).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it("keeps decimals, closing quotes and ellipses inside sentences", () => {
    expect(split(['You said "fast." Was p99 under 2.5 s… or not? ', "Tell me."]).out).toEqual(['You said "fast."', "Was p99 under 2.5 s… or not?", "Tell me."]);
  });

  it("drops text beyond the limit and normalises whitespace", () => {
    expect(split(["One  two\nthree. ", "x".repeat(50)], 20).out).toEqual(["One two three.", "xxxx"]);
  });

  it("is linear on a long run without sentence ends (adversarial input)", () => {
    const started = performance.now();
    const splitter = createSentenceSplitter(60_000, () => {});
    for (let i = 0; i < 6000; i++) splitter.push(".".repeat(10));
    splitter.end();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
