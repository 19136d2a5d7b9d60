import { interviewKindLabels } from "./schemas";

/** A recorded or spoken-conversation interview as listed (see `listInterviews`). */
export type RecordedSummary = {
  id: string;
  kind: keyof typeof interviewKindLabels;
  mode: "recorded" | "conversation";
  status: "in_progress" | "completed";
  createdAt: Date;
  answers: number;
  ready: number;
  meanScore: number | null;
  lastActivityAt: Date;
};

/** A Hume live interview as listed (see `listLiveInterviews`). */
export type LiveSummary = {
  id: string;
  status: "created" | "in_call" | "processing" | "ready" | "failed";
  createdAt: Date;
  durationMs: number | null;
  score: number | null;
};

export type HistoryState = "completed" | "in_progress" | "abandoned" | "analysing" | "failed" | "not_analysed";

/** One row of a job's interview history, whatever ran it. */
export type HistoryRow = {
  id: string;
  href: string;
  createdAt: Date;
  mode: "recorded" | "conversation" | "live";
  label: string;
  progress: string | null;
  durationMs: number | null;
  score: number | null;
  state: HistoryState;
};

/** An interview left with unanswered questions for a day: marked, and resumable where it stopped. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

const LIVE_STATE: Record<LiveSummary["status"], HistoryState> = {
  created: "not_analysed",
  in_call: "not_analysed",
  processing: "analysing",
  ready: "completed",
  failed: "failed",
};

/**
 * Every interview of a job in one list, newest first: recorded interviews,
 * spoken conversations and Hume live interviews (listed even when Hume is no
 * longer configured, so no past interview disappears).
 */
export function interviewHistory(jobInfoId: string, recorded: readonly RecordedSummary[], live: readonly LiveSummary[], now = Date.now()): HistoryRow[] {
  const base = `/app/job-infos/${jobInfoId}/interviews`;
  const rows: HistoryRow[] = [
    ...recorded.map((i) => ({
      id: i.id,
      href: `${base}/${i.id}`,
      createdAt: new Date(i.createdAt),
      mode: i.mode,
      label: `${i.mode === "conversation" ? "Spoken conversation" : "Recorded"}, ${interviewKindLabels[i.kind].label.toLowerCase()}`,
      progress: `${i.ready}/${i.answers} analysed`,
      durationMs: null,
      score: i.meanScore,
      state:
        i.status === "completed"
          ? ("completed" as const)
          : now - new Date(i.lastActivityAt).getTime() > ABANDONED_AFTER_MS
            ? ("abandoned" as const)
            : ("in_progress" as const),
    })),
    ...live.map((i) => ({
      id: i.id,
      href: `${base}/live/${i.id}`,
      createdAt: new Date(i.createdAt),
      mode: "live" as const,
      label: "Live interview (Hume)",
      progress: null,
      durationMs: i.durationMs,
      score: i.score,
      state: LIVE_STATE[i.status],
    })),
  ];
  return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
