"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FeedbackView } from "@/features/questions/components/FeedbackView";
import type { Baseline } from "@/progress/baseline";
import type { MetricScore, Moment, SpeechScores } from "@/speech/types";
import { overallScore, type SpokenContentFeedback } from "../overallScore";
import type { SpeechFeedback } from "../speechFeedback";
import { AnswerRecorder, type RecognitionSettings } from "./AnswerRecorder";
import { TranscriptPanel, type TranscriptSource } from "./TranscriptPanel";
import { Waveform } from "./Waveform";

export type AnswerResultData = {
  id: string;
  position: number;
  questionText: string;
  /** A follow-up the interviewer asked (conversation mode). */
  followUp?: boolean;
  status: "awaiting" | "processing" | "ready" | "failed";
  error: string | null;
  durationMs: number | null;
  score: number | null;
  transcript: string | null;
  transcriptSource: TranscriptSource | null;
  waveform: number[] | null;
  metrics: {
    speakingMs: number;
    thinkingTimeMs: number | null;
    pauses: { count: number; meanMs: number; longestMs: number };
    estimatedWordsPerMinute: number;
    wordsPerMinute: number | null;
    pitch: { medianHz: number | null; variabilitySemitones: number | null; monotone: boolean };
    loudness: { meanDb: number | null; variabilityDb: number | null };
    fillers: { perMinute: number | null };
    moments: Moment[];
    scores: SpeechScores;
  } | null;
  feedback: (SpeechFeedback & { notes?: string[] }) | null;
  contentFeedback: SpokenContentFeedback | null;
};

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : `${(ms / 1000).toFixed(1)} s`);
const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, "0")}`;

type Mine = { median: number; answers: number } | undefined;

function BandRow({ label, score, unit, mine }: { label: string; score: MetricScore | null; unit: string; mine?: Mine }) {
  if (!score) return null;
  return (
    <li className="grid gap-0.5">
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{label}</span>
        <span>
          {Math.round(score.value * 10) / 10} {unit}
        </span>
        <Badge variant={score.verdict === "within" ? "success" : "warning"}>
          norm {score.band.low}–{score.band.high} {unit}
        </Badge>
        {mine ? (
          <Badge variant="outline" title={`The median of your last ${mine.answers} analysed answers`}>
            your usual {mine.median} {unit}
          </Badge>
        ) : null}
      </span>
      <span className="text-muted-foreground">{score.explanation}</span>
    </li>
  );
}

export type RetakeOptions = { interviewId: string; recognition: RecognitionSettings; earlierTakes: number; takesHref: string };

export type SpeakerProfile = { baseline: Baseline; ownFillers: string[] };

export function AnswerResult({ answer, retake, speaker }: { answer: AnswerResultData; retake: RetakeOptions; speaker: SpeakerProfile }) {
  const { baseline } = speaker;
  const router = useRouter();
  const [recordingAgain, setRecordingAgain] = useState(false);
  const audio = useRef<HTMLAudioElement>(null);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const overall = overallScore(answer.contentFeedback?.rating ?? null, answer.score);
  const seek = (ms: number) => {
    if (!audio.current) return;
    audio.current.currentTime = ms / 1000;
    void audio.current.play().catch(() => {});
  };

  async function post(url: string, init: RequestInit): Promise<boolean> {
    setMessage(null);
    const response = await fetch(url, init).catch(() => null);
    if (response?.ok) {
      router.refresh();
      return true;
    }
    setMessage(((await response?.json().catch(() => null)) as { error?: { message: string } } | null)?.error?.message ?? "Please try again.");
    return false;
  }

  return (
    <article
      id={`answer-${answer.id}`}
      aria-label={`Answer ${answer.position + 1}`}
      className="grid scroll-mt-4 gap-4 rounded-xl border border-border bg-card p-4"
    >
      <header className="grid gap-2 sm:flex sm:items-start sm:justify-between">
        <h3 className="min-w-0 flex-1 font-medium">
          {answer.position + 1}. {answer.followUp ? <span className="text-muted-foreground">Follow-up: </span> : null}
          {answer.questionText}
        </h3>
        {answer.status === "ready" && overall ? (
          <div className="grid justify-items-start gap-0.5 sm:justify-items-end sm:text-right">
            <Badge aria-label={`Overall ${overall.score} out of 100`}>{overall.score}/100</Badge>
            <span className="text-xs text-muted-foreground" data-testid="overall-formula">
              {overall.formula}
            </span>
          </div>
        ) : null}
        {answer.status === "processing" ? <Badge variant="secondary">Analysing…</Badge> : null}
        {answer.status === "failed" ? <Badge variant="destructive">Failed</Badge> : null}
      </header>
      {answer.status === "failed" ? (
        <div className="grid gap-2">
          <Alert variant="destructive">
            <AlertDescription>{answer.error ?? "The analysis failed."} Your recording is kept.</AlertDescription>
          </Alert>
          <div>
            <Button variant="outline" onClick={() => post(`/api/interview-answers/${answer.id}/retry`, { method: "POST" })}>
              Retry analysis
            </Button>
          </div>
        </div>
      ) : null}
      {answer.status === "ready" && answer.metrics && answer.waveform && answer.durationMs ? (
        <>
          <Waveform points={answer.waveform} durationMs={answer.durationMs} moments={answer.metrics.moments} progressMs={progress} onSeek={seek} />
          <audio
            ref={audio}
            controls
            preload="metadata"
            src={`/api/interview-answers/${answer.id}/audio`}
            onTimeUpdate={(e) => setProgress(e.currentTarget.currentTime * 1000)}
            className="w-full"
            aria-label={`Recording of answer ${answer.position + 1}`}
          />
          {answer.metrics.moments.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label="Moments">
              {answer.metrics.moments.map((m, i) => (
                <li key={i}>
                  <Button variant="outline" size="sm" onClick={() => seek(m.startMs)}>
                    {clock(m.startMs)} · {m.label}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          <TranscriptPanel
            answerId={answer.id}
            transcript={answer.transcript}
            source={answer.transcriptSource}
            ownFillers={speaker.ownFillers}
            onSave={(text) =>
              post(`/api/interview-answers/${answer.id}/transcript`, {
                method: "PUT",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ transcript: text }),
              })
            }
          />
          <section aria-label="Content feedback" className="grid gap-2">
            <h4 className="text-sm font-medium">What you said</h4>
            {answer.contentFeedback ? (
              <FeedbackView
                feedback={answer.contentFeedback}
                source={answer.contentFeedback.source}
                modelLabel={answer.contentFeedback.modelLabel}
                quoteTimes={answer.contentFeedback.strengths.map((s) => s.atMs)}
                onSeek={seek}
              />
            ) : (
              <p className="text-sm text-muted-foreground">
                {answer.transcript ? "No content feedback for this answer." : "Content feedback needs a transcript of the answer."}
              </p>
            )}
          </section>
          <h4 className="text-sm font-medium">How you said it</h4>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-muted-foreground">Duration</dt>
              <dd data-testid="answer-duration">{seconds(answer.durationMs)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Speaking time</dt>
              <dd>{seconds(answer.metrics.speakingMs)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Thinking time</dt>
              <dd>{seconds(answer.metrics.thinkingTimeMs)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Pauses</dt>
              <dd>
                {answer.metrics.pauses.count} (longest {seconds(answer.metrics.pauses.longestMs)})
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Pitch</dt>
              <dd>
                {answer.metrics.pitch.medianHz ? `${Math.round(answer.metrics.pitch.medianHz)} Hz` : "—"}
                {answer.metrics.pitch.monotone ? " · monotone" : ""}
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Loudness</dt>
              <dd>
                {answer.metrics.loudness.meanDb !== null
                  ? `${Math.round(answer.metrics.loudness.meanDb)} dBFS ± ${Math.round(answer.metrics.loudness.variabilityDb ?? 0)}`
                  : "—"}
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Pace (audio)</dt>
              <dd>~{Math.round(answer.metrics.estimatedWordsPerMinute)} wpm</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Fillers</dt>
              <dd>{answer.metrics.fillers.perMinute !== null ? `${answer.metrics.fillers.perMinute.toFixed(1)}/min` : "needs transcript"}</dd>
            </div>
          </dl>
          <ul className="grid gap-2 text-sm" aria-label="Against published norms">
            <BandRow
              label="Pace"
              score={answer.metrics.scores.pace}
              unit={answer.metrics.wordsPerMinute !== null ? "wpm" : "syllables/s"}
              mine={answer.metrics.wordsPerMinute !== null ? baseline.paceWpm : baseline.paceSyllables}
            />
            <BandRow label="Thinking time" score={answer.metrics.scores.thinkingTime} unit="s" mine={baseline.thinkingTime} />
            <BandRow label="Longest pause" score={answer.metrics.scores.longestPause} unit="s" mine={baseline.longestPause} />
            <BandRow label="Pitch variation" score={answer.metrics.scores.pitchVariability} unit="st" mine={baseline.pitchVariability} />
            <BandRow label="Fillers" score={answer.metrics.scores.fillers} unit="/min" mine={baseline.fillers} />
          </ul>
          {answer.feedback ? (
            <section aria-label="Delivery feedback" className="grid gap-1 text-sm">
              <h5 className="font-medium">Delivery feedback</h5>
              <p className="text-xs text-muted-foreground">Automated analysis of the audio against published norms — not an AI model.</p>
              <ul className="grid list-disc gap-1 pl-5">
                {answer.feedback.items.map((f, i) => (
                  <li key={i}>
                    {f.atMs !== undefined ? (
                      <button type="button" className="mr-1 font-mono text-primary underline" onClick={() => seek(f.atMs!)}>
                        {clock(f.atMs)}
                      </button>
                    ) : null}
                    {f.message}
                    {f.quote ? <q className="ml-1 italic text-muted-foreground">{f.quote}</q> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {answer.feedback?.notes?.length ? (
            <ul className="grid gap-1 text-xs text-muted-foreground" aria-label="Notes on this analysis">
              {answer.feedback.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {message ? (
        <Alert variant="destructive">
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      ) : null}
      {answer.status === "ready" || answer.status === "failed" ? (
        <footer className="grid gap-3 border-t border-border pt-3">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Button type="button" variant="outline" size="sm" onClick={() => setRecordingAgain((v) => !v)} aria-expanded={recordingAgain}>
              {recordingAgain ? "Cancel" : "Record again"}
            </Button>
            {retake.earlierTakes > 0 ? (
              <a href={retake.takesHref} className="font-medium text-primary underline-offset-4 hover:underline">
                Compare takes ({retake.earlierTakes + 1})
              </a>
            ) : (
              <span className="text-muted-foreground">Your analysed takes are kept, so you can compare them.</span>
            )}
          </div>
          {recordingAgain ? (
            <AnswerRecorder
              question={answer.questionText}
              uploadUrl={`/api/interviews/${retake.interviewId}/answers/${answer.id}/audio`}
              transcriptUrl={`/api/interviews/${retake.interviewId}/answers/${answer.id}/transcript`}
              recognition={retake.recognition}
              speakOnMount={false}
              onUploaded={() => {
                setRecordingAgain(false);
                router.refresh();
              }}
            />
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
