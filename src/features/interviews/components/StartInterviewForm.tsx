"use client";

import { useActionState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/result";
import { startInterviewAction } from "../actions";

export function StartInterviewForm({ jobInfoId }: { jobInfoId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(startInterviewAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="jobInfoId" value={jobInfoId} />
      <div className="grid gap-1">
        <Label htmlFor="questionCount">Questions</Label>
        <Select id="questionCount" name="questionCount" defaultValue="3">
          {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Preparing…" : "Start recorded interview"}
      </Button>
      {state && !state.ok ? (
        <Alert variant="destructive" className="w-full">
          <AlertDescription>{state.message}</AlertDescription>
        </Alert>
      ) : null}
    </form>
  );
}
