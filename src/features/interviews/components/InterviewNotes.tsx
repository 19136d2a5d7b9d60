"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/result";
import { NOTES_MAX_LENGTH } from "../notesLimit";
import { saveNotesAction } from "../notesAction";
import { ActionForm } from "@/components/ui/action-form";

/** The user's own notes on an interview (recorded or live), saved on demand. */
export function InterviewNotes({ kind, id, notes }: { kind: "recorded" | "live"; id: string; notes: string | null }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ savedAt: string }> | null, FormData>(saveNotesAction, null);
  const error = state && !state.success ? (state.error.fieldErrors?.notes?.[0] ?? state.error.message) : undefined;
  return (
    <section aria-labelledby={`notes-${id}`} className="grid gap-3">
      <h2 id={`notes-${id}`} className="text-lg font-semibold">
        Your notes
      </h2>
      <ActionForm action={formAction} className="grid gap-3">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <FormField id={`notes-text-${id}`} label="Notes" error={error} hint="What went well, what to practise next. Only you can see them.">
          <Textarea
            id={`notes-text-${id}`}
            name="notes"
            defaultValue={notes ?? ""}
            rows={4}
            maxLength={NOTES_MAX_LENGTH}
            aria-invalid={error ? true : undefined}
            aria-describedby={`notes-text-${id}-hint${error ? ` notes-text-${id}-error` : ""}`}
          />
        </FormField>
        <div className="flex items-center gap-3">
          <Button type="submit" variant="outline" disabled={pending}>
            {pending ? "Saving…" : "Save notes"}
          </Button>
          <p role="status" className="text-sm text-muted-foreground">
            {state?.success ? "Notes saved." : ""}
          </p>
        </div>
      </ActionForm>
    </section>
  );
}
