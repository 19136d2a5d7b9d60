"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/result";
import { startInterviewAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

/** Starts a one-question recorded interview for a drill. */
export function StartDrillButton({ jobInfoId }: { jobInfoId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<never> | null, FormData>(startInterviewAction, null);
  return (
    <ActionForm action={formAction} className="grid gap-2">
      <input type="hidden" name="jobInfoId" value={jobInfoId} />
      <input type="hidden" name="questionCount" value="1" />
      <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
        {pending ? "Preparing…" : "Practise with one recorded question"}
      </Button>
      {state && !state.success ? (
        <p role="alert" className="text-sm text-destructive">
          {state.error.message}
        </p>
      ) : null}
    </ActionForm>
  );
}
