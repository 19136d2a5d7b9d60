/** Where an answer's transcript came from, as the page and the export name it. */
export type TranscriptSource = "stt" | "browser" | "user";

export const TRANSCRIPT_SOURCE_LABELS: Record<TranscriptSource, string> = {
  stt: "Transcribed on the server (speech-to-text)",
  browser: "Recognised by your browser while you spoke",
  user: "Typed by you",
};
