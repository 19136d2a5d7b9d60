/**
 * Cuts streamed text into sentences as they complete, so the interviewer can
 * start speaking at the first one. A sentence ends at ".", "?" or "!"
 * (optionally followed by a closing quote or bracket) and then whitespace;
 * whatever is left when the stream ends is the last sentence. Text beyond
 * `maxChars` is dropped. Linear in the text: each character is looked at once.
 */
export function createSentenceSplitter(maxChars: number, onSentence: (sentence: string) => void) {
  let buffer = "";
  let total = 0;
  let done = false;
  const ENDS = new Set([".", "?", "!"]);
  const CLOSERS = new Set(['"', "”", "’", "'", ")"]);

  function emit(text: string) {
    const sentence = text.replace(/\s+/g, " ").trim();
    if (sentence) onSentence(sentence);
  }

  /** The index just after the end of the first complete sentence in `buffer`, or -1. */
  function boundary(from: number): number {
    for (let i = from; i < buffer.length; i++) {
      if (!ENDS.has(buffer[i]!)) continue;
      let j = i + 1;
      while (j < buffer.length && (ENDS.has(buffer[j]!) || CLOSERS.has(buffer[j]!))) j++;
      if (j < buffer.length && /\s/.test(buffer[j]!)) return j;
      i = j - 1;
    }
    return -1;
  }

  let scanned = 0;
  return {
    push(delta: string) {
      if (done || !delta) return;
      const room = maxChars - total;
      if (room <= 0) return;
      const piece = delta.slice(0, room);
      total += piece.length;
      buffer += piece;
      for (;;) {
        // Resume scanning a little before the old end: a sentence end may straddle two deltas.
        const end = boundary(Math.max(0, scanned - 3));
        if (end < 0) {
          scanned = buffer.length;
          break;
        }
        emit(buffer.slice(0, end));
        buffer = buffer.slice(end);
        scanned = 0;
      }
    },
    end() {
      if (done) return;
      done = true;
      emit(buffer);
      buffer = "";
    },
  };
}
