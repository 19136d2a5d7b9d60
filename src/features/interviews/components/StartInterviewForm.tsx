"use client";

import { useActionState, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/result";
import { startInterviewAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export type InterviewKindOption = { value: string; label: string; description: string };

/** Kind and length of a recorded interview. Controlled, so a refused start keeps the choices. */
export function StartInterviewForm({ jobInfoId, kinds }: { jobInfoId: string; kinds: InterviewKindOption[] }) {
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(startInterviewAction, null);
  const [kind, setKind] = useState(kinds[0]?.value ?? "mixed");
  const [count, setCount] = useState("3");
  const [mode, setMode] = useState("recorded");
  const chosen = kinds.find((k) => k.value === kind);
  return (
    <ActionForm action={formAction} className="grid gap-3">
      <input type="hidden" name="jobInfoId" value={jobInfoId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <Label htmlFor="mode">Mode</Label>
          <Select id="mode" name="mode" value={mode} onChange={(e) => setMode(e.target.value)}>
            <option value="recorded">Recorded, one answer at a time</option>
            <option value="conversation">Spoken conversation with follow-ups</option>
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="kind">Kind</Label>
          <Select id="kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)} aria-describedby="kind-description">
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="questionCount">Questions</Label>
          <Select id="questionCount" name="questionCount" value={count} onChange={(e) => setCount(e.target.value)}>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Preparing…" : mode === "conversation" ? "Start spoken interview" : "Start recorded interview"}
        </Button>
      </div>
      <p id="kind-description" className="text-sm text-muted-foreground">
        {chosen?.description}
      </p>
      {state && !state.success ? (
        <Alert variant="destructive" className="w-full">
          <AlertDescription>{state.error.message}</AlertDescription>
        </Alert>
      ) : null}
    </ActionForm>
  );
}
