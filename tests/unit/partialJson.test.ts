import { parsePartialJson as sdkParsePartialJson } from "ai";
import { describe, expect, it } from "vitest";
import { parsePartialJson } from "@/lib/partialJson";

/**
 * lib/partialJson.ts stands in for the AI SDK's parsePartialJson in the
 * browser (the SDK stays on the server): on every prefix of a streamed object,
 * the same value.
 */
const samples: unknown[] = [
  {
    rating: 7,
    summary: 'Clear answer with a "STAR" story\nand a result: 30% fewer retries.',
    strengths: [{ point: "Named the trade-off", quote: "we chose idempotency keys \\ not locks" }],
    gaps: [{ point: "No numbers", suggestion: "Say how many payments — e.g. 1.5e3/s, -2 errors?" }],
    modelAnswer: "Ünïcödé ✓ and emoji 🎉 and tab\there",
    breakdown: [
      { part: "coverage", score: 0.75, weight: 0.5, explanation: "" },
      { part: "structure", score: 1, weight: 0.25, explanation: "null true false" },
    ],
  },
  { overall: { score: 61, summary: "ok" }, ats: { score: 0, summary: "", items: [] }, flags: [true, false, null, -0.5, 12e-2] },
  [[], {}, [1, [2, [3]]], { a: { b: { c: "d" } } }],
  "just a string",
  -12.5,
  null,
];

function* prefixes(text: string) {
  for (let i = 0; i <= text.length; i++) yield text.slice(0, i);
}

describe("parsePartialJson matches the AI SDK's", () => {
  it.each(samples.map((s, i) => [i, s]))("on every prefix of sample %i (compact and indented)", async (_i, sample) => {
    for (const text of [
      JSON.stringify(sample),
      JSON.stringify(sample, null, 2),
      JSON.stringify(sample).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    ]) {
      for (const prefix of prefixes(text)) {
        expect(parsePartialJson(prefix).value, prefix).toEqual((await sdkParsePartialJson(prefix)).value);
      }
    }
  });

  it("refuses prototype keys as the SDK does", async () => {
    for (const text of ['{"a":1,"__proto__":{"x":1}}', '{"a":{"constructor":{"prototype":{"x":1}}}}', '{"a":{"__proto__":', '{"constructor":1}', "[1,2"]) {
      expect(parsePartialJson(text).value, text).toEqual((await sdkParsePartialJson(text)).value);
    }
  });
});
