"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { extraFillers, markFillers } from "@/speech/fillers";
import { TRANSCRIPT_SOURCE_LABELS as SOURCE_LABELS, type TranscriptSource } from "../transcriptSources";

export type { TranscriptSource };

/**
 * The answer's transcript with filler words highlighted, where it came from,
 * and a form to correct it (which re-runs the whole analysis). The field is
 * controlled, so what the user typed survives a failed save.
 */
export function TranscriptPanel({
  answerId,
  transcript,
  source,
  ownFillers,
  onSave,
}: {
  answerId: string;
  /** The user's own filler words (speaking profile). */
  ownFillers: readonly string[];
  transcript: string | null;
  source: TranscriptSource | null;
  onSave: (text: string) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(!transcript);
  const [text, setText] = useState(transcript ?? "");
  const [saving, setSaving] = useState(false);
  return (
    <section aria-label="Transcript" className="grid gap-2 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-medium">Transcript</h4>
        {source ? (
          <span className="text-xs text-muted-foreground" data-testid="transcript-source">
            {SOURCE_LABELS[source]}
          </span>
        ) : null}
      </div>
      {transcript ? (
        <p className="whitespace-pre-wrap rounded-lg bg-muted p-3 leading-relaxed" data-testid="transcript-text">
          {markFillers(transcript, extraFillers(ownFillers)).map((piece, i) =>
            piece.filler ? (
              <mark key={i} className="rounded bg-warning/30 px-0.5 text-foreground" title="Filler word">
                {piece.text}
              </mark>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
        </p>
      ) : (
        <p className="text-muted-foreground">No transcript yet: type what you said to get words per minute, filler words and content feedback.</p>
      )}
      {editing ? (
        <form
          className="grid gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            setSaving(true);
            const saved = await onSave(text);
            setSaving(false);
            if (saved) setEditing(false);
          }}
        >
          <Label htmlFor={`transcript-${answerId}`}>{transcript ? "Correct the transcript" : "What you said"}</Label>
          <Textarea id={`transcript-${answerId}`} value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={20000} />
          <div className="flex gap-2">
            <Button type="submit" variant="outline" size="sm" disabled={saving}>
              {saving ? "Saving…" : "Save transcript and re-analyse"}
            </Button>
            {transcript ? (
              <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            ) : null}
          </div>
        </form>
      ) : (
        <div>
          <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(true)}>
            Correct the transcript
          </Button>
        </div>
      )}
    </section>
  );
}
