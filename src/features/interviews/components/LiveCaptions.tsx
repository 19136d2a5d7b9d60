import type { CaptionMode } from "../speechRecognition";

/** What the browser has recognised so far, under the recorder; announced politely to screen readers. */
export function LiveCaptions({ mode, finalText, interim, error }: { mode: CaptionMode; finalText: string; interim: string; error: string | null }) {
  if (mode !== "local" && mode !== "cloud") return null;
  const tail = finalText.split(" ").slice(-30).join(" ");
  return (
    <div className="grid gap-1">
      <p aria-live="polite" data-testid="live-captions" className="min-h-12 rounded-lg bg-muted p-3 text-sm">
        {tail}
        {interim ? <span className="text-muted-foreground"> {interim}</span> : null}
        {!tail && !interim ? <span className="text-muted-foreground">Listening…</span> : null}
      </p>
      {error ? <p className="text-xs text-destructive">{error}</p> : null}
    </div>
  );
}
