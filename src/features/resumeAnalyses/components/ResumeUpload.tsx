"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Upload } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const MAX_BYTES = 10 * 1024 * 1024;

type State = { phase: "idle" } | { phase: "uploading"; percent: number } | { phase: "analysing" } | { phase: "error"; message: string };

/** Drag-and-drop or pick a file; streams it as the request body with progress, then opens the report. */
export function ResumeUpload({ jobInfoId }: { jobInfoId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [dragging, setDragging] = useState(false);
  const busy = state.phase === "uploading" || state.phase === "analysing";

  function send(file: File) {
    if (file.size > MAX_BYTES) {
      setState({ phase: "error", message: "The file is larger than 10 MB. Upload a smaller PDF, DOCX or TXT." });
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/job-infos/${jobInfoId}/resumes`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setState({ phase: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => setState({ phase: "analysing" });
    xhr.onerror = () => setState({ phase: "error", message: "The upload failed. Check your connection and try again." });
    xhr.onload = () => {
      let body: { success?: boolean; data?: { id: string }; error?: { message: string } } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status === 201 && body.data?.id) {
        router.push(`/app/job-infos/${jobInfoId}/resumes/${body.data.id}`);
      } else {
        setState({ phase: "error", message: body.error?.message ?? "The resume could not be analysed. Please try again." });
      }
    };
    setState({ phase: "uploading", percent: 0 });
    xhr.send(file);
  }

  return (
    <div className="grid gap-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file && !busy) send(file);
        }}
        className={`grid place-items-center gap-3 rounded-xl border-2 border-dashed p-8 text-center transition-colors ${dragging ? "border-primary bg-primary/5" : "border-border"}`}
      >
        <Upload aria-hidden className="size-6 text-primary" />
        <p className="text-sm">Drop your resume here, or</p>
        <Button type="button" variant="outline" onClick={() => input.current?.click()} disabled={busy}>
          Choose a file
        </Button>
        <input
          ref={input}
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          className="sr-only"
          aria-label="Resume file (PDF, DOCX or TXT, up to 10 MB)"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) send(file);
            e.target.value = "";
          }}
        />
        <p className="text-xs text-muted-foreground">PDF, DOCX or TXT, up to 10 MB.</p>
      </div>
      <div aria-live="polite">
        {state.phase === "uploading" ? (
          <div className="grid gap-1">
            <progress value={state.percent} max={100} className="h-2 w-full accent-[var(--color-primary)]" aria-label="Upload progress" />
            <p className="text-sm text-muted-foreground">Uploading… {state.percent}%</p>
          </div>
        ) : state.phase === "analysing" ? (
          <p className="text-sm text-muted-foreground">Reading your resume and comparing it with the job…</p>
        ) : state.phase === "error" ? (
          <Alert variant="destructive">
            <AlertDescription>{state.message}</AlertDescription>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
