import { TRANSCRIPT_SOURCE_LABELS, type TranscriptSource } from "./transcriptSources";

/** One turn of an interview's transcript as its results page shows it. */
export type TranscriptTurn = {
  speaker: "interviewer" | "candidate";
  text: string;
  /** When it was said, as shown ("0:14"), if known. */
  at?: string;
  /** A follow-up question (spoken interviews). */
  followUp?: boolean;
  /** Where the answer's recording, feedback and measures are (recorded and spoken interviews). */
  answerHref?: string;
};

type AnswerTurn = {
  id: string;
  questionText: string;
  followUpOf: string | null;
  status: string;
  transcript: string | null;
  transcriptSource: TranscriptSource | null;
};

const PENDING_TEXT: Record<string, string> = {
  processing: "(recorded; the transcript is still being made)",
  failed: "(recorded; the analysis failed — retry it on the answer below)",
};

/**
 * A recorded or spoken interview as one conversation with both speakers: each
 * question the interviewer asked (follow-ups marked), then what the user said,
 * linked to the answer's recording and feedback. Unanswered questions are left out.
 */
export function conversationTurns(answers: readonly AnswerTurn[]): TranscriptTurn[] {
  return answers
    .filter((a) => a.status !== "awaiting")
    .flatMap((a): TranscriptTurn[] => [
      { speaker: "interviewer", text: a.questionText, followUp: a.followUpOf !== null },
      {
        speaker: "candidate",
        text: a.transcript?.trim() || (PENDING_TEXT[a.status] ?? "(no words were recognised in this recording)"),
        answerHref: `#answer-${a.id}`,
      },
    ]);
}

/** Where the words came from: one source, or which source for how many answers. */
export function transcriptSource(answers: readonly Pick<AnswerTurn, "transcript" | "transcriptSource">[]): string {
  const counts = new Map<TranscriptSource, number>();
  for (const a of answers) if (a.transcript?.trim() && a.transcriptSource) counts.set(a.transcriptSource, (counts.get(a.transcriptSource) ?? 0) + 1);
  if (counts.size === 0) return "No transcript yet: each answer's words appear here once they are recognised or typed.";
  const [only] = counts.keys();
  if (counts.size === 1 && only) return `${TRANSCRIPT_SOURCE_LABELS[only]}. The interviewer's words are the questions as asked.`;
  const parts = [...counts].map(([source, n]) => `${TRANSCRIPT_SOURCE_LABELS[source].toLowerCase()} (${n} answer${n === 1 ? "" : "s"})`);
  return `Your words: ${parts.join("; ")}. The interviewer's words are the questions as asked.`;
}
