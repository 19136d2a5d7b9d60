import { quoteHighlights } from "@/insights/quotes";

/**
 * An answer as written, with the sentences its feedback quotes highlighted
 * (insights/quotes.ts locates each quote; one it cannot find marks nothing).
 * Each highlight says which strengths ("What was right", numbered) quote it.
 */
export function QuotedAnswer({ answer, quotes }: { answer: string; quotes: readonly string[] }) {
  const highlights = quoteHighlights(answer, quotes);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) parts.push(answer.slice(at, h.start));
    const label = `Quoted in strength ${h.quotes.map((i) => i + 1).join(", ")}`;
    parts.push(
      <mark
        key={h.start}
        title={label}
        aria-label={label}
        data-quote-start={h.start}
        data-quote-end={h.end}
        className="rounded-sm bg-primary/15 px-0.5 text-foreground"
      >
        {answer.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  if (at < answer.length) parts.push(answer.slice(at));
  return <p className="whitespace-pre-wrap break-words text-sm">{parts}</p>;
}
