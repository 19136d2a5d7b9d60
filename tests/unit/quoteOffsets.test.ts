import { describe, expect, it } from "vitest";
import { gradeAnswer } from "@/insights/rubric";
import { getBankQuestion } from "@/insights/questionBank";
import { locateQuote, quoteHighlights, quoteSentence, sentenceBounds } from "@/insights/quotes";

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + word.length };
};

describe("sentenceBounds", () => {
  const text = "We cache reads. We use e.g. Redis for the session store. Then we measure p99 at 3.5 ms. Done!";

  it("gives the offsets of the sentence around a word", () => {
    const { start, end } = at(text, "Redis");
    expect(sentenceBounds(text, start, end)).toEqual({ start: 16, end: 56 });
    expect(text.slice(16, 56)).toBe("We use e.g. Redis for the session store.");
  });

  it("does not end a sentence at an abbreviation, a decimal or a file name", () => {
    const { start, end } = at(text, "3.5");
    expect(text.slice(...Object.values(sentenceBounds(text, start, end)))).toBe("Then we measure p99 at 3.5 ms.");
    const node = "I moved the API to Node.js last year. It halved latency.";
    const hit = at(node, "API");
    expect(sentenceBounds(node, hit.start, hit.end)).toEqual({ start: 0, end: 37 });
  });

  it("keeps a closing quote mark with its sentence and starts the next one after it", () => {
    const text2 = 'She said "ship it." Then I wrote the rollback plan.';
    const hit = at(text2, "rollback");
    expect(sentenceBounds(text2, hit.start, hit.end)).toEqual({ start: 20, end: text2.length });
    const first = at(text2, "ship");
    expect(sentenceBounds(text2, first.start, first.end)).toEqual({ start: 0, end: 19 });
  });

  it("treats a line break as a sentence end", () => {
    const text3 = "Situation: the queue backed up\nAction: I added a dead-letter queue";
    const hit = at(text3, "dead-letter");
    expect(sentenceBounds(text3, hit.start, hit.end)).toEqual({ start: 31, end: text3.length });
  });
});

describe("quoteSentence", () => {
  it("quotes the whole sentence that holds the match, not a fragment after an abbreviation", () => {
    const text = "We use e.g. Redis for the session store. Then we measure.";
    const { start, end } = at(text, "Redis");
    expect(quoteSentence(text, start, end)).toBe("We use e.g. Redis for the session store.");
  });

  it("cuts a long sentence at word boundaries around the match", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words[40] = "idempotency";
    const text = `${words.join(" ")}.`;
    const { start, end } = at(text, "idempotency");
    const quote = quoteSentence(text, start, end, 60);
    expect(quote.startsWith("…")).toBe(true);
    expect(quote.endsWith("…")).toBe(true);
    expect(quote).toContain("idempotency");
    // Every word in the quote is a whole word of the answer.
    for (const w of quote.replace(/…/g, "").split(" ")) expect(words).toContain(w.replace(/\.$/, ""));
    expect(locateQuote(text, quote)).not.toBeNull();
  });
});

describe("locateQuote", () => {
  const answer = "First, the client sends a key.  The server stores the “idempotency key” with a unique constraint.\nRetries return the stored response.";

  it("finds an exact quote at its offsets", () => {
    expect(locateQuote(answer, "Retries return the stored response.")).toEqual({ start: 98, end: answer.length });
  });

  it("finds a quote that differs in case, spacing, quote marks and wrapping", () => {
    const found = locateQuote(answer, '…the server stores the "Idempotency key" with a unique constraint…');
    expect(found).not.toBeNull();
    expect(answer.slice(found!.start, found!.end)).toBe("The server stores the “idempotency key” with a unique constraint");
    const spaced = locateQuote(answer, "sends a key. The server");
    expect(answer.slice(spaced!.start, spaced!.end)).toBe("sends a key.  The server");
  });

  it("returns null for a paraphrase or an empty quote", () => {
    expect(locateQuote(answer, "The server keeps keys forever.")).toBeNull();
    expect(locateQuote(answer, "")).toBeNull();
    expect(locateQuote(answer, "…")).toBeNull();
  });
});

describe("quoteHighlights", () => {
  const answer = "The client sends a key. The server stores the key with a unique constraint. Retries return the stored response.";

  it("highlights the sentence each quote comes from, in answer order", () => {
    const highlights = quoteHighlights(answer, ["unique constraint", "Retries return", "not in the answer"]);
    expect(highlights).toEqual([
      { start: 24, end: 75, quotes: [0] },
      { start: 76, end: answer.length, quotes: [1] },
    ]);
    expect(answer.slice(24, 75)).toBe("The server stores the key with a unique constraint.");
  });

  it("points a short phrase that appears twice at its first sentence, and joins quotes in one sentence", () => {
    const highlights = quoteHighlights(answer, ["the key", "stores"]);
    expect(highlights).toEqual([{ start: 24, end: 75, quotes: [0, 1] }]);
  });
});

describe("the engine's quotes point at the sentence that earned them", () => {
  it("every strength quote of a bank answer is located inside the sentence holding its key words", () => {
    const question = getBankQuestion("be-idempotent-payments")!;
    const answer = [
      "I have built payment APIs for years, e.g. at a fintech.",
      "The client sends an idempotency key with each payment request.",
      "The server stores the key with a unique constraint in the same transaction that creates the charge.",
      "On a retry with the same key the server returns the stored response instead of charging again.",
    ].join(" ");
    const graded = gradeAnswer(question, answer);
    expect(graded.covered.length).toBeGreaterThan(0);
    for (const c of graded.covered) {
      const found = locateQuote(answer, c.quote);
      expect(found, c.quote).not.toBeNull();
      // A quote is whole sentences of the answer: it starts and ends on a sentence boundary.
      expect(sentenceBounds(answer, found!.start, found!.end)).toEqual(found);
    }
  });
});
